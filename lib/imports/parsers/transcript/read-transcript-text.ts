import { decodeText } from "../decode-text";
import { ImportError } from "../import-error";

/** Decodes a text transcript (BOM, UTF-8, UTF-16, Windows-1252) and refuses one without any text. */
export function readTranscriptText(bytes: Uint8Array): string {
  const text = decodeText(bytes).text.replace(/^\ufeff/, "");
  if (text.trim().length === 0) throw new ImportError("This transcript has no text (the file is empty).");
  return text;
}
