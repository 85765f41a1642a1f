import Papa from "papaparse";
import { ImportError } from "../../../lib/imports/parsers/import-error";

// The metric and codebook files are read by the same parsers the app's CSV import uses.
export type { CodebookRow, MetricLevelRow, PublishedChangeRow } from "../../../lib/metrics/parse-metric-csv";
export {
  parseCodebook as readCodebook,
  parseMetricLevels as readMetricLevels,
  parsePublishedChanges as readPublishedChanges,
} from "../../../lib/metrics/parse-metric-csv";

export interface ResponseCountRow {
  wave: string;
  region: string;
  responses: number;
}

/** Reads `response_counts.csv`: survey responses by wave and region. */
export function readResponseCounts(csvText: string): ResponseCountRow[] {
  const parsed = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
  });
  if ((parsed.meta.fields ?? []).join(",") !== "wave,region,responses") {
    throw new ImportError("expected the header wave,region,responses", 1);
  }
  return parsed.data.map((record, index) => {
    const line = index + 2;
    const responses = Number(record.responses);
    if (record.responses === "" || !Number.isInteger(responses) || responses < 0) {
      throw new ImportError(`responses is not a count: "${record.responses}"`, line);
    }
    if (!/^\d{4}$/.test(record.wave)) throw new ImportError(`wave is not a year: "${record.wave}"`, line);
    if (!record.region?.trim()) throw new ImportError("region is empty", line);
    return { wave: record.wave, region: record.region.trim(), responses };
  });
}
