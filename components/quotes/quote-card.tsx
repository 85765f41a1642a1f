import { Flag, MessageSquare } from "lucide-react";
import Link from "next/link";
import type { BoardQuote } from "@/lib/quotes/list-quote-board";
import type { QuoteStatus } from "@/lib/quotes/quote-statuses";
import { Badge } from "../ui/badge";
import { formatWhen } from "./format-when";
import { QuoteStatusActions } from "./quote-status-actions";

export interface QuoteCardProps {
  projectSlug: string;
  quote: BoardQuote;
  transitions: QuoteStatus[];
}

/** One quote on the board: its wording, label, source, who moved it and when, and the moves open to this user. */
export function QuoteCard({ projectSlug, quote, transitions }: QuoteCardProps) {
  return (
    <article
      className="space-y-2 rounded-md border border-gray-200 bg-white p-3 shadow-xs"
      aria-labelledby={`quote-${quote.id}-title`}
      data-testid={`quote-card-${quote.id}`}
    >
      <h3 id={`quote-${quote.id}-title`} className="text-sm font-semibold text-gray-900">
        <Link href={`/projects/${projectSlug}/quotes/${quote.id}`}>Quote {quote.id}</Link>
        <span className="font-normal text-gray-700"> · {quote.documentTitle}</span>
      </h3>
      <blockquote className="line-clamp-5 border-l-4 border-gray-300 pl-2 text-sm whitespace-pre-wrap text-gray-900">
        {quote.wording}
      </blockquote>
      <p className="text-sm text-gray-700">— {quote.attribution || <span className="italic">no label yet</span>}</p>
      <div className="flex flex-wrap gap-1.5">
        {quote.openFlags > 0 ? (
          <Badge tone="warning">
            <Flag className="mr-1 size-3" aria-hidden="true" />
            {quote.openFlags} open {quote.openFlags === 1 ? "flag" : "flags"}
          </Badge>
        ) : null}
        {quote.comments > 0 ? (
          <Badge>
            <MessageSquare className="mr-1 size-3" aria-hidden="true" />
            {quote.comments} {quote.comments === 1 ? "comment" : "comments"}
          </Badge>
        ) : null}
      </div>
      <ul className="space-y-0.5 text-xs text-gray-700">
        <li>
          Proposed by {quote.proposed.name}, {formatWhen(quote.proposed.at)}
        </li>
        {quote.shortlisted ? (
          <li>
            Shortlisted by {quote.shortlisted.name}, {formatWhen(quote.shortlisted.at)}
          </li>
        ) : null}
        {quote.decided ? (
          <li>
            {quote.status === "approved" ? "Approved" : "Rejected"} by {quote.decided.name},{" "}
            {formatWhen(quote.decided.at)}
          </li>
        ) : null}
      </ul>
      <QuoteStatusActions
        projectSlug={projectSlug}
        quoteId={quote.id}
        transitions={transitions}
        quoteLabel={`quote ${quote.id}`}
      />
    </article>
  );
}
