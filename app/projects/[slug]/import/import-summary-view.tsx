import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import type { ImportSummary } from "./import-types";

const number = new Intl.NumberFormat("en-GB");

export interface ImportSummaryViewProps {
  projectSlug: string;
  importId: number;
  filename: string;
  summary: ImportSummary;
  onAnother: () => void;
}

export function ImportSummaryView({ projectSlug, importId, filename, summary, onAnother }: ImportSummaryViewProps) {
  const counts: [string, number][] = [
    ["Documents", summary.documents],
    ["Turns", summary.turns],
    ["Speakers", summary.speakers],
    ["Respondents", summary.respondents],
    ["Answers", summary.answers],
    ["Attributes", summary.attributes],
  ];
  return (
    <div className="space-y-5">
      <Alert tone="success" title="Import complete">
        {filename} was imported.
      </Alert>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {counts.map(([term, value]) => (
          <div key={term} className="rounded-lg border border-gray-200 bg-white p-4">
            <dt className="text-sm text-gray-600">{term}</dt>
            <dd className="mt-1 text-xl font-semibold text-gray-900 tabular-nums">{number.format(value)}</dd>
          </div>
        ))}
      </dl>
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
