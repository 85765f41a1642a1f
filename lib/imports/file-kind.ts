import path from "node:path";
import { ImportError } from "./parsers/import-error";

export type FileKind = "transcript" | "survey";

const KINDS: Record<string, FileKind> = {
  ".txt": "transcript",
  ".docx": "transcript",
  ".vtt": "transcript",
  ".srt": "transcript",
  ".csv": "survey",
  ".xlsx": "survey",
};

export const ACCEPTED_EXTENSIONS = Object.keys(KINDS);

export function fileKind(filename: string): FileKind {
  const kind = KINDS[path.extname(filename).toLowerCase()];
  if (!kind) {
    throw new ImportError(
      `"${path.basename(filename)}" is not a file type Quoteline imports. Use ${ACCEPTED_EXTENSIONS.join(", ")}.`,
    );
  }
  return kind;
}
