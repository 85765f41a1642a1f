// Makes one "make all packs" run in its own process and connection, so the server keeps answering.
import { openDatabase } from "../db/client";
import { runPackJob } from "../lib/packs/make-packs";

async function main(): Promise<void> {
  const runId = Number(process.argv[2]);
  if (!Number.isInteger(runId)) {
    console.error("usage: pack-worker <runId>");
    process.exit(2);
  }
  const db = openDatabase();
  await runPackJob(db, runId);
  db.$client.close();
}

void main();
