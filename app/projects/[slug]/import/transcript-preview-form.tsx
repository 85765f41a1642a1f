"use client";

import { type FormEvent, useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatTimestamp } from "@/lib/documents/format-timestamp";
import { WAVE_LABEL_HINT, WAVE_LABEL_PATTERN } from "@/lib/waves/wave-label";
import { filenameStem, type TranscriptPreview } from "./import-types";
import { PreviewActions } from "./preview-actions";
import { PreviewFacts } from "./preview-facts";

export interface TranscriptOptions {
  title: string;
  wave: string | null;
  groupType: string | null;
  heldOn: string | null;
}

export interface TranscriptPreviewFormProps {
  filename: string;
  preview: TranscriptPreview;
  waves: string[];
  pending: boolean;
  error: string | null;
  onConfirm: (options: TranscriptOptions) => void;
  onCancel: () => void;
}

const SHOWN_TURNS = 12;

export function TranscriptPreviewForm({
  filename,
  preview,
  waves,
  pending,
  error,
  onConfirm,
  onCancel,
}: TranscriptPreviewFormProps) {
  const waveListId = `waves-${useId()}`;
  const [waveError, setWaveError] = useState<string | null>(null);
  const [titleError, setTitleError] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const title = String(form.get("title") ?? "").trim();
    const wave = String(form.get("wave") ?? "").trim();
    const nextTitleError = title ? null : "Give the transcript a title.";
    const nextWaveError = !wave || WAVE_LABEL_PATTERN.test(wave) ? null : WAVE_LABEL_HINT;
    setTitleError(nextTitleError);
    setWaveError(nextWaveError);
    if (nextTitleError || nextWaveError) return;
    onConfirm({
      title,
      wave: wave || null,
      groupType: String(form.get("groupType") ?? "").trim() || null,
      heldOn: String(form.get("heldOn") ?? "").trim() || null,
    });
  }

  return (
    <div className="space-y-6">
      <PreviewFacts
        facts={[
          ["File", filename],
          ["Format", preview.format.toUpperCase()],
          ["Turns", String(preview.turnCount)],
          ["Speakers", String(preview.speakers.length)],
          ...(preview.cueCount !== preview.turnCount
            ? ([["Cues", String(preview.cueCount)]] as [string, string][])
            : []),
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

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <section aria-labelledby="speakers-title">
          <h3 id="speakers-title" className="mb-2 font-semibold text-gray-900">
            Speakers
          </h3>
          {preview.speakers.length === 0 ? (
            <p className="text-sm text-gray-700">No speaker labels were found; turns will have no speaker.</p>
          ) : (
            <Table>
              <TableCaption>Speakers and their number of turns</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHead>Speaker</TableHead>
                  <TableHead className="text-right">Turns</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {preview.speakers.map((speaker) => (
                  <TableRow key={speaker.label}>
                    <TableHead scope="row">{speaker.label}</TableHead>
                    <TableCell className="text-right tabular-nums">{speaker.turns}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </section>
        <section aria-labelledby="first-turns-title">
          <h3 id="first-turns-title" className="mb-2 font-semibold text-gray-900">
            First turns
          </h3>
          <ol className="max-h-96 divide-y divide-gray-100 overflow-y-auto rounded-lg border border-gray-200 bg-white">
            {preview.turns.slice(0, SHOWN_TURNS).map((turn, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: preview turns have no id and never reorder.
              <li key={index} className="px-4 py-2.5 text-sm">
                <p className="flex gap-2 text-gray-700">
                  <span className="font-semibold text-gray-900">{turn.speaker ?? "No speaker"}</span>
                  {formatTimestamp(turn.startMs) ? (
                    <span className="tabular-nums">{formatTimestamp(turn.startMs)}</span>
                  ) : null}
                </p>
                <p className="mt-0.5 whitespace-pre-wrap text-gray-900">{turn.text}</p>
              </li>
            ))}
          </ol>
        </section>
      </div>

      <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-gray-200 bg-white p-5">
        <h3 className="font-semibold text-gray-900">About this transcript</h3>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Title" error={titleError}>
            <Input name="title" defaultValue={filenameStem(filename)} required autoComplete="off" />
          </Field>
          <Field label="Wave" hint="Optional: the year or round, e.g. 2025." error={waveError}>
            <Input name="wave" list={waveListId} autoComplete="off" />
          </Field>
          <Field label="Group type" hint='Optional, e.g. "team managers".'>
            <Input name="groupType" autoComplete="off" />
          </Field>
          <Field label="Date held" hint="Optional.">
            <Input name="heldOn" type="date" />
          </Field>
        </div>
        <datalist id={waveListId}>
          {waves.map((wave) => (
            <option key={wave} value={wave} />
          ))}
        </datalist>
        {/* The error is shown above, beside the fields. */}
        <PreviewActions pending={pending} error={null} onCancel={onCancel} />
      </form>
    </div>
  );
}
