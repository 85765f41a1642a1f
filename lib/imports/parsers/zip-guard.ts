import yauzl from "yauzl";
import { ImportError } from "./import-error";

export interface ZipLimits {
  /** Most bytes one part may unpack to (declared and counted while inflating). */
  maxEntryBytes: number;
  /** Most bytes all parts together may unpack to. */
  maxTotalBytes: number;
  /** Largest unpacked : packed ratio of one part that is big enough for the ratio to matter. */
  maxRatio: number;
  maxEntries: number;
}

/** A real .docx or .xlsx is a few MB of XML; a part far beyond these limits is a zip bomb, not a document. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 20 * 1024 * 1024,
  maxTotalBytes: 50 * 1024 * 1024,
  maxRatio: 200,
  maxEntries: 10_000,
};

/** Parts smaller than this are never refused for their ratio: a tiny XML part of repeated tags packs very well. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function tooLarge(limits: ZipLimits, part: string, detail: string): ImportError {
  return new ImportError(
    `This file would unpack to more than ${megabytes(limits.maxEntryBytes)} per part or ${megabytes(limits.maxTotalBytes)} in all (part "${part}" ${detail}); a real Word or Excel file is far smaller, so it was not opened. If it is genuine, save it again from Word or Excel, or split it into smaller files.`,
  );
}

/**
 * Refuses a docx or xlsx that would blow up in memory before any parser unpacks it: first the declared
 * sizes in the central directory, then each part is inflated as a stream and only counted (never kept),
 * stopping as soon as a limit is passed, so a part that lies about its size is caught too.
 */
export function assertZipWithinLimits(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: ImportError, zip?: yauzl.ZipFile) => {
      if (settled) return;
      settled = true;
      zip?.close();
      reject(error);
    };
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, validateEntrySizes: true },
      (openError, zip) => {
        if (openError || !zip) {
          fail(new ImportError("This file is damaged or not a real .docx/.xlsx (its zip structure cannot be read)."));
          return;
        }
        let declaredTotal = 0;
        let inflatedTotal = 0;
        let count = 0;
        const damaged = () =>
          fail(new ImportError("This file is damaged (its zip structure is truncated or corrupt)."), zip);
        zip.on("entry", (entry: yauzl.Entry) => {
          if (settled) return;
          count++;
          declaredTotal += entry.uncompressedSize;
          if (count > limits.maxEntries) {
            fail(
              new ImportError(`This file holds more than ${limits.maxEntries} parts; it is not a normal document.`),
              zip,
            );
            return;
          }
          if (entry.uncompressedSize > limits.maxEntryBytes || declaredTotal > limits.maxTotalBytes) {
            fail(tooLarge(limits, entry.fileName, `declares ${entry.uncompressedSize} bytes`), zip);
            return;
          }
          if (entry.fileName.endsWith("/")) {
            zip.readEntry();
            return;
          }
          zip.openReadStream(entry, (streamError, stream) => {
            if (settled) return;
            if (streamError || !stream) {
              damaged();
              return;
            }
            let inflated = 0;
            stream.on("data", (chunk: Buffer) => {
              if (settled) return;
              inflated += chunk.length;
              inflatedTotal += chunk.length;
              const ratio = inflated / Math.max(entry.compressedSize, 1);
              if (inflated > limits.maxEntryBytes || inflatedTotal > limits.maxTotalBytes) {
                stream.destroy();
                fail(tooLarge(limits, entry.fileName, `unpacks to more than it declared`), zip);
              } else if (inflated > RATIO_FLOOR_BYTES && ratio > limits.maxRatio) {
                stream.destroy();
                fail(
                  new ImportError(
                    `This file would unpack to more than ${limits.maxRatio} times its packed size (part "${entry.fileName}"); a real Word or Excel file does not, so it was not opened.`,
                  ),
                  zip,
                );
              }
            });
            stream.on("error", () => {
              if (!settled) damaged();
            });
            stream.on("end", () => {
              if (!settled) zip.readEntry();
            });
          });
        });
        zip.on("end", () => {
          if (settled) return;
          settled = true;
          resolve();
        });
        zip.on("error", () => damaged());
        zip.readEntry();
      },
    );
  });
}
