export type TranscriptFormat = "txt" | "docx" | "vtt" | "srt";

/** One speaker's uninterrupted contribution; times are milliseconds from the start of the recording. */
export interface ParsedTurn {
  speaker: string | null;
  startMs: number | null;
  endMs: number | null;
  text: string;
}

export interface ParsedTranscript {
  format: TranscriptFormat;
  /** Consecutive cues (vtt/srt) or wrapped lines (txt/docx) of one speaker are merged into one turn. */
  turns: ParsedTurn[];
  /** Cues for vtt/srt; paragraphs and labelled blocks for txt/docx. */
  cueCount: number;
  /** Distinct speaker labels in order of first appearance; unattributed turns are not listed. */
  speakers: string[];
  warnings: string[];
}
