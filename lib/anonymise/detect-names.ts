import { classify } from "./classify-name-chunk";
import {
  detectAddressedNames,
  detectDottedInitials,
  detectFamilyInitials,
  withAdjacentInitials,
} from "./detect-addressed-names";
import { detectMonthNames } from "./detect-month-names";
import { detectAccentedNames } from "./detect-names-accented";
import { detectBracketedNames, detectLettersWithAges } from "./detect-names-bracketed";
import { detectCalledNames } from "./detect-names-called";
import { detectNamesInPersonSlots } from "./detect-names-in-person-slots";
import { detectNamesSaidToBeNames } from "./detect-names-said-to-be-names";
import { detectWeekdayNames } from "./detect-weekday-names";
import { findAllowedSpans, SpanIndex } from "./known-words";
import { capitalisedRunInPersonSlot } from "./name-capitalised-slots";
import { coordinate, propagate } from "./name-chunk-context";
import { buildChunks } from "./name-chunks";
import { coordinatedNames, pairedNames } from "./name-coordinates";
import { repeatPersonNames } from "./name-repeats";
import { restatedNames } from "./name-restated";
import { readCompromise, setKind, tokenFacts } from "./name-token-facts";
import { foldForMatch, tokeniseWords } from "./text-matching";
import type { Detection } from "./types";

/**
 * Step 4: people and places that no list knows. Runs of capitalised words are classified from
 * compromise's people/places, a given-name and surname gazetteer, name shapes by naming tradition,
 * and context ("my manager …", "… said", "moved to …", "… Road"). Runs with no evidence are left
 * for the name-like flag rather than redacted.
 */
export function detectNames(text: string): Detection[] {
  const tokens = tokeniseWords(text);
  if (tokens.length === 0) return [];
  const folded = foldForMatch(text);
  const allowed = new SpanIndex(findAllowedSpans(text, folded));
  const compromise = readCompromise(tokens);
  const facts = tokens.map((token) => tokenFacts(token, compromise.tags.get(token.start)));
  const chunks = buildChunks(text, facts, allowed);

  const unread = new Map(chunks.map((chunk) => [chunk, [...chunk.facts]]));
  for (const chunk of chunks) classify(text, chunk, compromise);
  propagate(chunks);
  coordinate(text, chunks);
  for (const chunk of chunks) {
    if (chunk.kind || chunk.lowerCase) continue;
    const facts = unread.get(chunk) ?? chunk.facts;
    const slot = capitalisedRunInPersonSlot(text, facts);
    if (!slot) continue;
    chunk.facts = facts;
    setKind(chunk, "person", slot, 1);
  }

  const detections: Detection[] = [
    ...detectDottedInitials(text),
    ...detectFamilyInitials(text),
    ...detectAddressedNames(text, allowed),
    ...detectMonthNames(text),
    ...detectWeekdayNames(text),
    ...detectNamesSaidToBeNames(text, allowed),
    ...detectBracketedNames(text, allowed),
    ...detectLettersWithAges(text),
    ...detectCalledNames(text, allowed),
  ];
  for (const chunk of chunks) {
    if (!chunk.kind || chunk.facts.length === 0) continue;
    const first = chunk.facts[0].token;
    const last = chunk.facts[chunk.facts.length - 1].token;
    detections.push({
      start: first.start,
      end: last.baseEnd,
      category: chunk.kind,
      reason: chunk.reason,
      source: "nlp",
      replacement: chunk.kind === "place" ? "[place]" : undefined,
      identity:
        chunk.kind === "person" ? `person:${chunk.facts.map((fact) => fact.token.folded).join(" ")}` : undefined,
    });
  }
  detections.push(...pairedNames(text, facts, allowed));
  detections.push(...restatedNames(text, facts, allowed));
  detections.push(...coordinatedNames(text, facts, detections, allowed));
  const people = new SpanIndex(detections.filter((detection) => detection.category === "person"));
  detections.push(...detectNamesInPersonSlots(text, tokens, detections, allowed, people));
  detections.push(...repeatPersonNames(tokens, detections, allowed));
  detections.push(...detectAccentedNames(tokens, new SpanIndex(detections), allowed));
  const seen = new Set<string>();
  return detections
    .map((detection) => withAdjacentInitials(text, detection))
    .filter((detection) => {
      const key = `${detection.start}:${detection.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
