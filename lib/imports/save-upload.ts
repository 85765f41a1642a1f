import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** Uploads wait in the private data folder (never under public/) until imported, then are deleted. */
export function uploadsFolder(databasePath: string): string {
  return path.join(path.dirname(databasePath), "uploads");
}

export function saveUpload(databasePath: string, bytes: Uint8Array): string {
  const folder = uploadsFolder(databasePath);
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const file = path.join(folder, randomUUID());
  fs.writeFileSync(file, bytes, { mode: 0o600 });
  return file;
}
