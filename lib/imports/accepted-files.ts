/** The file types Quoteline imports, by extension: read by the server and by the upload form alike. */
/** A .qdpx is a REFI-QDA project from another QDA tool (NVivo, MAXQDA, ATLAS.ti, QualCoder). */
export type FileKind = "transcript" | "survey" | "qdpx";

const KINDS: Record<string, FileKind> = {
  ".txt": "transcript",
  ".docx": "transcript",
  ".vtt": "transcript",
  ".srt": "transcript",
  ".csv": "survey",
  ".xlsx": "survey",
  ".qdpx": "qdpx",
};

export const ACCEPTED_EXTENSIONS = Object.keys(KINDS);

/** The kind an extension (".vtt", any case) imports as, or null when Quoteline does not import it. */
export function kindOfExtension(extension: string): FileKind | null {
  return KINDS[extension.toLowerCase()] ?? null;
}

export function hasAcceptedExtension(filename: string): boolean {
  const dot = filename.lastIndexOf(".");
  return dot >= 0 && kindOfExtension(filename.slice(dot)) !== null;
}
