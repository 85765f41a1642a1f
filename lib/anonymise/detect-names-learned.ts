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
  const found = learnedSpans(text, names, ruled, {
    category: "person",
    reason: "Learned name tagger: reads like a person's name in this context",
  });
  return [...found, ...learnedRepeats(text, found, ruled)];
}

/**
 * "Temperance was our admin. … When Temperance retired": once the tagger reads a capitalised word as a person, its
 * other mentions spelt the same way (with the same capital) are that person too, where the rules found nothing.
 */
function learnedRepeats(text: string, found: readonly Detection[], ruled: readonly Span[]): Detection[] {
  const byName = new Map<string, Detection>();
  for (const detection of found) {
    const name = text.slice(detection.start, detection.end);
    if (CAPITALISED_WORD.test(name) && !byName.has(name)) byName.set(name, detection);
  }
  if (byName.size === 0) return [];
  const taken = new SpanIndex([...ruled, ...found]);
  const allowed = new SpanIndex(findAllowedSpans(text, foldForMatch(text)));
  const repeats: Detection[] = [];
  for (const match of text.matchAll(CAPITALISED_WORDS)) {
    const detection = byName.get(match[0]);
    const end = match.index + match[0].length;
    if (!detection || taken.overlaps(match.index, end) || allowed.overlaps(match.index, end)) continue;
    repeats.push({ ...detection, start: match.index, end });
  }
  return repeats;
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

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}{2,}$/u;
const CAPITALISED_WORDS = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}-])/gu;
