import path from "node:path";
import { ACCEPTED_EXTENSIONS, type FileKind, kindOfExtension } from "./accepted-files";
import { ImportError } from "./parsers/import-error";

export { ACCEPTED_EXTENSIONS, type FileKind };

export function fileKind(filename: string): FileKind {
  const kind = kindOfExtension(path.extname(filename));
  if (!kind) {
    throw new ImportError(
      `"${path.basename(filename)}" is not a file type Quoteline imports. Use ${ACCEPTED_EXTENSIONS.join(", ")}.`,
    );
  }
  return kind;
}
