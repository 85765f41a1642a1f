import { ACCEPTED_EXTENSIONS, hasAcceptedExtension } from "@/lib/imports/accepted-files";
import type {
  ImportSummary,
  QdpxImportSummary,
  QdpxPreview,
  SurveyPreview,
  TranscriptPreview,
  WaveWithRespondents,
} from "@/lib/imports/import-jobs";
import type { ImportStatus } from "@/lib/imports/import-statuses";

export type { RespondentCollision } from "@/lib/imports/store-survey";
export type { ImportSummary, QdpxImportSummary, QdpxPreview, SurveyPreview, TranscriptPreview, WaveWithRespondents };
export { ACCEPTED_EXTENSIONS, hasAcceptedExtension };

/** What GET /api/projects/[slug]/imports/[importId] answers. */
export interface ImportJobState {
  id: number;
  filename: string;
  status: ImportStatus;
  progress: number;
  /** While queued: the job's place in the line for a free import worker (1 = next). */
  queuePosition: number | null;
  message: string | null;
  preview: TranscriptPreview | SurveyPreview | QdpxPreview | null;
  summary: ImportSummary | null;
}

export function filenameStem(filename: string): string {
  return filename.replace(/\.[^.]+$/, "");
}
