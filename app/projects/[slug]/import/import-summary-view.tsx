import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import type { ImportSummary } from "./import-types";
import { QdpxSummaryList } from "./qdpx-summary-list";

const number = new Intl.NumberFormat("en-GB");

export interface ImportSummaryViewProps {
  projectSlug: string;
  importId: number;
  filename: string;
  summary: ImportSummary;
  onAnother: () => void;
}

export function ImportSummaryView({ projectSlug, importId, filename, summary, onAnother }: ImportSummaryViewProps) {
  // A .qdpx says what it brought in its own list above.
  const counts: [string, number][] = summary.qdpx
    ? []
    : [
        ["Documents", summary.documents],
        ["Turns", summary.turns],
        ["Speakers", summary.speakers],
        ["Respondents", summary.respondents],
        ["Answers", summary.answers],
        ["Attributes", summary.attributes],
      ];
  return (
    <div className="space-y-5">
      <Alert tone="success" title={summary.qdpx ? `Imported from ${summary.qdpx.tool}` : "Import complete"}>
        {filename} was imported.
        {summary.qdpx ? <QdpxSummaryList summary={summary.qdpx} /> : null}
      </Alert>
      {summary.wave ? (
        <p className="text-sm text-gray-800" data-testid="wave-addition">
          Added to the wave, matching respondents by id: {number.format(summary.wave.added)} new,{" "}
          {number.format(summary.wave.skipped)} skipped (already there), {number.format(summary.wave.replaced)}{" "}
          replaced.
        </p>
      ) : null}
      {counts.length === 0 ? null : (
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {counts.map(([term, value]) => (
            <div key={term} className="rounded-lg border border-gray-200 bg-white p-4">
              <dt className="text-sm text-gray-600">{term}</dt>
              <dd className="mt-1 text-xl font-semibold text-gray-900 tabular-nums">{number.format(value)}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className="flex flex-wrap gap-2">
        {summary.kind === "transcript" && summary.documentId ? (
          <Link href={`/projects/${projectSlug}/documents/${summary.documentId}`} className={buttonClasses("primary")}>
            Open the transcript
          </Link>
        ) : null}
        <Link
          href={`/projects/${projectSlug}/documents?import=${importId}`}
          className={buttonClasses(summary.kind === "transcript" ? "secondary" : "primary")}
        >
          View imported documents
        </Link>
        {summary.kind === "qdpx" ? (
          <Link href={`/projects/${projectSlug}/codebook`} className={buttonClasses("secondary")}>
            Open the codebook
          </Link>
        ) : null}
        {summary.kind === "survey" ? (
          <Link href={`/projects/${projectSlug}/respondents`} className={buttonClasses("secondary")}>
            View respondents
          </Link>
        ) : (
          <Link href={`/projects/${projectSlug}/participants`} className={buttonClasses("secondary")}>
            Check participants
          </Link>
        )}
        <Button variant="ghost" onClick={onAnother}>
          Import another file
        </Button>
      </div>
    </div>
  );
}
