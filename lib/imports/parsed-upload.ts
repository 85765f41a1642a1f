import fs from "node:fs";
import v8 from "node:v8";
import type { ColumnMapping, ParsedSurvey } from "./parsers/survey";
import type { ParsedTranscript } from "./parsers/transcript/parsed-transcript";

/** What the preview read from an upload, kept so the import stores it without parsing the file again. */
export type ParsedUpload =
  | { kind: "transcript"; transcript: ParsedTranscript }
  | { kind: "survey"; survey: ParsedSurvey; proposedMapping: ColumnMapping[] }
  // The project as lib/exchange reads it (a RefiProject): lib/imports does not import lib/exchange.
  | { kind: "qdpx"; project: unknown };

function parsedPath(storedPath: string): string {
  return `${storedPath}.parsed`;
}

/** Kept beside the upload (same private folder, same mode) in V8's own format: quick to write and read back. */
export function saveParsedUpload(storedPath: string, parsed: ParsedUpload): void {
  const file = parsedPath(storedPath);
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, v8.serialize(parsed), { mode: 0o600 });
  fs.renameSync(temporary, file);
}

/** The preview's parse, or null when there is none (an import started without a preview, e.g. from the CLI). */
export function loadParsedUpload(storedPath: string): ParsedUpload | null {
  try {
    return v8.deserialize(fs.readFileSync(parsedPath(storedPath))) as ParsedUpload;
  } catch {
    return null;
  }
}

/** Removes the upload and what was read from it: nothing of a finished, failed or discarded job stays on disk. */
export function removeUploadFiles(storedPath: string): void {
  fs.rmSync(storedPath, { force: true });
  fs.rmSync(parsedPath(storedPath), { force: true });
}
