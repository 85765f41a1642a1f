import { Quote as QuoteIcon } from "lucide-react";
import Link from "next/link";
import type { ThemeQuote } from "@/lib/quotes/list-theme-quotes";
import { Badge } from "../ui/badge";

export interface ThemeQuotesProps {
  projectSlug: string;
  codeId: number;
  /** From `listThemeQuotes(db, project.id, codeId, { includeUnapproved: roleAllows(role, "read_text") })`. */
  quotes: ThemeQuote[];
  /** True for roles with read_text: shows the status, a link to each quote's review and to the quote board. */
  canReview: boolean;
  /** The section heading's level, to fit the page's outline (default 2). */
  headingLevel?: 2 | 3;
}

/** A theme's shortlisted and approved quotes, each with its attribution; drop into a theme summary page. */
export function ThemeQuotes({ projectSlug, codeId, quotes, canReview, headingLevel = 2 }: ThemeQuotesProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `theme-quotes-${codeId}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3" data-testid="theme-quotes">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading id={headingId} className="text-base font-semibold text-gray-900">
          {canReview ? "Shortlisted and approved quotes" : "Approved quotes"}
        </Heading>
        {canReview ? (
          <Link href={`/projects/${projectSlug}/quotes?code=${codeId}`} className="text-sm">
            Open the quote board
          </Link>
        ) : null}
      </div>
      {quotes.length === 0 ? (
        <p className="flex items-center gap-2 text-sm text-gray-600">
          <QuoteIcon className="size-4" aria-hidden="true" />
          {canReview
            ? "No quote has been shortlisted or approved for this theme yet."
            : "No approved quote for this theme yet."}
        </p>
      ) : (
        <ul className="space-y-3">
          {quotes.map((quote) => (
            <li key={quote.id} className="rounded-md border border-gray-200 bg-white p-4">
              <figure>
                <blockquote className="border-l-4 border-accent-700 pl-3 whitespace-pre-wrap text-gray-900">
                  “{quote.wording}”
                </blockquote>
                <figcaption className="mt-2 flex flex-wrap items-center gap-2 text-sm text-gray-700">
                  <span>— {quote.attribution || "Attribution not yet chosen"}</span>
                  {canReview ? (
                    <>
                      <Badge tone={quote.status === "approved" ? "success" : "accent"}>
                        {quote.status === "approved" ? "Approved" : "Shortlisted"}
                      </Badge>
                      <Link href={`/projects/${projectSlug}/quotes/${quote.id}`}>
                        Review<span className="sr-only"> quote {quote.id}</span>
                      </Link>
                    </>
                  ) : null}
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
