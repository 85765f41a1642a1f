import { readFileSync } from "node:fs";
import path from "node:path";

/** The demo's phrase banks and tables, kept as JSON beside this file so they read as data, not code. */
export const DEMO_DATA_DIRECTORY = path.join(__dirname, "data");

export type DemoDataFile =
  | "answer-fragments.json"
  | "answer-slots.json"
  | "questions.json"
  | "respondent-shares.json"
  | "theme-keywords.json";

export function readDemoData<T>(file: DemoDataFile): T {
  return JSON.parse(readFileSync(path.join(DEMO_DATA_DIRECTORY, file), "utf8")) as T;
}

/** A table keyed by a known list (themes, roles, regions …) must name each key, and no other. */
export function assertKeys(file: DemoDataFile, what: string, table: object, keys: readonly string[]): void {
  const have = Object.keys(table).sort();
  const want = [...keys].sort();
  if (have.join("\n") !== want.join("\n")) {
    throw new Error(`${file}: ${what} must name exactly ${want.join(", ")}; it names ${have.join(", ")}`);
  }
}
