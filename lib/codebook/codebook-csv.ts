import { eq } from "drizzle-orm";
import Papa from "papaparse";
import type { Db } from "../../db/client";
import { metrics } from "../../db/schema";
import { AppError } from "../errors";
import { parseCodebook } from "../metrics/parse-metric-csv";
import { listCodebook } from "./list-codebook";
import { type StoredCodebookRow, storeCodebook } from "./store-codebook";

/** The columns of codebook.csv, then the two notes Quoteline keeps beside them (other tools ignore extra columns). */
export const CODEBOOK_COLUMNS = [
  "code",
  "parent",
  "description",
  "colour",
  "linked_metrics",
  "inclusion",
  "exclusion",
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice);
 * `unescapeCell` takes it off again on import, so a round trip keeps the text.
 */
function escapeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function unescapeCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** The project's codebook (archived codes left out) as CSV in the shape of codebook.csv. */
export function exportCodebookCsv(db: Db, projectId: number): string {
  const codes = listCodebook(db, projectId);
  const names = new Map(codes.map((code) => [code.id, code.name]));
  const rows = codes.map((code) =>
    [
      code.name,
      code.parentId === null ? "" : (names.get(code.parentId) ?? ""),
      code.description,
      code.colour,
      code.metricLinks.map((link) => `${link.metricKey}:${link.polarity}`).join(";"),
      code.inclusion,
      code.exclusion,
    ].map(escapeCell),
  );
  return `${Papa.unparse({ fields: [...CODEBOOK_COLUMNS], data: rows }, { newline: "\r\n", quotes: false })}\r\n`;
}

/** Reads a codebook CSV (codebook.csv's columns, optionally inclusion and exclusion) into rows. */
export function parseCodebookCsv(csvText: string): StoredCodebookRow[] {
  if (!csvText.trim()) throw new AppError("invalid_input", "The file is empty.");
  const rows = parseCodebook(csvText);
  const notes = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
  });
  const fields = notes.meta.fields ?? [];
  return rows.map((row, index) => {
    const record = notes.data[index] ?? {};
    return {
      ...row,
      code: unescapeCell(row.code),
      parent: row.parent === null ? null : unescapeCell(row.parent),
      description: unescapeCell(row.description),
      ...(fields.includes("inclusion") ? { inclusion: unescapeCell((record.inclusion ?? "").trim()) } : {}),
      ...(fields.includes("exclusion") ? { exclusion: unescapeCell((record.exclusion ?? "").trim()) } : {}),
    };
  });
}

export interface CodebookImportResult {
  codes: number;
  /** Metric keys the file links to that the project has no metric for (those links are skipped). */
  unknownMetrics: string[];
}

/** Imports a codebook CSV into the project: codes matched by name are updated, others added. */
export function importCodebookCsv(db: Db, projectId: number, actorId: number, csvText: string): CodebookImportResult {
  const rows = parseCodebookCsv(csvText);
  if (rows.length === 0) throw new AppError("invalid_input", "The file has a header but no codes.");
  const knownMetricKeys = new Set(
    db
      .select({ key: metrics.key })
      .from(metrics)
      .where(eq(metrics.projectId, projectId))
      .all()
      .map((metric) => metric.key),
  );
  const unknownMetrics = [
    ...new Set(
      rows.flatMap((row) => row.linkedMetrics.map((link) => link.metricKey)).filter((key) => !knownMetricKeys.has(key)),
    ),
  ];
  return { codes: storeCodebook(db, projectId, rows, actorId), unknownMetrics };
}
