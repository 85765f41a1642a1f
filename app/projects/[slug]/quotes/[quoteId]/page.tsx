import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireProjectPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { AttributionPicker } from "@/components/quotes/attribution-picker";
import { formatWhen } from "@/components/quotes/format-when";
import { QuoteComments } from "@/components/quotes/quote-comments";
import { QuoteStatusActions } from "@/components/quotes/quote-status-actions";
import { RedactionReview } from "@/components/quotes/redaction-review";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { roleAllows } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getQuoteDetail, type QuoteDetail } from "@/lib/quotes/get-quote-detail";
import { availableTransitions, STATUS_LABELS } from "@/lib/quotes/workflow";

export const metadata: Metadata = { title: "Quote review" };

const STATUS_TONES = { candidate: "neutral", shortlisted: "accent", approved: "success", rejected: "danger" } as const;

export default async function QuoteReviewPage({ params }: { params: Promise<{ slug: string; quoteId: string }> }) {
  const { slug, quoteId } = await params;
  const { project, role, user, userId, db } = await requireProjectPage(slug, "read_text");
  const id = Number(quoteId);
  if (!Number.isInteger(id) || id <= 0) notFound();
  let quote: QuoteDetail;
  try {
    quote = getQuoteDetail(db, project.id, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  const editable = roleAllows(role, "edit_quotes") && quote.status === "candidate";
  const transitions = availableTransitions({ userId, role }, quote.status);
  const openFlags = quote.review.flags.filter((flag) => flag.resolution === null).length;

  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "quotes" }} width="wide">
      <PageHeader
        eyebrow={<Link href={`/projects/${slug}/quotes?code=${quote.code.id}`}>Quote board: {quote.code.name}</Link>}
        title={`Quote ${quote.id}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={STATUS_TONES[quote.status]} data-testid="quote-status">
              {STATUS_LABELS[quote.status]}
            </Badge>
            <span>for the theme “{quote.code.name}”</span>
          </span>
        }
      />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <Card aria-labelledby="wording-title">
            <CardTitle id="wording-title">Wording</CardTitle>
            <CardDescription>
              {quote.status === "approved" ? "Approved and locked." : "The anonymised text as it will be published."}
            </CardDescription>
            <figure className="mt-3">
              <blockquote
                className="border-l-4 border-accent-700 pl-3 whitespace-pre-wrap text-gray-900"
                data-testid="quote-wording"
              >
                {quote.wording}
              </blockquote>
              <figcaption className="mt-2 text-sm text-gray-700">— {quote.attribution || "no label yet"}</figcaption>
            </figure>
          </Card>

          <Card aria-labelledby="review-title">
            <CardTitle id="review-title">Redactions and flags</CardTitle>
            <CardDescription>
              {editable
                ? "Undo a redaction that is not needed, add one by selecting text, and keep or redact every flag before shortlisting."
                : quote.status === "candidate"
                  ? "Only an author or the owner changes a quote's redactions."
                  : "Move the quote back to the candidates to change its redactions."}
            </CardDescription>
            {editable && openFlags > 0 ? (
              <Alert tone="warning" className="mt-3">
                {openFlags} {openFlags === 1 ? "flag is" : "flags are"} still open: resolve{" "}
                {openFlags === 1 ? "it" : "them"} before shortlisting.
              </Alert>
            ) : null}
            <div className="mt-4">
              <RedactionReview
                projectSlug={slug}
                quoteId={quote.id}
                text={quote.sourceText}
                redactions={quote.review.redactions}
                flags={quote.review.flags}
                editable={editable}
              />
            </div>
          </Card>
        </div>

        <div className="space-y-6">
          <Card aria-labelledby="attribution-title">
            <CardTitle id="attribution-title">Attribution</CardTitle>
            <div className="mt-3">
              <AttributionPicker
                projectSlug={slug}
                quoteId={quote.id}
                options={quote.labelOptions}
                picked={quote.attributionAttributes}
                result={quote.review.attribution}
                personLabel={quote.personLabel}
                k={quote.k}
                editable={editable}
              />
            </div>
          </Card>

          <Card aria-labelledby="workflow-title">
            <CardTitle id="workflow-title">Workflow</CardTitle>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-gray-700">Proposed</dt>
              <dd>
                {quote.people.proposed.name}, {formatWhen(quote.people.proposed.at)}
              </dd>
              {quote.people.shortlisted ? (
                <>
                  <dt className="text-gray-700">Shortlisted</dt>
                  <dd>
                    {quote.people.shortlisted.name}, {formatWhen(quote.people.shortlisted.at)}
                  </dd>
                </>
              ) : null}
              {quote.people.decided ? (
                <>
                  <dt className="text-gray-700">{quote.status === "approved" ? "Approved" : "Rejected"}</dt>
                  <dd>
                    {quote.people.decided.name}, {formatWhen(quote.people.decided.at)}
                  </dd>
                </>
              ) : null}
            </dl>
            <div className="mt-4">
              {transitions.length > 0 ? (
                <QuoteStatusActions projectSlug={slug} quoteId={quote.id} transitions={transitions} withComment />
              ) : (
                <p className="text-sm text-gray-700">
                  {quote.status === "approved"
                    ? "Approved quotes are final."
                    : "No move is open to your role at this stage."}
                </p>
              )}
            </div>
          </Card>

          <Card aria-labelledby="source-title">
            <CardTitle id="source-title">Source</CardTitle>
            {quote.source ? (
              <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="text-gray-700">Document</dt>
                <dd>
                  <Link href={`/projects/${slug}/documents/${quote.source.documentId}`}>
                    {quote.source.documentTitle}
                  </Link>
                </dd>
                <dt className="text-gray-700">Wave</dt>
                <dd>{quote.source.wave ?? "none"}</dd>
                <dt className="text-gray-700">{quote.source.kind === "survey" ? "Respondent" : "Speaker"}</dt>
                <dd>
                  {quote.source.kind === "survey"
                    ? quote.source.respondentExternalId
                    : (quote.source.speaker ?? "unassigned")}
                </dd>
              </dl>
            ) : (
              <p className="mt-3 text-sm text-gray-700">The source turn or answer could not be found.</p>
            )}
          </Card>

          <Card aria-labelledby="comments-title">
            <CardTitle id="comments-title">Comments</CardTitle>
            <div className="mt-3">
              <QuoteComments
                projectSlug={slug}
                quoteId={quote.id}
                comments={quote.comments.map((comment) => ({ ...comment, createdAt: comment.createdAt.toISOString() }))}
              />
            </div>
          </Card>

          <Card aria-labelledby="history-title">
            <CardTitle id="history-title">History</CardTitle>
            <ol className="mt-3 space-y-1 text-sm text-gray-800">
              {quote.history.map((entry) => (
                <li key={entry.id}>
                  {describeAction(entry.action)} by {entry.who}, {formatWhen(entry.at)}
                </li>
              ))}
            </ol>
          </Card>
        </div>
      </div>
    </AppShell>
  );
}

const ACTIONS: Record<string, string> = {
  "quote.propose": "Proposed",
  "quote.shortlist": "Shortlisted",
  "quote.approve": "Approved",
  "quote.reject": "Rejected",
  "quote.return": "Moved back to the candidates",
  "quote.attribution": "Label checked",
  "quote.comment": "Commented",
  "quote.review.undo": "Redaction undone",
  "quote.review.restore": "Redaction restored",
  "quote.review.add": "Redaction added",
  "quote.review.resolve": "Flag resolved",
};

function describeAction(action: string): string {
  return ACTIONS[action] ?? action;
}
