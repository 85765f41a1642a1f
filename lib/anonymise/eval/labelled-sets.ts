import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { LabelledPassage } from "./labelled-passage";

export type { ExpectedFlag, GoldCategory, GoldSpan, LabelledPassage } from "./labelled-passage";

const HERE = join(process.cwd(), "lib", "anonymise", "eval");
export const TUNING_SET_PATH = join(HERE, "tuning-set.json");
export const HELD_OUT_SET_PATH = join(HERE, "held-out-set.json");

/**
 * The tuning half: passages the rules were chosen on (four rounds of writing; see each passage's
 * `batch`). People and places are invented or chosen from outside the shipped lists where the round
 * says so; countries, languages, nationalities and the regions "London" and "South East" are
 * attribution-level and never gold.
 */
export const tuningSet: LabelledPassage[] = readSet(TUNING_SET_PATH) ?? [];

/**
 * The held-out half, written independently by someone who had not seen the rules. It is only ever
 * scored in aggregate: nothing prints its passages, misses or false positives.
 */
export const heldOutSet: LabelledPassage[] = readSet(HELD_OUT_SET_PATH) ?? [];

export const heldOutMissingMessage = `No held-out set at ${HELD_OUT_SET_PATH}: the held-out half cannot be scored.`;

function readSet(path: string): LabelledPassage[] | null {
  if (!existsSync(path)) return null;
  const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
  if (!Array.isArray(parsed)) throw new Error(`${path} must hold a JSON array of labelled passages.`);
  return parsed.map((entry, index) => checkPassage(entry, `${path}[${index}]`));
}

function checkPassage(entry: unknown, where: string): LabelledPassage {
  const passage = entry as LabelledPassage;
  const valid =
    typeof passage === "object" &&
    passage !== null &&
    typeof passage.id === "string" &&
    typeof passage.text === "string" &&
    Array.isArray(passage.gold) &&
    passage.gold.every((gold) => typeof gold?.text === "string" && typeof gold?.category === "string");
  if (!valid) throw new Error(`${where} is not a labelled passage ({ id, text, gold: [{ text, category }] }).`);
  return passage;
}
