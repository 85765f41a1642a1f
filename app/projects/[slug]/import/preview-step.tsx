"use client";

import type { ImportJobState } from "./import-types";
import { QdpxPreviewForm } from "./qdpx-preview-form";
import { SurveyMappingForm, type SurveyOptions } from "./survey-mapping-form";
import { type TranscriptOptions, TranscriptPreviewForm } from "./transcript-preview-form";

export interface PreviewStepProps {
  filename: string;
  preview: NonNullable<ImportJobState["preview"]>;
  waves: string[];
  metricKeys: { key: string; label: string }[];
  pending: boolean;
  error: string | null;
  onConfirm: (options: TranscriptOptions | SurveyOptions | Record<string, never>) => void;
  onCancel: () => void;
  draft: SurveyOptions | null;
  onDraftChange: (draft: SurveyOptions) => void;
}

/** The preview of an upload, by kind, with what the researcher confirms for it. */
export function PreviewStep({ preview, draft, onDraftChange, metricKeys, ...common }: PreviewStepProps) {
  if (preview.kind === "transcript") return <TranscriptPreviewForm preview={preview} {...common} />;
  if (preview.kind === "qdpx") return <QdpxPreviewForm preview={preview} {...common} />;
  return (
    <SurveyMappingForm
      preview={preview}
      metricKeys={metricKeys}
      draft={draft}
      onDraftChange={onDraftChange}
      key={draft ? "draft" : "proposal"}
      {...common}
    />
  );
}
