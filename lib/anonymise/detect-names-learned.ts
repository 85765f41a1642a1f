// Names found by the learned tagger (lib/anonymise/name-tagger-*.ts): a second opinion beside the rules, which keep priority.

import stored from "./data/name-tagger.json";
import { SpanIndex } from "./known-words";
import { type NameTaggerModel, readStoredModel, type StoredNameTagger, tagNames } from "./name-tagger-model";
import { foldForMatch } from "./text-matching";
import type { Detection } from "./types";

let shipped: NameTaggerModel | null = null;
let override: NameTaggerModel | null = null;

function activeModel(): NameTaggerModel {
  if (override) return override;
  shipped ??= readStoredModel(stored as StoredNameTagger);
  return shipped;
}

/** Runs `work` with another model in place of the shipped one (cross-validation scores each fold's model this way). */
export function withNameTagger<Answer>(model: NameTaggerModel, work: () => Answer): Answer {
  const previous = override;
  override = model;
  try {
    return work();
  } finally {
    override = previous;
  }
}

/**
 * Person names the tagger is sure of past its threshold, leaving out any that touch what the rules
 * found (`ruled`: the rules' detections with overlaps already resolved), so the rules keep priority.
 */
export function detectNamesLearned(text: string, ruled: readonly Detection[] = []): Detection[] {
  const taken = new SpanIndex(ruled);
  return tagNames(activeModel(), text)
    .filter((name) => !taken.overlaps(name.start, name.end))
    .map((name) => ({
      start: name.start,
      end: name.end,
      category: "person" as const,
      reason: "Learned name tagger: reads like a person's name in this context",
      source: "nlp" as const,
      identity: `person:${foldForMatch(text.slice(name.start, name.end)).split(/\s+/u).join(" ")}`,
    }));
}
