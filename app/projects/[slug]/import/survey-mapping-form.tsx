"use client";

import { type FormEvent, useEffect, useId, useMemo, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ColumnMapping, ColumnRole } from "@/lib/imports/parsers/survey/types";
import { WAVE_LABEL_PATTERN } from "@/lib/waves/wave-label";
import { AttributeMerges } from "./attribute-merges";
import type { RespondentCollision, SurveyPreview } from "./import-types";
import { PreviewActions } from "./preview-actions";
import { PreviewFacts } from "./preview-facts";
import { SurveyWaveField } from "./survey-wave-field";

export interface SurveyOptions {
  wave: string;
  mapping: ColumnMapping[];
  /** Set when the wave already has respondents: what happens to an id it already holds. */
  onCollision?: RespondentCollision | null;
}

export interface SurveyMappingFormProps {
  filename: string;
  preview: SurveyPreview;
  waves: string[];
  metricKeys: { key: string; label: string }[];
  pending: boolean;
  error: string | null;
  onConfirm: (options: SurveyOptions) => void;
  onCancel: () => void;
  /** The researcher's wave and mapping so far, when they come back to this preview. */
  draft?: SurveyOptions | null;
  onDraftChange?: (draft: SurveyOptions) => void;
}

const ROLE_OPTIONS: { value: ColumnRole; label: string }[] = [
  { value: "id", label: "Respondent id" },
  { value: "attribute", label: "Attribute" },
  { value: "likert", label: "Likert item" },
  { value: "text", label: "Free-text question" },
  { value: "ignore", label: "Ignore" },
];

const SAMPLE_COUNT = 3;
const SAMPLE_LENGTH = 60;
const count = new Intl.NumberFormat("en-GB");

/** Names each column for labels; repeated or blank headers get their position so every label is unique. */
function columnNames(headers: string[]): string[] {
  const counts = new Map<string, number>();
  for (const header of headers) counts.set(header, (counts.get(header) ?? 0) + 1);
  return headers.map((header, index) => {
    if (!header.trim()) return `${index + 1}`;
    return (counts.get(header) ?? 0) > 1 ? `${header} (${index + 1})` : header;
  });
}

/** What a column holds over every row: from the preview's statistics, or the rows shown for an older preview. */
function columnFacts(
  preview: SurveyPreview,
  column: number,
): { filled: number | null; distinct: string | null; samples: string[] } {
  const statistics = preview.columns?.find((entry) => entry.column === column);
  if (!statistics) return { filled: null, distinct: null, samples: samplesFor(preview.rows, column) };
  return {
    filled: statistics.filled,
    distinct: `${count.format(statistics.distinct)}${statistics.distinctCapped ? "+" : ""}`,
    samples: statistics.samples,
  };
}

function samplesFor(rows: string[][], column: number): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    const value = (row[column] ?? "").trim();
    if (value && !seen.has(value)) seen.add(value);
    if (seen.size >= SAMPLE_COUNT) break;
  }
  return [...seen].map((value) => (value.length > SAMPLE_LENGTH ? `${value.slice(0, SAMPLE_LENGTH)}…` : value));
}

/** Preview and test responses the survey tool marked, left out of the rows (older previews lack the count). */
function excludedFacts(preview: SurveyPreview): [string, string][] {
  const excluded = preview.excludedResponses;
  if (!excluded || excluded.preview + excluded.test === 0) return [];
  return [["Left out", `${count.format(excluded.preview)} preview and ${count.format(excluded.test)} test responses`]];
}

