"use client";

import type { FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import type { QdpxPreview } from "./import-types";
import { PreviewActions } from "./preview-actions";
import { PreviewFacts } from "./preview-facts";

const count = new Intl.NumberFormat("en-GB");

export interface QdpxPreviewFormProps {
  filename: string;
  preview: QdpxPreview;
  pending: boolean;
  error: string | null;
  onConfirm: (options: Record<string, never>) => void;
  onCancel: () => void;
}

/** What a REFI-QDA project file holds, before it is stored: the researcher imports it or discards it. */
export function QdpxPreviewForm({ filename, preview, pending, error, onConfirm, onCancel }: QdpxPreviewFormProps) {
  const leftOut = Object.entries(preview.skippedSources);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onConfirm({});
  }
  return (
    <form onSubmit={onSubmit} className="space-y-5">
      <PreviewFacts
        facts={[
          ["File", filename],
          ["Written by", preview.tool],
          ["Documents", count.format(preview.documents)],
          ["Codes", count.format(preview.codes)],
          ["Codings", count.format(preview.codings)],
          ["Coders", count.format(preview.users)],
          ["Cases", count.format(preview.cases)],
          ["Notes", count.format(preview.notes)],
        ]}
      />
      <p className="text-sm text-gray-700">
        Importing adds the documents, codes (joining codes of the same name), codings, cases as participants with their
        attributes, and notes as memos. Coders from {preview.tool} become coders who cannot sign in.
      </p>
      {leftOut.length + preview.departures.length > 0 ? (
        <Alert tone="info" title="Read with care">
          <ul className="list-disc pl-4">
            {leftOut.map(([kind, number]) => (
              <li key={kind}>
                {count.format(number)} {kind} source{number === 1 ? "" : "s"} will be left out: Quoteline holds text
                only.
              </li>
            ))}
            {preview.departures.map((departure) => (
              <li key={departure}>The file departs from the REFI-QDA standard: {departure}.</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <PreviewActions pending={pending} error={error} onCancel={onCancel} />
    </form>
  );
}
