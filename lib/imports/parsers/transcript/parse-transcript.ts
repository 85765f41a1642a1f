import { ImportError } from "../import-error";
import { parseDocx } from "./parse-docx";
import { parseSrt } from "./parse-srt";
import { parseTxt } from "./parse-txt";
import { parseVtt } from "./parse-vtt";
import type { ParsedTranscript } from "./parsed-transcript";

export type { ParsedTranscript, ParsedTurn, TranscriptFormat } from "./parsed-transcript";

/** Longer than any spoken turn: a file with no line breaks or labels where expected, not a transcript. */
export const MAX_TURN_LENGTH = 200_000;

/** Parses an uploaded transcript, choosing the format by the file's extension (.txt, .docx, .vtt, .srt). */
export async function parseTranscript(filename: string, bytes: Uint8Array): Promise<ParsedTranscript> {
  const parsed = await parseByExtension(filename, bytes);
  const longest = parsed.turns.reduce((max, turn) => Math.max(max, turn.text.length), 0);
  if (longest > MAX_TURN_LENGTH) {
    throw new ImportError(
      `One turn is ${longest.toLocaleString("en-GB")} characters long. A transcript needs line breaks and speaker labels; this file does not look like one.`,
    );
  }
  return parsed;
}

async function parseByExtension(filename: string, bytes: Uint8Array): Promise<ParsedTranscript> {
  const extension = /\.([^./\\]+)$/.exec(filename)?.[1]?.toLowerCase();
  if (bytes.length === 0 && extension !== undefined && ["txt", "docx", "vtt", "srt"].includes(extension)) {
    throw new ImportError("This transcript has no text (the file is empty).");
  }
  switch (extension) {
    case "txt":
      return parseTxt(bytes);
    case "docx":
      return parseDocx(bytes);
    case "vtt":
      return parseVtt(bytes);
    case "srt":
      return parseSrt(bytes);
    case "doc":
      throw new ImportError(
        `"${filename}" is an old Word .doc file: open it in Word and save it as .docx, then import that.`,
      );
    default:
      throw new ImportError(`"${filename}" is not a supported transcript: import a .txt, .docx, .vtt or .srt file.`);
  }
}
