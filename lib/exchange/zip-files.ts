import yazl from "yazl";

/** Zips named files (deflated), entries in the given order with a fixed date, so the same input gives the same bytes. */
export function zipFiles(files: { path: string; data: Buffer | string }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const mtime = new Date(Date.UTC(2020, 0, 1));
  for (const file of files) {
    zip.addBuffer(typeof file.data === "string" ? Buffer.from(file.data, "utf8") : file.data, file.path, { mtime });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on("data", (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on("error", reject);
  });
}
