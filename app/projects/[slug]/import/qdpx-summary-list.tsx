import type { QdpxImportSummary } from "./import-types";

const plural = (count: number, word: string) => `${count.toLocaleString("en-GB")} ${word}${count === 1 ? "" : "s"}`;

/** What a .qdpx brought in, how its offsets were read, and what was left out. */
export function QdpxSummaryList({ summary }: { summary: QdpxImportSummary }) {
  return (
    <ul className="list-disc space-y-0.5 pl-5" data-testid="exchange-summary">
      <li>Written by {summary.tool}</li>
      <li>{plural(summary.documents, "document")}</li>
      <li>
        {plural(summary.codes.inFile, "code")} ({summary.codes.created} new)
      </li>
      <li>{plural(summary.codings, "coding")}</li>
      <li>{plural(summary.users, "coder")} (they cannot sign in)</li>
      <li>{plural(summary.participants, "participant")}</li>
      <li>{plural(summary.memos, "memo")}</li>
      <li>Selection offsets: {summary.offsetConvention}</li>
      {summary.skipped.selections + summary.skipped.codingsWithoutCode > 0 ? (
        <li>
          Left out: {plural(summary.skipped.selections, "selection")} outside its text,{" "}
          {plural(summary.skipped.codingsWithoutCode, "coding")} naming no code
        </li>
      ) : null}
      {summary.renamedCodes.map((entry) => (
        <li key={entry.to}>
          “{entry.from}” appears twice and was named “{entry.to}”
        </li>
      ))}
      {summary.departures.map((departure) => (
        <li key={departure}>Read despite {departure}</li>
      ))}
      {summary.warnings.map((warning) => (
        <li key={warning}>{warning}</li>
      ))}
    </ul>
  );
}
