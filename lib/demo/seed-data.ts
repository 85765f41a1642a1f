import Papa from "papaparse";

/** How a codebook theme relates to a metric: raised as a problem, as something that works, or either way. */
export type MetricPolarity = "concern" | "strength" | "mixed";

export interface LinkedMetric {
  metricKey: string;
  polarity: MetricPolarity;
}

export interface CodebookRow {
  code: string;
  parent: string | null;
  description: string;
  colour: string;
  linkedMetrics: LinkedMetric[];
}

export type MetricKind = "mean_score" | "percentage";

export interface MetricLevelRow {
  metricKey: string;
  label: string;
  kind: MetricKind;
  scaleMin: number;
  scaleMax: number;
  wave: string;
  segmentDimension: string;
  segmentValue: string;
  value: number;
  n: number | null;
}

export interface PublishedChangeRow {
  metricKey: string;
  waveFrom: string;
  waveTo: string;
  segmentDimension: string;
  segmentValue: string;
  change: number;
}

export interface ResponseCountRow {
  wave: string;
  region: string;
  responses: number;
}

const POLARITIES: readonly MetricPolarity[] = ["concern", "strength", "mixed"];
const METRIC_KINDS: readonly MetricKind[] = ["mean_score", "percentage"];

/** Thrown when a seed CSV does not have the shape its reader expects; `line` is 1-based and counts the header. */
export class SeedDataError extends Error {
  readonly line: number | null;

  constructor(message: string, line: number | null = null) {
    super(line === null ? message : `line ${line}: ${message}`);
    this.name = "SeedDataError";
    this.line = line;
  }
}

interface Table {
  records: Record<string, string>[];
}

function parseTable(csvText: string, expectedHeaders: readonly string[]): Table {
  const text = csvText.startsWith("\uFEFF") ? csvText.slice(1) : csvText;
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: "greedy" });
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0];
    throw new SeedDataError(first.message, first.row === undefined ? null : first.row + 1);
  }
  const [headers, ...body] = parsed.data;
  if (!headers || headers.join(",") !== expectedHeaders.join(",")) {
    throw new SeedDataError(`expected the header ${expectedHeaders.join(",")}`, 1);
  }
  const records = body.map((cells, index) => {
    if (cells.length !== headers.length) {
      throw new SeedDataError(`expected ${headers.length} cells, found ${cells.length}`, index + 2);
    }
    const record: Record<string, string> = {};
    headers.forEach((header, column) => {
      record[header] = cells[column].trim();
    });
    return record;
  });
  return { records };
}

function requireText(value: string, column: string, line: number): string {
  if (value === "") throw new SeedDataError(`${column} is empty`, line);
  return value;
}

function parseNumber(value: string, column: string, line: number): number {
  // Number("") is 0, so an empty cell has to be refused before converting.
  const number = value === "" ? Number.NaN : Number(value);
  if (!Number.isFinite(number)) throw new SeedDataError(`${column} is not a number: "${value}"`, line);
  return number;
}

function parseWave(value: string, column: string, line: number): string {
  if (!/^\d{4}$/.test(value)) throw new SeedDataError(`${column} is not a year: "${value}"`, line);
  return value;
}

function parseLinkedMetrics(value: string, line: number): LinkedMetric[] {
  if (value === "") return [];
  return value.split(";").map((entry) => {
    const [metricKey, polarity, ...rest] = entry.trim().split(":");
    if (!metricKey || rest.length > 0 || !POLARITIES.includes(polarity as MetricPolarity)) {
      throw new SeedDataError(`linked metric "${entry}" is not metric_key:concern|strength|mixed`, line);
    }
    return { metricKey, polarity: polarity as MetricPolarity };
  });
}

