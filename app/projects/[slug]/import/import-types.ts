import type { ImportSummary, SurveyPreview, TranscriptPreview } from "@/lib/imports/import-jobs";
import type { ImportStatus } from "@/lib/imports/import-statuses";

export type { ImportSummary, SurveyPreview, TranscriptPreview };

/** What GET /api/projects/[slug]/imports/[importId] answers. */
export interface ImportJobState {
  id: number;
  filename: string;
  status: ImportStatus;
  progress: number;
  message: string | null;
  preview: TranscriptPreview | SurveyPreview | null;
  summary: ImportSummary | null;
}

export const ACCEPTED_EXTENSIONS = [".txt", ".docx", ".vtt", ".srt", ".csv", ".xlsx"];

export function hasAcceptedExtension(filename: string): boolean {
  const dot = filename.lastIndexOf(".");
  return dot >= 0 && ACCEPTED_EXTENSIONS.includes(filename.slice(dot).toLowerCase());
}

export function filenameStem(filename: string): string {
  return filename.replace(/\.[^.]+$/, "");
}
