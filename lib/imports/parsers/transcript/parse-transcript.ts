import { MAX_TURN_LENGTH, turnTooLongMessage } from "../../import-limits";
import { ImportError } from "../import-error";
import { parseDocx } from "./parse-docx";
import { parseSrt } from "./parse-srt";
import { parseTxt } from "./parse-txt";
import { parseVtt } from "./parse-vtt";
import type { ParsedTranscript } from "./parsed-transcript";

export { MAX_TURN_LENGTH } from "../../import-limits";
export type { ParsedTranscript, ParsedTurn, TranscriptFormat } from "./parsed-transcript";

/** Parses an uploaded transcript, choosing the format by the file's extension (.txt, .docx, .vtt, .srt). */
export async function parseTranscript(filename: string, bytes: Uint8Array): Promise<ParsedTranscript> {
  const parsed = await parseByExtension(filename, bytes);
  // Longer turns make search highlighting slow for everyone, and no one speaks 50,000 characters at once.
  const index = parsed.turns.findIndex((turn) => turn.text.length > MAX_TURN_LENGTH);
  if (index >= 0) {
    const turn = parsed.turns[index];
    throw new ImportError(turnTooLongMessage(index + 1, turn.speaker, turn.text.length));
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
