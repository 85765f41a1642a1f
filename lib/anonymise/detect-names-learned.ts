// Names found by the learned tagger (lib/anonymise/name-tagger-*.ts): a second opinion beside the rules, which keep priority.

import stored from "./data/name-tagger.json";
import { isKnownAcronym } from "./known-acronyms";
import { findAllowedSpans, type Span, SpanIndex } from "./known-words";
import { modelSlot, type NameTaggerModel, type StoredNameTagger, type TaggedName, tagNames } from "./name-tagger-model";
import { foldForMatch } from "./text-matching";
import type { Detection } from "./types";

const slot = modelSlot(stored as StoredNameTagger);

/** Runs `work` with another model in place of the shipped one (cross-validation scores each fold's model this way). */
export function withNameTagger<Answer>(model: NameTaggerModel, work: () => Answer): Answer {
  return slot.with(model, work);
}

/**
 * Person names the tagger is sure of past its threshold, leaving out any that touch what the rules
 * found (`ruled`: the rules' detections with overlaps already resolved), so the rules keep priority, and
 * the terms and acronyms the anonymiser never redacts ("Ofsted", "IRO").
 */
export function detectNamesLearned(text: string, ruled: readonly Span[] = []): Detection[] {
  return learnedDetections(text, tagNames(slot.active(), text), ruled);
}

/** The tagger's names as detections, less those the rules or the never-redacted terms already account for. */
export function learnedDetections(text: string, names: readonly TaggedName[], ruled: readonly Span[]): Detection[] {
  return learnedSpans(text, names, ruled, {
    category: "person",
    reason: "Learned name tagger: reads like a person's name in this context",
  });
}

/** A learned tagger's spans as detections of its kind, less those the rules or the never-redacted terms account for. */
export function learnedSpans(
  text: string,
  names: readonly TaggedName[],
  ruled: readonly Span[],
  label: { category: "person" | "organisation"; reason: string },
): Detection[] {
  if (names.length === 0) return [];
  const taken = new SpanIndex(ruled);
  const allowed = new SpanIndex(findAllowedSpans(text, foldForMatch(text)));
  return names
    .filter((name) => !taken.overlaps(name.start, name.end) && !allowed.overlaps(name.start, name.end))
    .filter((name) => !text.slice(name.start, name.end).split(/\s+/u).every(isKnownAcronym))
    .map((name) => ({
      start: name.start,
      end: name.end,
      category: label.category,
      reason: label.reason,
      source: "nlp" as const,
      identity: `${label.category}:${foldForMatch(text.slice(name.start, name.end)).split(/\s+/u).join(" ")}`,
    }));
}
