import { readFileSync } from "node:fs";
import path from "node:path";

/** The published figures the demo ships with, copied from the report so the app runs without `../shared`. */
export const SEED_DATA_DIRECTORY = path.resolve(__dirname, "../../../db/seed/data");

export type SeedDataFile =
  | "codebook.csv"
  | "sentiment_metrics.csv"
  | "proportion_metrics.csv"
  | "published_changes.csv"
  | "response_counts.csv";

export function readSeedDataFile(file: SeedDataFile): string {
  return readFileSync(path.join(SEED_DATA_DIRECTORY, file), "utf8");
}
