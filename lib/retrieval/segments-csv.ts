import Papa from "papaparse";
import type { RetrievedSegment } from "./retrieve-segments";

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula, so such cells get a leading apostrophe: transcripts are untrusted text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The retrieved segments as CSV (UTF-8 with a byte order mark, so Excel reads ś and emoji right). */
export function segmentsToCsv(rows: readonly RetrievedSegment[], attributeNames: readonly string[]): string {
  const header = [
    "Code",
    "Document",
    "Kind",
    "Wave",
    "Speaker or respondent",
    // Attribute columns keep the stored names (region, employment type), the project's own keys.
    ...attributeNames,
    "Coder",
    "Coded at",
    "Start",
    "End",
    "Segment",
    "Context",
  ];
  const data = rows.map((row) => [
    row.codeName,
    row.documentTitle,
    row.documentKind === "transcript" ? "Transcript" : "Survey question",
    row.wave ?? "",
    row.source?.kind === "turn"
      ? (row.source.speaker ?? "")
      : row.source?.kind === "answer"
        ? row.source.respondentExternalId
        : "",
    ...attributeNames.map((name) => row.attributes[name] ?? ""),
    row.coderName,
    row.codedAt.toISOString(),
    String(row.start),
    String(row.end),
    row.text,
    row.context?.text ?? "",
  ]);
  return `\uFEFF${Papa.unparse(
    [header, ...data].map((cells) => cells.map(neutraliseFormula)),
    { newline: "\r\n" },
  )}\r\n`;
}
