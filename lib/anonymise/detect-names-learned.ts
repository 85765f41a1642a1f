// Names found by the learned tagger (lib/anonymise/name-tagger-*.ts): a second opinion beside the rules, which keep priority.

import stored from "./data/name-tagger.json";
import { withAdjacentInitials } from "./detect-addressed-names";
import { isKnownAcronym } from "./known-acronyms";
import { findAllowedSpans, isEverydayWord, type Span, SpanIndex, wordTags } from "./known-words";
import { partnersJoinedByAnd } from "./name-coordinates";
import { modelSlot, type NameTaggerModel, type StoredNameTagger, type TaggedName, tagNames } from "./name-tagger-model";
import { tokenFacts } from "./name-token-facts";
import { foldForMatch, tokeniseWords } from "./text-matching";
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
  // Note: "big mo", "agnieszka k": the tagger's names take their nickname's word and initial as the rules' do.
  return learnedDetections(text, tagNames(slot.active(), text), ruled).map((found) =>
    withAdjacentInitials(text, found),
  );
}

/** The tagger's names as detections, less those the rules or the never-redacted terms already account for. */
export function learnedDetections(text: string, names: readonly TaggedName[], ruled: readonly Span[]): Detection[] {
  if (names.length === 0) return [];
  // Note: the never-redacted terms are found once here and shared by every step below.
  const allowedSpans = findAllowedSpans(text, foldForMatch(text));
  const allowed = new SpanIndex(allowedSpans);
  const found = learnedSpans(
    text,
    names,
    ruled,
    { category: "person", reason: "Learned name tagger: reads like a person's name in this context" },
    allowed,
  );
  const repeated = [...found, ...learnedRepeats(text, found, ruled, allowed)];
  const partners = [...repeated, ...learnedPartners(text, repeated, ruled, allowed)];
  return [...partners, ...learnedListMates(text, partners, ruled, allowedSpans)];
}

/** "miller and reign in business support": a word joined by "and" to a name the tagger read, before a team or verb. */
function learnedListMates(
  text: string,
  found: readonly Detection[],
  ruled: readonly Span[],
  allowedSpans: readonly Span[],
): Detection[] {
  if (found.length === 0) return [];
  const tokens = tokeniseWords(text);
  const factAt = (index: number) => tokenFacts(tokens[index], wordTags(tokens[index].base));
  const taken = new SpanIndex([...ruled, ...found, ...allowedSpans]);
  return partnersJoinedByAnd(text, tokens, factAt, found, taken);
}

/** A word joined by "or" or a slash after a name, or before one: "gethings or geddings", "Katrin/Catrin". */
const PARTNER_AFTER = /^(?:[ \t]+or[ \t]+|[ \t]*\/[ \t]*)([\p{L}][\p{L}'’-]{3,})(?![\p{L}\p{N}'’-])/u;
const PARTNER_BEFORE = /(?<![\p{L}\p{N}'’-])([\p{L}][\p{L}'’-]{3,})(?:[ \t]+or[ \t]+|[ \t]*\/[ \t]*)$/u;

/**
 * "something like gethings or geddings", "Katrin or Catrin": a name's other spelling offered beside it (two letters
 * apart at most, in the same case, no everyday word) is the same person's name.
 */
function learnedPartners(
  text: string,
  found: readonly Detection[],
  ruled: readonly Span[],
  allowed: SpanIndex,
): Detection[] {
  if (found.length === 0) return [];
  const taken = new SpanIndex([...ruled, ...found]);
  const partners: Detection[] = [];
  for (const detection of found) {
    const name = text.slice(detection.start, detection.end);
    const after = PARTNER_AFTER.exec(text.slice(detection.end, detection.end + 40));
    const before = PARTNER_BEFORE.exec(text.slice(Math.max(0, detection.start - 40), detection.start));
    const candidates: [string, number][] = [];
    if (after) candidates.push([after[1], detection.end + after[0].length - after[1].length]);
    if (before) candidates.push([before[1], detection.start - before[0].length]);
    for (const [word, start] of candidates) {
      const end = start + word.length;
      if (/^\p{Lu}/u.test(word) !== /^\p{Lu}/u.test(name) || isEverydayWord(word) || isKnownAcronym(word)) continue;
      if (!withinTwoEdits(foldForMatch(word), foldForMatch(name))) continue;
      if (taken.overlaps(start, end) || allowed.overlaps(start, end)) continue;
      partners.push({ ...detection, start, end });
    }
  }
  return partners;
}

/** Whether two words of four letters or more are at most two letters' changes apart (and not the same). */
function withinTwoEdits(left: string, right: string): boolean {
  if (left === right || Math.abs(left.length - right.length) > 2 || Math.min(left.length, right.length) < 4)
    return false;
  let row = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const next = [i];
    for (let j = 1; j <= right.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (left[i - 1] === right[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[right.length] <= 2;
}

/**
 * "Temperance was our admin. … When Temperance retired": once the tagger reads a capitalised word as a person, its
 * other mentions spelt the same way (with the same capital) are that person too, where the rules found nothing.
 */
function learnedRepeats(
  text: string,
  found: readonly Detection[],
  ruled: readonly Span[],
  allowed: SpanIndex,
): Detection[] {
  const byName = new Map<string, Detection>();
  for (const detection of found) {
    const name = text.slice(detection.start, detection.end);
    if (CAPITALISED_WORD.test(name) && !byName.has(name)) byName.set(name, detection);
  }
  if (byName.size === 0) return [];
  const taken = new SpanIndex([...ruled, ...found]);
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
  allowedHere?: SpanIndex,
): Detection[] {
  if (names.length === 0) return [];
  const taken = new SpanIndex(ruled);
  const allowed = allowedHere ?? new SpanIndex(findAllowedSpans(text, foldForMatch(text)));
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

/** A capitalised name, or initials ("KM has since gone off sick"), repeated as the tagger read it once. */
const CAPITALISED_WORD = /^\p{Lu}(?:\p{Ll}{2,}|\p{Lu}{1,2})$/u;
const CAPITALISED_WORDS = /(?<![\p{L}\p{N}'’-])\p{Lu}(?:\p{Ll}{2,}|\p{Lu}{1,2})(?![\p{L}\p{N}-])/gu;
