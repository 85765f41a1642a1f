import { applyRedactions } from "./apply-redactions";
import { assignReplacements } from "./assign-replacements";
import { completeNameRuns } from "./complete-name-runs";
import { detectCorrectedNames } from "./detect-corrected-names";
import { detectInitialsInListsOfNames, detectInitialsOfNames } from "./detect-initials-of-names";
import { detectListed } from "./detect-listed";
import { detectNames } from "./detect-names";
import { detectNamesLearned } from "./detect-names-learned";
import { detectOrganisations } from "./detect-organisations";
import {
  detectFirmsHadThrough,
  detectOrganisationsInLowerCaseSequences,
} from "./detect-organisations-in-lower-case-sequences";
import { detectOrganisationsLearned } from "./detect-organisations-learned";
import { detectOrganisationsOfPeople, detectPeopleAtOrganisations } from "./detect-people-at-organisations";
import { detectPlaces } from "./detect-places";
import { detectRoster } from "./detect-roster";
import { detectStructured } from "./detect-structured";
import { flagNameLike } from "./flag-name-like";
import { flagQuasiIdentifiers } from "./flag-quasi-identifiers";
import { SpanIndex } from "./known-words";
import { quietLongWhitespace } from "./quiet-long-whitespace";
import { resolveOverlaps } from "./resolve-overlaps";
import { snapToPhrases } from "./snap-to-phrases";
import type { AnonymiseOptions, AnonymiseResult, Flag } from "./types";

/**
 * Proposes redactions for a document's text: structured identifiers, the shipped authority and town
 * list plus the project's terms, the roster, then names found by NLP, then names the learned tagger finds
 * where the rules found nothing. Overlaps are resolved (structured
 * first, then longest), a name found in part grows over its run of capitals, pseudonyms are numbered
 * consistently within this call, and anything that may still identify someone is returned as a flag for
 * the author rather than removed.
 */
export function anonymise(original: string, options: AnonymiseOptions = {}): AnonymiseResult {
  // Same offsets as the original; the detectors and flags read it, the redactions are applied to the original.
  // Note: trailing whitespace is left out, so rules that look for the text's end ("\s*$") still find it.
  const input = quietLongWhitespace(original.trimEnd());
  const ruled = resolveOverlaps([
    ...detectStructured(input),
    ...detectListed(input, options.customTerms ?? []),
    ...detectOrganisations(input),
    ...detectPlaces(input),
    ...detectRoster(input, options.roster ?? []),
    ...detectNames(input),
  ]);
  const learned = [...detectNamesLearned(input, ruled), ...detectOrganisationsLearned(input, ruled)];
  const found = resolveOverlaps([...ruled, ...learned]);
  const employed = [
    ...detectPeopleAtOrganisations(input, found),
    ...detectOrganisationsOfPeople(input, found),
    ...detectOrganisationsInLowerCaseSequences(input, found),
    ...detectFirmsHadThrough(input, found),
    ...detectCorrectedNames(input, found),
  ];
  const completed = resolveOverlaps(completeNameRuns(input, resolveOverlaps([...found, ...employed])));
  const detections = resolveOverlaps([
    ...completed,
    ...detectInitialsOfNames(input, completed),
    ...detectInitialsInListsOfNames(input, completed),
  ]);
  const redactions = assignReplacements(original, detections);
  const redacted = new SpanIndex(redactions);
  const flags = snapToPhrases(input, [...flagNameLike(input, redactions), ...flagQuasiIdentifiers(input)])
    .filter((flag) => !redacted.contains(flag.start, flag.end))
    .map((flag) => ({ ...flag, text: original.slice(flag.start, flag.end) }))
    .sort(byPosition);
  return { text: applyRedactions(original, redactions), redactions, flags };
}

function byPosition(left: Flag, right: Flag): number {
  return left.start - right.start || left.end - right.end;
}