/** Reads `codebook.csv`; every parent must name a code of the same file. */
export function readCodebook(csvText: string): CodebookRow[] {
  const { records } = parseTable(csvText, ["code", "parent", "description", "colour", "linked_metrics"]);
  const rows = records.map((record, index): CodebookRow => {
    const line = index + 2;
    const colour = record.colour;
    if (!/^#[0-9a-fA-F]{6}$/.test(colour)) throw new SeedDataError(`colour is not #rrggbb: "${colour}"`, line);
    return {
      code: requireText(record.code, "code", line),
      parent: record.parent === "" ? null : record.parent,
      description: record.description,
      colour: colour.toLowerCase(),
      linkedMetrics: parseLinkedMetrics(record.linked_metrics, line),
    };
  });
  const codes = new Set<string>();
  rows.forEach((row, index) => {
    if (codes.has(row.code)) throw new SeedDataError(`code "${row.code}" appears twice`, index + 2);
    codes.add(row.code);
  });
  rows.forEach((row, index) => {
    if (row.parent !== null && !codes.has(row.parent)) {
      throw new SeedDataError(`parent "${row.parent}" is not a code`, index + 2);
    }
  });
  return rows;
}

/** Reads `sentiment_metrics.csv` or `proportion_metrics.csv` (one row per metric × wave × segment). */
export function readMetricLevels(csvText: string): MetricLevelRow[] {
  const { records } = parseTable(csvText, [
    "metric_key",
    "label",
    "kind",
    "scale_min",
    "scale_max",
    "wave",
    "segment_dimension",
    "segment_value",
    "value",
    "n",
  ]);
  return records.map((record, index): MetricLevelRow => {
    const line = index + 2;
    if (!METRIC_KINDS.includes(record.kind as MetricKind)) {
      throw new SeedDataError(`kind is not mean_score or percentage: "${record.kind}"`, line);
    }
    const scaleMin = parseNumber(record.scale_min, "scale_min", line);
    const scaleMax = parseNumber(record.scale_max, "scale_max", line);
    const value = parseNumber(record.value, "value", line);
    if (value < scaleMin || value > scaleMax) {
      throw new SeedDataError(`value ${value} is outside ${scaleMin}–${scaleMax}`, line);
    }
    const n = record.n === "" ? null : parseNumber(record.n, "n", line);
    if (n !== null && (!Number.isInteger(n) || n < 0)) throw new SeedDataError(`n is not a count: "${record.n}"`, line);
    return {
      metricKey: requireText(record.metric_key, "metric_key", line),
      label: requireText(record.label, "label", line),
      kind: record.kind as MetricKind,
      scaleMin,
      scaleMax,
      wave: parseWave(record.wave, "wave", line),
      segmentDimension: requireText(record.segment_dimension, "segment_dimension", line),
      segmentValue: requireText(record.segment_value, "segment_value", line),
      value,
      n,
    };
  });
}

/** Reads `published_changes.csv`: the changes as printed, which may differ by 0.01 from the difference of levels. */
export function readPublishedChanges(csvText: string): PublishedChangeRow[] {
  const { records } = parseTable(csvText, [
    "metric_key",
    "wave_from",
    "wave_to",
    "segment_dimension",
    "segment_value",
    "change",
  ]);
  return records.map((record, index): PublishedChangeRow => {
    const line = index + 2;
    return {
      metricKey: requireText(record.metric_key, "metric_key", line),
      waveFrom: parseWave(record.wave_from, "wave_from", line),
      waveTo: parseWave(record.wave_to, "wave_to", line),
      segmentDimension: requireText(record.segment_dimension, "segment_dimension", line),
      segmentValue: requireText(record.segment_value, "segment_value", line),
      change: parseNumber(record.change, "change", line),
    };
  });
}

/** Reads `response_counts.csv`: survey responses by wave and region. */
export function readResponseCounts(csvText: string): ResponseCountRow[] {
  const { records } = parseTable(csvText, ["wave", "region", "responses"]);
  return records.map((record, index): ResponseCountRow => {
    const line = index + 2;
    const responses = parseNumber(record.responses, "responses", line);
    if (!Number.isInteger(responses) || responses < 0) {
      throw new SeedDataError(`responses is not a count: "${record.responses}"`, line);
    }
    return {
      wave: parseWave(record.wave, "wave", line),
      region: requireText(record.region, "region", line),
      responses,
    };
  });
}
