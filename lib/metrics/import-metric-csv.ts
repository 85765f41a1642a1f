import type { Db } from "../../db/client";
import { AppError } from "../errors";
import { parseMetricLevels, parsePublishedChanges } from "./parse-metric-csv";
import { storeMetricLevels, storePublishedChanges } from "./store-metrics";

export const METRIC_FILE_KINDS = ["levels", "changes"] as const;
export type MetricFileKind = (typeof METRIC_FILE_KINDS)[number];

/** Metric CSVs are a few hundred rows; this also keeps a server action under its 1 MB body limit. */
export const MAX_METRIC_CSV_CHARACTERS = 900_000;

/**
 * Imports a metric CSV in the formats of the published figures: levels (sentiment_metrics.csv,
 * proportion_metrics.csv) or published changes (published_changes.csv). The whole file is checked
 * before anything is stored, and a bad row is refused with its line number (the header is line 1).
 */
export function importMetricCsv(
  db: Db,
  projectId: number,
  userId: number,
  input: { kind: MetricFileKind; csv: string },
): { kind: MetricFileKind; rows: number } {
  if (input.csv.length > MAX_METRIC_CSV_CHARACTERS) {
    throw new AppError("too_large", "This file is too large for a metric CSV.");
  }
  if (!input.csv.trim()) throw new AppError("invalid_input", "The file is empty.");
  if (input.kind === "levels") {
    const rows = parseMetricLevels(input.csv);
    if (rows.length === 0) throw new AppError("invalid_input", "The file has a header but no rows.");
    return { kind: input.kind, rows: storeMetricLevels(db, projectId, rows, userId) };
  }
  const rows = parsePublishedChanges(input.csv);
  if (rows.length === 0) throw new AppError("invalid_input", "The file has a header but no rows.");
  return { kind: input.kind, rows: storePublishedChanges(db, projectId, rows, userId) };
}
