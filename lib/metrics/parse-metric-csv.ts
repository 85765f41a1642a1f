import Papa from "papaparse";
import { z } from "zod";
import { METRIC_KINDS, POLARITIES, type Polarity } from "../../db/schema";
import { ImportError } from "../imports/parsers/import-error";
import { WAVE_LABEL_PATTERN } from "../waves/wave-label";

export interface MetricLevelRow {
  metricKey: string;
  label: string;
  kind: (typeof METRIC_KINDS)[number];
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

export interface CodebookRow {
  code: string;
  parent: string | null;
  description: string;
  colour: string;
  linkedMetrics: { metricKey: string; polarity: Polarity }[];
}

const number = z
  .string()
  .trim()
  .min(1, "is empty")
  .transform((v, ctx) => {
    const parsed = Number(v);
    if (!Number.isFinite(parsed)) ctx.addIssue({ code: "custom", message: `"${v}" is not a number` });
    return parsed;
  });
const key = z
  .string()
  .trim()
  .regex(/^[a-z0-9_]+$/, "must be a lowercase key such as workload_manageable");
const wave = z.string().trim().regex(WAVE_LABEL_PATTERN, "is not a wave label");

const levelSchema = z
  .object({
    metric_key: key,
    label: z.string().trim().min(1, "is empty"),
    kind: z.enum(METRIC_KINDS),
    scale_min: number,
    scale_max: number,
    wave,
    segment_dimension: z.string().trim().min(1, "is empty"),
    segment_value: z.string().trim().min(1, "is empty"),
    value: number,
    n: z.string().trim().optional(),
  })
  .superRefine((row, ctx) => {
    if (row.scale_min >= row.scale_max)
      ctx.addIssue({ code: "custom", path: ["scale_max"], message: "must be above scale_min" });
    if (row.value < row.scale_min || row.value > row.scale_max) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: `${row.value} lies outside the scale ${row.scale_min}–${row.scale_max}`,
      });
    }
    if (row.n && !/^\d+$/.test(row.n))
      ctx.addIssue({ code: "custom", path: ["n"], message: `"${row.n}" is not a count` });
  });

const changeSchema = z.object({
  metric_key: key,
  wave_from: wave,
  wave_to: wave,
  segment_dimension: z.string().trim().min(1, "is empty"),
  segment_value: z.string().trim().min(1, "is empty"),
  change: number,
});

const codebookSchema = z.object({
  code: z.string().trim().min(1, "is empty").max(120),
  parent: z.string().trim().optional(),
  description: z.string().optional(),
  colour: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, "must be a colour such as #1971c2")
    .optional()
    .or(z.literal("")),
  linked_metrics: z.string().optional(),
});

function parseRows<S extends z.ZodTypeAny>(csvText: string, schema: S, required: string[]): z.infer<S>[] {
  const parsed = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
  });
  const headers = parsed.meta.fields ?? [];
  const missing = required.filter((column) => !headers.includes(column));
  if (missing.length > 0)
    throw new ImportError(`The file lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}.`, 1);
  const quoteError = parsed.errors.find((e) => e.type === "Quotes");
  if (quoteError) throw new ImportError("a quoted cell is never closed.", (quoteError.row ?? 0) + 2);
  const shortRow = parsed.errors.find((e) => e.type === "FieldMismatch");
  if (shortRow)
    throw new ImportError(`expected ${headers.length} cells: ${shortRow.message}.`, (shortRow.row ?? 0) + 2);
  return parsed.data.map((record, index) => {
    const result = schema.safeParse(record);
    if (!result.success) {
      const issue = result.error.issues[0];
      // Row numbers count the header as row 1, as a spreadsheet shows them.
      throw new ImportError(`${String(issue.path[0] ?? "row")} ${issue.message}.`, index + 2);
    }
    return result.data;
  });
}

/** Metric levels in the long format of sentiment_metrics.csv / proportion_metrics.csv. */
export function parseMetricLevels(csvText: string): MetricLevelRow[] {
  return parseRows(csvText, levelSchema, [
    "metric_key",
    "label",
    "kind",
    "scale_min",
    "scale_max",
    "wave",
    "segment_dimension",
    "segment_value",
    "value",
  ]).map((row) => ({
    metricKey: row.metric_key,
    label: row.label,
    kind: row.kind,
    scaleMin: row.scale_min,
    scaleMax: row.scale_max,
    wave: row.wave,
    segmentDimension: row.segment_dimension,
    segmentValue: row.segment_value,
    value: row.value,
    n: row.n ? Number(row.n) : null,
  }));
}

/** Published changes in the format of published_changes.csv. */
export function parsePublishedChanges(csvText: string): PublishedChangeRow[] {
  return parseRows(csvText, changeSchema, [
    "metric_key",
    "wave_from",
    "wave_to",
    "segment_dimension",
    "segment_value",
    "change",
  ]).map((row) => ({
    metricKey: row.metric_key,
    waveFrom: row.wave_from,
    waveTo: row.wave_to,
    segmentDimension: row.segment_dimension,
    segmentValue: row.segment_value,
    change: row.change,
  }));
}

/** A codebook in the shape of codebook.csv: `linked_metrics` is `key:polarity` joined by `;`. */
export function parseCodebook(csvText: string): CodebookRow[] {
  // A parent may be defined in the file or already be in the project (storeCodebook checks).
  const rows = parseRows(csvText, codebookSchema, ["code", "parent"]);
  return rows.map((row, index) => ({
    code: row.code,
    parent: row.parent ? row.parent : null,
    description: row.description ?? "",
    colour: row.colour || "#495057",
    linkedMetrics: (row.linked_metrics ?? "")
      .split(";")
      .map((part: string) => part.trim())
      .filter(Boolean)
      .map((part: string) => {
        const [metricKey, polarity] = part.split(":").map((s) => s.trim());
        if (!metricKey || !POLARITIES.includes(polarity as Polarity)) {
          throw new ImportError(`linked_metrics "${part}" must be metric_key:concern|strength|mixed.`, index + 2);
        }
        return { metricKey, polarity: polarity as Polarity };
      }),
  }));
}
