import { AppError } from "../errors";

const MAX_FILENAME_LENGTH = 255;

/**
 * The uploaded file's name from the X-Filename header (percent-encoded by the browser). Only the base
 * name is kept: the name is shown and used for the file's type, never as a path on the server.
 */
export function uploadFilename(header: string | null): string {
  if (!header?.trim()) {
    throw new AppError("invalid_input", "Send the file's name, percent-encoded, in the X-Filename header.");
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(header);
  } catch {
    throw new AppError(
      "invalid_input",
      "The file name in the X-Filename header is not valid percent-encoding (e.g. %E0%A4%A is cut short). Encode it with encodeURIComponent and send it again.",
    );
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(decoded)) {
    throw new AppError("invalid_input", "The file name holds control characters; rename the file and try again.");
  }
  const base = decoded.split(/[/\\]/).pop()?.trim() ?? "";
  if (!base || base === "." || base === "..") {
    throw new AppError(
      "invalid_input",
      `"${decoded}" is a folder path, not a file name: send only the file's own name, e.g. focus-group.vtt.`,
    );
  }
  if (base.length > MAX_FILENAME_LENGTH) {
    throw new AppError(
      "invalid_input",
      `The file name is longer than ${MAX_FILENAME_LENGTH} characters; shorten it and try again.`,
    );
  }
  return base;
}
