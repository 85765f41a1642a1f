// Readings that cross runs: a word known as a person or place elsewhere keeps it; a name coordinated with a person is one.
import { nextWords } from "./name-context";
import { PLACE_TYPES_STRONG } from "./name-cues";
import { isGazetteerGivenName } from "./name-gazetteer";
import { FREQUENCY_ADVERBS } from "./name-predicates";
import { type Chunk, hasTag, setKind } from "./name-token-facts";
import { pluralVerb } from "./name-work-cues";

/** A word already known as a person or place elsewhere in the text keeps that reading. */
export function propagate(chunks: Chunk[]): void {
  const known = new Map<string, { kind: "person" | "place"; strength: number }>();
  for (const chunk of chunks) {
    if (!chunk.kind || chunk.strength < 2) continue;
    for (const fact of chunk.facts) {
      if (fact.identity || PLACE_TYPES_STRONG.has(fact.token.folded)) continue;
      const previous = known.get(fact.token.folded);
      if (!previous || previous.strength < chunk.strength)
        known.set(fact.token.folded, { kind: chunk.kind, strength: chunk.strength });
    }
  }
  for (const chunk of chunks) {
    if (chunk.facts.length === 0 || isFunctionWordOpening(chunk)) continue;
    const matches = chunk.facts
      .filter((fact) => !fact.ordinary || (!chunk.lowerCase && chunk.facts.length === 1))
      .map((fact) => known.get(fact.token.folded))
      .filter((value) => value !== undefined);
    if (matches.length === 0) continue;
    const strongest = matches.reduce((left, right) => (right.strength > left.strength ? right : left));
    if (!chunk.kind || chunk.strength < strongest.strength) {
      setKind(
        chunk,
        strongest.kind,
        `Same name as a ${strongest.kind} found elsewhere in the text`,
        strongest.strength,
      );
    }
  }
}

/** "Will you …", "May I …": a modal or auxiliary opening a sentence is that word, whatever name it is elsewhere. */
function isFunctionWordOpening(chunk: Chunk): boolean {
  const [first] = chunk.facts;
  return (
    chunk.facts.length === 1 &&
    first.token.sentenceInitial &&
    hasTag(first, ["Modal", "Auxiliary", "Copula", "Preposition", "Determiner", "Pronoun", "Conjunction"])
  );
}

const PLURAL_PERSON_VERBS = new Set(
  "were are have had both said told went came left stayed moved were placed live lived got".split(" "),
);

/** "Precious and Blessing", "Kasia and Kojo": a name coordinated with a person is a person. */
export function coordinate(text: string, chunks: Chunk[]): void {
  for (let index = 0; index + 1 < chunks.length; index++) {
    const left = chunks[index];
    const right = chunks[index + 1];
    if ((left.kind && right.kind) || [left, right].some((chunk) => chunk.kind === "place")) continue;
    if (left.facts.length !== 1 || right.facts.length !== 1) continue;
    const leftToken = left.facts[0].token;
    const rightToken = right.facts[0].token;
    if (!/^\s+(?:and|&)\s+$/u.test(text.slice(leftToken.end, rightToken.start))) continue;
    const onePerson = left.kind === "person" || right.kind === "person";
    if (!left.facts[0].anyGiven && !right.facts[0].anyGiven && !onePerson) continue;
    if ([left, right].some((chunk) => chunk.facts[0].identity || chunk.facts[0].country)) continue;
    const [after, then] = nextWords(text, rightToken.end, 2);
    const verb = (word: string | undefined) =>
      word !== undefined && (PLURAL_PERSON_VERBS.has(word) || pluralVerb(word));
    if (!verb(after) && !(FREQUENCY_ADVERBS.has(after ?? "") && verb(then))) continue;
    for (const chunk of [left, right]) {
      if (!chunk.kind) setKind(chunk, "person", "Two names before a verb of people (“… and … were placed”)", 2);
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (let index = 0; index + 1 < chunks.length; index++) {
      const left = chunks[index];
      const right = chunks[index + 1];
      if (left.facts.length === 0 || right.facts.length === 0) continue;
      const between = text.slice(left.facts[left.facts.length - 1].token.end, right.facts[0].token.start);
      if (!/^\s*(?:,|and|&|or|,\s*and|,\s*or)\s*$/u.test(between)) continue;
      for (const [from, to] of [
        [left, right],
        [right, left],
      ]) {
        if (
          from.kind === "person" &&
          to.kind !== "person" &&
          (to.kind === null || to.strength < 2) &&
          hasNameWord(to)
        ) {
          setKind(to, "person", "Name listed alongside a person", 2);
          changed = true;
        } else if (from.kind === "place" && from.strength >= 2 && to.kind === null && hasNameWord(to)) {
          setKind(to, "place", "Name listed alongside a place", 1);
          changed = true;
        }
      }
    }
  }
}

function hasNameWord(chunk: Chunk): boolean {
  return chunk.facts.some(
    (fact) =>
      fact.given ||
      (!fact.ordinary && !fact.identity && !fact.country) ||
      isGazetteerGivenName(fact.token.base) ||
      (fact.anyGiven && fact.token.capitalised && !fact.identity),
  );
}
