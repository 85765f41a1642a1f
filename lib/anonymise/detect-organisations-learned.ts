// Organisations found by the learned organisation tagger (lib/anonymise/organisation-tagger-*.ts, sharing the person
// tagger's model code): a second opinion beside the rules, which keep priority.

import stored from "./data/organisation-tagger.json";
import { TEAM_DESCRIPTORS } from "./detect-named-teams";
import { learnedSpans } from "./detect-names-learned";
import { growOrganisationsOverEndings } from "./detect-organisations-grown-over-endings";
import type { Span } from "./known-words";
import { PERSON_OBJECT_VERBS } from "./name-cues";
import type { TaggedWord } from "./name-tagger-features";
import {
  BEGIN_TAG,
  modelSlot,
  type NameTaggerModel,
  type StoredNameTagger,
  type TaggedName,
  type TaggerReading,
  tagNames,
} from "./name-tagger-model";
import { viewWord } from "./name-tagger-word-view";
import { isFieldJargon } from "./name-unknown-words";
import { DEPARTMENTS } from "./name-word-classes";
import { ORGANISATION_ENDINGS } from "./organisation-endings";
import { organisationFeatures } from "./organisation-tagger-features";
import { firstStartingAt, tokeniseWords, type WordToken } from "./text-matching";
import type { Detection } from "./types";

const slot = modelSlot(stored as StoredNameTagger);

/** The organisation tagger's reading: its own features, organisation tags. */
export const ORGANISATION_READING: TaggerReading = {
  features: organisationFeatures,
  begin: BEGIN_TAG.organisation ?? 3,
  mayBe: mayBeInOrganisation,
};

/**
 * Every word but an everyday English one typed in lower case in a text that is not: "the", "went", "agency" are
 * left unscored, which halves the tagger's cost (a name with such a word inside, "Achieving for Children", is the
 * rules' to find).
 */
function mayBeInOrganisation({ token, view }: TaggedWord, lowerCaseText: boolean): boolean {
  if (lowerCaseText || token.capitalised || token.allCaps) return true;
  const english = view.english.text;
  return english !== "lex" && english !== "common";
}

/** Runs `work` with another model in place of the shipped one (cross-validation scores each fold's model this way). */
export function withOrganisationTagger<Answer>(model: NameTaggerModel, work: () => Answer): Answer {
  return slot.with(model, work);
}

/**
 * Organisations the tagger is sure of past its threshold, leaving out any that touch what the rules found
 * (`ruled`: the rules' detections with overlaps already resolved) and the terms the anonymiser never redacts.
 */
export function detectOrganisationsLearned(text: string, ruled: readonly Span[] = []): Detection[] {
  return growOrganisationsOverEndings(
    text,
    learnedOrganisations(text, tagNames(slot.active(), text, ORGANISATION_READING), ruled),
  );
}

/**
 * The tagger's organisations as detections, less those the rules or the never-redacted terms already account for,
 * a lone lower-case word with an English sense ("at lunchtime", "from church"), and English words that are part
 * of a run of capitals the tagger did not take whole ("Domestic" of "Domestic Abuse", "Head" of "Virtual School Head").
 */
export function learnedOrganisations(text: string, names: readonly TaggedName[], ruled: readonly Span[]): Detection[] {
  const tokens = tokeniseWords(text);
  const plausible = names.filter((name) => {
    // The tagger's spans start on a token.
    const first = firstStartingAt(tokens, name.start);
    let last = first;
    while (last + 1 < tokens.length && tokens[last + 1].start < name.end) last++;
    const english = tokens.slice(first, last + 1).every((token) => hasEnglishSense(token));
    // Note: "went to uni", "the mash": a lone lower-case word of the field's jargon names no one body.
    if (first === last && !tokens[first].capitalised && (english || isFieldJargon(tokens[first].folded))) return false;
    // Note: "Then Panel agreed it": a department's word alone names no one body.
    if (first === last && DEPARTMENTS.has(tokens[first].folded)) return false;
    // Note: "Early Help and Domestic Abuse training": words that only say what a service does name no one body.
    if (tokens.slice(first, last + 1).every((token) => TEAM_DESCRIPTORS.has(token.folded))) return false;
    const before = tokens[first - 1];
    // Note: "I rang Dorrit Penhale": a first word after a verb that takes a person, with a capitalised word after it
    // the tagger left out, is a person's given name.
    if (
      first === last &&
      (PERSON_OBJECT_VERBS.has(before?.folded ?? "") || PERSON_SEEING_VERBS.test(before?.folded ?? "")) &&
      isFullNameAfter(text, tokens, last)
    )
      return false;
    const runBefore = before !== undefined && !(before.sentenceInitial && !before.allCaps);
    const partOfRun =
      (runBefore && runGoesOn(text, before, tokens[first])) || runGoesOn(text, tokens[last], tokens[last + 1]);
    return !(partOfRun && english);
  });
  return learnedSpans(text, plausible, ruled, {
    category: "organisation",
    reason: "Learned organisation tagger: reads like a firm's or a service's name in this context",
  });
}

/** Verbs of meeting someone that `PERSON_OBJECT_VERBS` leaves out ("met", "saw", "visited"). */
const PERSON_SEEING_VERBS = /^(?:met|saw|visited)$/u;

/** A capitalised word of no organisation's ending straight after the token: the rest of a person's name. */
function isFullNameAfter(text: string, tokens: WordToken[], index: number): boolean {
  const next = tokens[index + 1];
  if (!next?.capitalised || next.allCaps || !/^[ \t]+$/u.test(text.slice(tokens[index].end, next.start))) return false;
  return !ORGANISATION_ENDINGS.some(([pattern]) => pattern.test(next.folded));
}

function hasEnglishSense(token: WordToken): boolean {
  return viewWord(token.base, token.folded).english.text !== "none";
}

/** Whether two capitalised words stand side by side, as one run of capitals ("Adoption Support", "Recruitment & Assessment"). */
function runGoesOn(text: string, left: WordToken | undefined, right: WordToken | undefined): boolean {
  if (!left || !right || !left.capitalised || !right.capitalised) return false;
  return /^[ \t]+(?:&[ \t]+)?$/u.test(text.slice(left.end, right.start));
}
