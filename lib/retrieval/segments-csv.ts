import Papa from "papaparse";
import type { CodeQueryPassage, RetrievedSegment, SegmentSource } from "./retrieve-segments";

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula, so such cells get a leading apostrophe: transcripts are untrusted text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function sourceLabel(source: SegmentSource | null): string {
  if (source?.kind === "turn") return source.speaker ?? "";
  return source?.kind === "answer" ? source.respondentExternalId : "";
}

function kindLabel(kind: "transcript" | "question"): string {
  return kind === "transcript" ? "Transcript" : "Survey question";
}

function toCsv(rows: string[][]): string {
  return `\uFEFF${Papa.unparse(
    rows.map((cells) => cells.map(neutraliseFormula)),
    { newline: "\r\n" },
  )}\r\n`;
}

/** A code query's passages as CSV, each with its speaker's or respondent's attributes as columns. */
export function passagesToCsv(
  queryName: string,
  rows: readonly CodeQueryPassage[],
  attributeNames: readonly string[],
): string {
  const header = [
    "Query",
    "Codes",
    "Document",
    "Kind",
    "Wave",
    "Speaker or respondent",
    ...attributeNames,
    "Coders",
    "Start",
    "End",
    "Passage",
    "Context",
  ];
  const data = rows.map((row) => [
    queryName,
    row.codes.map((code) => code.name).join("; "),
    row.documentTitle,
    kindLabel(row.documentKind),
    row.wave ?? "",
    sourceLabel(row.source),
    ...attributeNames.map((name) => row.attributes[name] ?? ""),
    row.coders.join("; "),
    String(row.start),
    String(row.end),
    row.text,
    row.context?.text ?? "",
  ]);
  return toCsv([header, ...data]);
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
    kindLabel(row.documentKind),
    row.wave ?? "",
    sourceLabel(row.source),
    ...attributeNames.map((name) => row.attributes[name] ?? ""),
    row.coderName,
    row.codedAt.toISOString(),
    String(row.start),
    String(row.end),
    row.text,
    row.context?.text ?? "",
  ]);
  return toCsv([header, ...data]);
}
