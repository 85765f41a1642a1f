/** The file types Quoteline imports, by extension: read by the server and by the upload form alike. */
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

/** The kind an extension (".vtt", any case) imports as, or null when Quoteline does not import it. */
export function kindOfExtension(extension: string): FileKind | null {
  return KINDS[extension.toLowerCase()] ?? null;
}

export function hasAcceptedExtension(filename: string): boolean {
  const dot = filename.lastIndexOf(".");
  return dot >= 0 && kindOfExtension(filename.slice(dot)) !== null;
}
