import yauzl from "yauzl";
import { ImportError } from "../imports/parsers/import-error";

/**
 * Every file of a zip, by its path as stored. Callers run the zip guard first
 * (lib/imports/parsers/zip-guard.ts), which refuses archives that would unpack too large.
 */
export function readZipEntries(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const damaged = () => new ImportError("This file is damaged: its zip structure cannot be read.");
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true },
      (openError, zip) => {
        if (openError || !zip) return reject(damaged());
        const files = new Map<string, Buffer>();
        zip.on("entry", (entry: yauzl.Entry) => {
          if (entry.fileName.endsWith("/")) return zip.readEntry();
          zip.openReadStream(entry, (streamError, stream) => {
            if (streamError || !stream) {
              zip.close();
              return reject(damaged());
            }
            const chunks: Buffer[] = [];
            stream.on("data", (chunk: Buffer) => chunks.push(chunk));
            stream.on("error", () => reject(damaged()));
            stream.on("end", () => {
              files.set(entry.fileName, Buffer.concat(chunks));
              zip.readEntry();
            });
          });
        });
        zip.on("end", () => resolve(files));
        zip.on("error", () => reject(damaged()));
        zip.readEntry();
      },
    );
  });
}
