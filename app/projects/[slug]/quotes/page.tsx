import { MessageSquareQuote } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireProjectPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { ProposeQuoteButton } from "@/components/quotes/propose-quote-button";
import { QuoteCard } from "@/components/quotes/quote-card";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { roleAllows } from "@/lib/auth/permissions";
import { listQuoteBoard } from "@/lib/quotes/list-quote-board";
import { listQuoteThemes } from "@/lib/quotes/list-quote-themes";
import { listThemeSegments, THEME_SEGMENTS_LIMIT } from "@/lib/quotes/list-theme-segments";
import { QUOTE_STATUSES } from "@/lib/quotes/quote-statuses";
import { availableTransitions, STATUS_LABELS } from "@/lib/quotes/workflow";

export const metadata: Metadata = { title: "Quotes" };

const COLUMN_TITLES = {
  candidate: "Candidates",
  shortlisted: "Shortlisted",
  approved: "Approved",
  rejected: "Rejected",
} as const;

export default async function QuotesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ code?: string | string[]; q?: string | string[] }>;
}) {
  const { slug } = await params;
  const { project, role, user, userId, db } = await requireProjectPage(slug, "read_text");
  const search = await searchParams;
  const rawCode = search.code;
  const query = (Array.isArray(search.q) ? search.q[0] : search.q)?.slice(0, 200) ?? "";
  const codeId = Number(Array.isArray(rawCode) ? rawCode[0] : rawCode);
  const themes = listQuoteThemes(db, project.id, { userId, role });
  const shell = { slug, name: project.name, role, current: "quotes" as const };

  if (!rawCode) {
    return (
      <AppShell user={user} project={shell}>
        <PageHeader
          title="Quotes"
          description="Pick a theme to see its quote board: candidates, shortlisted, approved and rejected quotes."
        />
        {themes.length === 0 ? (
          <EmptyState
            icon={<MessageSquareQuote className="size-8" />}
            title="No themes yet"
            description="Quotes are proposed for a theme of the codebook."
          />
        ) : (
          <Table>
            <TableCaption>Themes and their quotes by status</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Theme</TableHead>
                <TableHead className="text-right">Coded segments</TableHead>
                {QUOTE_STATUSES.map((status) => (
                  <TableHead key={status} className="text-right">
                    {STATUS_LABELS[status]}
                  </TableHead>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {themes.map((theme) => (
                <TableRow key={theme.id}>
                  <TableHead scope="row" className="font-normal">
                    <span style={{ paddingLeft: `${theme.depth * 1.25}rem` }} className="inline-block">
                      <Link href={`/projects/${slug}/quotes?code=${theme.id}`}>{theme.name}</Link>
                      {theme.archived ? <span className="text-gray-600"> (archived)</span> : null}
                    </span>
                  </TableHead>
                  <TableCell className="text-right tabular-nums">{theme.segments}</TableCell>
                  {QUOTE_STATUSES.map((status) => (
                    <TableCell key={status} className="text-right tabular-nums">
                      {theme.counts[status]}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </AppShell>
    );
  }

  const theme = themes.find((candidate) => candidate.id === codeId);
  if (!theme) notFound();
  const board = listQuoteBoard(db, project.id, theme.id);
  const canPropose = roleAllows(role, "propose_quote");
  const segments = canPropose ? listThemeSegments(db, project.id, theme.id, { query, viewer: { userId, role } }) : [];
  const actor = { userId, role };

  return (
    <AppShell user={user} project={shell} width="wide">
      <PageHeader
        eyebrow={<Link href={`/projects/${slug}/quotes`}>All themes</Link>}
        title={`Quotes: ${theme.name}`}
        description="Candidates are shortlisted by an author once their redactions, flags and label are settled; a lead then approves or rejects them."
      />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-2" aria-label="Choose a theme">
        <div className="space-y-1">
          <label htmlFor="theme-picker" className="block text-sm font-medium text-gray-800">
            Theme
          </label>
          <Select id="theme-picker" name="code" defaultValue={String(theme.id)}>
            {themes.map((option) => (
              <option key={option.id} value={option.id}>
                {"\u00a0\u00a0".repeat(option.depth)}
                {option.name}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="secondary">
          Show board
        </Button>
      </form>

      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4" data-testid="quote-board">
        {QUOTE_STATUSES.map((status) => (
          <section
            key={status}
            aria-labelledby={`column-${status}`}
            className="min-w-0 rounded-lg bg-gray-100 p-3"
            data-testid={`column-${status}`}
          >
            <h2 id={`column-${status}`} className="mb-3 text-sm font-semibold text-gray-900">
              {COLUMN_TITLES[status]} <span className="font-normal text-gray-700">({board[status].length})</span>
            </h2>
            {board[status].length === 0 ? (
              <p className="text-sm text-gray-700">None.</p>
            ) : (
              <ol className="space-y-3">
                {board[status].map((quote) => (
                  <li key={quote.id}>
                    <QuoteCard
                      projectSlug={slug}
                      quote={quote}
                      transitions={availableTransitions(actor, quote.status)}
                    />
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </div>

      {canPropose ? (
        <section aria-labelledby="coded-segments" className="mt-8 space-y-3">
          <h2 id="coded-segments" className="text-lg font-semibold text-gray-900">
            Coded segments to propose
          </h2>
          <p className="text-sm text-gray-700">
            Segments coded with this theme that are not yet quotes for it
            {query ? `, containing “${query}”` : ""}
            {segments.length === THEME_SEGMENTS_LIMIT
              ? ` (the first ${THEME_SEGMENTS_LIMIT}: narrow the search to see others)`
              : ""}
            .
          </p>
          <form method="get" className="flex flex-wrap items-end gap-2" aria-label="Find coded segments">
            <input type="hidden" name="code" value={theme.id} />
            <div className="min-w-64 flex-1 space-y-1">
              <label htmlFor="segment-query" className="block text-sm font-medium text-gray-800">
                Segments containing
              </label>
              <Input id="segment-query" name="q" type="search" defaultValue={query} autoComplete="off" />
            </div>
            <Button type="submit" variant="secondary">
              Find
            </Button>
          </form>
          {segments.length === 0 ? (
            <p className="text-sm text-gray-700">
              {query
                ? "No coded segment of this theme contains these words."
                : "None: code some text with this theme first."}
            </p>
          ) : (
            <ul className="space-y-2" data-testid="theme-segments">
              {segments.map((segment) => (
                <li key={segment.segmentId} className="rounded-md border border-gray-200 bg-white p-3">
                  <p className="text-xs text-gray-700">
                    <Link href={`/projects/${slug}/documents/${segment.documentId}`}>{segment.documentTitle}</Link>
                  </p>
                  <p className="mt-1 line-clamp-4 text-sm whitespace-pre-wrap text-gray-900">{segment.text}</p>
                  <div className="mt-2">
                    <ProposeQuoteButton
                      projectSlug={slug}
                      codeId={theme.id}
                      target={{ segmentId: segment.segmentId }}
                      context={segment.text.slice(0, 60)}
                    />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </AppShell>
  );
}
