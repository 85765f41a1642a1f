import { parseLabelledText } from "./parse-labelled-text";
import type { ParsedTranscript } from "./parsed-transcript";
import { readTranscriptText } from "./read-transcript-text";

/** Reads a plain-text transcript in any of the usual encodings; HTML in it is kept as literal text. */
export function parseTxt(bytes: Uint8Array): ParsedTranscript {
  return parseLabelledText(readTranscriptText(bytes), "txt");
}