export function SurveyMappingForm({
  filename,
  preview,
  waves,
  metricKeys,
  pending,
  error,
  onConfirm,
  onCancel,
  draft,
  onDraftChange,
}: SurveyMappingFormProps) {
  const baseId = useId();
  const metricListId = `${baseId}-metrics`;
  const names = useMemo(() => columnNames(preview.headers), [preview.headers]);
  const [mapping, setMapping] = useState<ColumnMapping[]>(() =>
    preview.headers.map(
      (header, column) =>
        draft?.mapping.find((entry) => entry.column === column) ??
        preview.mapping.find((entry) => entry.column === column) ?? { column, header, role: "ignore" },
    ),
  );
  const [wave, setWave] = useState(draft?.wave ?? "");
  const [onCollision, setOnCollision] = useState<RespondentCollision | null>(draft?.onCollision ?? null);
  useEffect(() => {
    onDraftChange?.({ wave, mapping, onCollision });
  }, [wave, mapping, onCollision, onDraftChange]);
  const clash = (preview.wavesWithRespondents ?? []).find((entry) => entry.wave === wave.trim());
  const [waveError, setWaveError] = useState<string | null>(null);
  const [mappingError, setMappingError] = useState<string | null>(null);
  const changedFromProposal = mapping.some((entry) => {
    const proposed = preview.mapping.find((p) => p.column === entry.column);
    return (proposed?.role ?? "ignore") !== entry.role || (proposed?.attribute ?? "") !== (entry.attribute ?? "");
  });

  function update(column: number, change: Partial<ColumnMapping>) {
    setMapping((current) => current.map((entry) => (entry.column === column ? { ...entry, ...change } : entry)));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const cleanWave = wave.trim();
    const nextWaveError = !cleanWave
      ? "Enter the wave this survey belongs to, e.g. 2025."
      : !WAVE_LABEL_PATTERN.test(cleanWave)
        ? "Give the wave as a year or short label, e.g. 2025."
        : clash && !onCollision
          ? `Wave ${clash.wave} already has respondents: choose skip, replace or stop for the ids it already holds.`
          : null;
    const idColumns = mapping.filter((entry) => entry.role === "id");
    const unnamed = mapping.find((entry) => entry.role === "attribute" && !(entry.attribute ?? "").trim());
    const nextMappingError =
      idColumns.length > 1
        ? "Choose at most one respondent id column."
        : unnamed
          ? `Give the attribute of column "${names[unnamed.column]}" a name.`
          : !mapping.some((entry) => entry.role !== "ignore")
            ? "Every column is ignored: choose at least one column to import."
            : null;
    setWaveError(nextWaveError);
    setMappingError(nextMappingError);
    if (nextWaveError || nextMappingError) return;
    onConfirm({
      wave: cleanWave,
      onCollision: clash ? onCollision : null,
      mapping: mapping.map((entry) => ({
        column: entry.column,
        header: entry.header,
        role: entry.role,
        ...(entry.role === "attribute" ? { attribute: (entry.attribute ?? "").trim() } : {}),
        ...(entry.role === "likert" ? { metricKey: entry.metricKey?.trim() || null } : {}),
      })),
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <PreviewFacts
        facts={[
          ["File", filename],
          ["Survey tool", preview.tool?.name ?? "Not recognised (a plain table)"],
          ["Format", preview.format.toUpperCase()],
          ["Encoding", preview.encoding],
          ["Respondents (rows)", String(preview.rowCount)],
          ["Columns", String(preview.headers.length)],
          ...excludedFacts(preview),
        ]}
      />
      {preview.warnings.length > 0 ? (
        <Alert tone="warning" title="Check before importing">
          <ul className="list-disc pl-4">
            {preview.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <SurveyWaveField
        wave={wave}
        onWaveChange={setWave}
        waves={waves}
        wavesWithRespondents={preview.wavesWithRespondents ?? []}
        onCollision={onCollision}
        onCollisionChange={setOnCollision}
        error={waveError}
      />

      <section aria-labelledby={`${baseId}-columns`} className="space-y-3">
        <h3 id={`${baseId}-columns`} className="font-semibold text-gray-900">
          Columns
        </h3>
        <p className="text-sm text-gray-700">
          Check what each column holds. Free-text questions become documents to code; attributes (region, role …)
          describe respondents; Likert items are scored 1–5.
        </p>
        {mappingError ? <Alert tone="error">{mappingError}</Alert> : null}
        <datalist id={metricListId}>
          {metricKeys.map((metric) => (
            <option key={metric.key} value={metric.key}>
              {metric.label}
            </option>
          ))}
        </datalist>
        <Table>
          <TableCaption>How each column of the file will be imported</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>Column</TableHead>
              <TableHead>Role</TableHead>
              <TableHead>Attribute or metric</TableHead>
              <TableHead>Sample values</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {mapping.map((entry) => {
              const name = names[entry.column];
              const facts = columnFacts(preview, entry.column);
              const samples = facts.samples;
              return (
                <TableRow key={entry.column} className={entry.role === "ignore" ? "bg-gray-50" : undefined}>
                  <TableHead scope="row" className="max-w-xs break-words">
                    {entry.header || (
                      <span className="text-gray-600 italic">Column {entry.column + 1} (no header)</span>
                    )}
                  </TableHead>
                  <TableCell className="min-w-44">
                    <Field label={`Role for column ${name}`} labelHidden>
                      <Select
                        value={entry.role}
                        options={ROLE_OPTIONS}
                        onChange={(event) => {
                          const role = event.target.value as ColumnRole;
                          update(entry.column, {
                            role,
                            attribute:
                              role === "attribute"
                                ? entry.attribute || entry.header.trim().toLowerCase()
                                : entry.attribute,
                          });
                        }}
                      />
                    </Field>
                  </TableCell>
                  <TableCell className="min-w-52">
                    {entry.role === "attribute" ? (
                      <Field label={`Attribute name for column ${name}`} labelHidden>
                        <Input
                          value={entry.attribute ?? ""}
                          onChange={(event) => update(entry.column, { attribute: event.target.value })}
                          placeholder="e.g. region"
                          autoComplete="off"
                        />
                      </Field>
                    ) : entry.role === "likert" ? (
                      <Field label={`Metric key for column ${name}`} labelHidden>
                        <Input
                          value={entry.metricKey ?? ""}
                          onChange={(event) => update(entry.column, { metricKey: event.target.value })}
                          list={metricListId}
                          placeholder="No linked metric"
                          autoComplete="off"
                        />
                      </Field>
                    ) : (
                      <span className="text-gray-600">—</span>
                    )}
                  </TableCell>
                  <TableCell className="max-w-sm text-gray-700">
                    {facts.filled !== null ? (
                      <p className="text-xs text-gray-700">
                        {facts.filled === 0
                          ? `Blank in all ${count.format(preview.rowCount)} rows`
                          : `${count.format(facts.filled)} of ${count.format(preview.rowCount)} rows filled, ${facts.distinct} distinct`}
                      </p>
                    ) : null}
                    {samples.length === 0 ? (
                      facts.filled === null ? (
                        <span className="text-gray-600 italic">All blank</span>
                      ) : null
                    ) : (
                      <ul className="space-y-0.5">
                        {samples.map((sample) => (
                          <li key={sample} className="break-words">
                            {sample}
                          </li>
                        ))}
                      </ul>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </section>

      <AttributeMerges merges={preview.attributeMerges} changedFromProposal={changedFromProposal} />

      <PreviewActions pending={pending} error={error} onCancel={onCancel} />
    </form>
  );
}
