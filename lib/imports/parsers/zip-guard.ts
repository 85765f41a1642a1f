import yauzl from "yauzl";
import { ImportError } from "./import-error";

export interface ZipLimits {
  /** Largest declared uncompressed size of one entry. */
  maxEntryBytes: number;
  /** Largest declared uncompressed size of all entries together. */
  maxTotalBytes: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 200 * 1024 * 1024,
  maxTotalBytes: 400 * 1024 * 1024,
  maxEntries: 10_000,
};

/**
 * Reads only the zip's central directory (nothing is inflated) and refuses a docx or xlsx whose
 * declared sizes would blow up in memory: the zip-bomb guard that runs before any unpacking.
 */
export function assertZipWithinLimits(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true },
      (openError, zip) => {
        if (openError || !zip) {
          reject(new ImportError("This file is damaged or not a real .docx/.xlsx (its zip structure cannot be read)."));
          return;
        }
        let total = 0;
        let count = 0;
        zip.on("entry", (entry: yauzl.Entry) => {
          count++;
          total += entry.uncompressedSize;
          if (count > limits.maxEntries) {
            zip.close();
            reject(
              new ImportError(`This file holds more than ${limits.maxEntries} parts; it is not a normal document.`),
            );
          } else if (entry.uncompressedSize > limits.maxEntryBytes || total > limits.maxTotalBytes) {
            zip.close();
            reject(
              new ImportError(
                `This file would unpack to more than ${Math.round(limits.maxTotalBytes / 1024 / 1024)} MB (part "${entry.fileName}" declares ${entry.uncompressedSize} bytes); it was not opened.`,
              ),
            );
          } else {
            zip.readEntry();
          }
        });
        zip.on("end", () => resolve());
        zip.on("error", () =>
          reject(new ImportError("This file is damaged (its zip structure is truncated or corrupt).")),
        );
        zip.readEntry();
      },
    );
  });
}
