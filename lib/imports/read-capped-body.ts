import { AppError } from "../errors";
import type { FileKind } from "./accepted-files";

export const DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export function maxUploadBytes(): number {
  const configured = Number(process.env.QUOTELINE_MAX_UPLOAD_BYTES);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_MAX_UPLOAD_BYTES;
}

/**
 * A REFI-QDA project (.qdpx) packs a whole project's text and codings, and is read in an import worker
 * behind the zip guard (at most 200 MB unpacked), so it may be larger than a transcript or survey.
 */
export const DEFAULT_MAX_QDPX_UPLOAD_BYTES = 100 * 1024 * 1024;

/** The upload limit for a file kind: the .qdpx limit for REFI-QDA projects, the general one otherwise. */
export function uploadLimit(kind: FileKind): number {
  if (kind !== "qdpx") return maxUploadBytes();
  const configured = Number(process.env.QUOTELINE_MAX_QDPX_UPLOAD_BYTES);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_MAX_QDPX_UPLOAD_BYTES;
}

function tooLarge(limit: number): AppError {
  return new AppError("too_large", `This file is larger than the ${Math.round(limit / 1024 / 1024)} MB upload limit.`);
}

/**
 * Reads a request body as a stream and stops at the cap: Content-Length is checked first,
 * and a body that lies about its length is still cut off once it passes the limit.
 */
export async function readCappedBody(
  body: ReadableStream<Uint8Array> | null,
  contentLength: string | null,
  limit: number = maxUploadBytes(),
): Promise<Uint8Array> {
  if (contentLength !== null && Number(contentLength) > limit) throw tooLarge(limit);
  if (!body) throw new AppError("invalid_input", "The upload was empty.");
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  if (size === 0) throw new AppError("invalid_input", "The upload was empty.");
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
