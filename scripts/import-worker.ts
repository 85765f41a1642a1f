// Runs one phase (preview or import) of an import job in its own process and connection.
import { openDatabase } from "../db/client";
import { runImportPhase } from "../lib/imports/import-jobs";

async function main(): Promise<void> {
  const importId = Number(process.argv[2]);
  const phase = process.argv[3];
  if (!Number.isInteger(importId) || (phase !== "preview" && phase !== "import")) {
    console.error("usage: import-worker <importId> preview|import");
    process.exit(2);
  }
  const db = openDatabase();
  await runImportPhase(db, importId, phase);
  db.$client.close();
}

void main();
