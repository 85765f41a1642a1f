import { assertZipWithinLimits } from "../zip-guard";
import { parseLabelledText } from "./parse-labelled-text";
import type { ParsedTranscript } from "./parsed-transcript";
import { readDocxText } from "./read-docx-text";

/**
 * Reads a Word transcript: the zip is checked against the size limits before anything is unpacked,
 * then the text is split at speaker labels as in a .txt, including Teams' "Name   0:03" lines.
 */
export async function parseDocx(bytes: Uint8Array): Promise<ParsedTranscript> {
  await assertZipWithinLimits(bytes);
  return parseLabelledText(await readDocxText(bytes), "docx");
}
