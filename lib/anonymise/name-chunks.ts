// Cuts a text's words into runs of candidate names (capitalised runs, lower-case names, initials).
import { isKnownAcronym } from "./known-acronyms";
import { isLexiconSurname, type SpanIndex } from "./known-words";
import {
  addLowerCaseCoordinates,
  initialsByCue,
  isLowerCaseGivenName,
  isLowerCaseTyped,
  lowerCaseNameCue,
} from "./lower-case-names";
import { bareWordInPersonSlot } from "./name-bare-words";
import { previousWords } from "./name-context";
import { PERSON_INTRODUCERS } from "./name-cues";
import { isSecondBareWord, lowerCaseNameFrame } from "./name-frames";
import { type Chunk, CONNECTORS, joinedBySpace, newChunk, type TokenFacts, verdict } from "./name-token-facts";
import { JARGON, nameSpeltInLowerCase, unknownLowerCaseWord } from "./name-unknown-words";

function isCandidate(fact: TokenFacts, allowed: SpanIndex): boolean {
  const { token } = fact;
  if (!(token.capitalised || PARTICLE_NAME.test(token.base)) || /\p{N}/u.test(token.base) || isNeverAName(fact))
    return false;
  if (token.allCaps && (!(fact.given || fact.surname) || isKnownAcronym(token.base))) return false;
  return !allowed.contains(token.start, token.baseEnd);
}

const FILLERS = new Set("um umm erm er uh uhm ah eh hmm mm mmm oh".split(" "));

/**
 * Capitalised words that are no name whatever the lists say: a pronoun's contraction ("I've"), a filler ("Um"),
 * a product's inner capital ("WhatsApp"), an acronym with a lower-case tail ("SENCo", "GPs") and an adjective made
 * with a hyphen ("Welsh-language", "Tigrinya-speaking").
 */
function isNeverAName(fact: TokenFacts): boolean {
  const { token } = fact;
  if (token.base === "I" || /^(?:i|you|we|they|he|she|it)['’](?:m|ve|d|ll|re|s)$/u.test(token.folded)) return true;
  if (/^(?:my|your|our|their|its|mine|yours|ours|theirs)$/u.test(token.folded)) return true;
  if ((fact.tags.has("Expression") || FILLERS.has(token.folded)) && !fact.given) return true;
  if (/\p{Ll}{4}\p{Lu}/u.test(token.base) || /^\p{Lu}{2,}\p{Ll}/u.test(token.base)) return true;
  if (/^\p{Lu}\p{Ll}\p{Lu}\p{L}?$/u.test(token.base)) return true;
  const parts = token.base.split(/[-‐]/u);
  return parts.length > 1 && COMPOUND_ADJECTIVE_TAILS.has(parts[parts.length - 1]);
}

/** The second half of a hyphenated adjective ("Welsh-language", "Tigrinya-speaking", "UK-born"). */
const COMPOUND_ADJECTIVE_TAILS = new Set(
  `language languages speaking speaker speakers born based led run funded heritage british only style friendly
  specific related focused informed centred centered trained qualified registered owned like type wide driven`.split(
    /\s+/u,
  ),
);

/** "al-Hassan", "el-Amin", "d'Souza": a lower-case particle joined to a capitalised name. */
const PARTICLE_NAME = /^(?:al|el|ul|bin|ibn|abu|bint|da|de|di|du|le|la|van|von|d|o)[-‐'’]\p{Lu}/u;

/** A building's or a firm's word closes the name it follows ("pelham house", "kestrelwood assessments"): keep it in the span. */
const NAME_CLOSING_NOUN =
  /^(?:house|court|lodge|centre|center|hall|hostel|academy|school|assessments|associates|services|consulting|consultancy|recruitment|staffing|fostering)$/iu;

/**
 * After a word no English or given-name list knows (most likely a surname, which ends a name), an everyday word no list
 * knows does not join it: "used the aranha assessment from …" ends at "aranha"; "juniper swift" still joins.
 */
function isPlainWordAfterName(name: TokenFacts, fact: TokenFacts): boolean {
  if (name.anyGiven || name.english || NAME_CLOSING_NOUN.test(fact.token.base)) return false;
  return fact.ordinary && !fact.surname && !fact.anyGiven && !isLexiconSurname(fact.token.base);
}

export function buildChunks(text: string, facts: TokenFacts[], allowed: SpanIndex): Chunk[] {
  const chunks: Chunk[] = [];
  const lowerCaseTyped = isLowerCaseTyped(text, facts);
  let current: TokenFacts[] = [];
  const close = () => {
    if (current.length > 0) chunks.push(newChunk(current, false));
    current = [];
  };
  for (let index = 0; index < facts.length; index++) {
    const fact = facts[index];
    if (isCandidate(fact, allowed)) {
      const previous = current[current.length - 1];
      if (previous && !joinedBySpace(text, previous.token.end, fact.token.start)) close();
      current.push(fact);
      const next = facts[index + 1];
      const continues = next && isCandidate(next, allowed) && joinedBySpace(text, fact.token.end, next.token.start);
      if (fact.token.possessive && !continues) close();
      continue;
    }
    const next = facts[index + 1];
    const isConnector =
      current.length > 0 &&
      CONNECTORS.has(fact.token.folded) &&
      !fact.token.capitalised &&
      next !== undefined &&
      (isCandidate(next, allowed) || (CONNECTORS.has(next.token.folded) && !next.token.capitalised)) &&
      joinedBySpace(text, current[current.length - 1].token.end, fact.token.start) &&
      joinedBySpace(text, fact.token.end, next.token.start);
    if (isConnector) {
      current.push(fact);
      continue;
    }
    close();
    const initials = initialsByCue(text, facts, index, allowed);
    if (initials) {
      chunks.push({ ...newChunk([fact], false), preset: initials });
      continue;
    }
    const ruled =
      lowerCaseNameCue(text, facts, index, lowerCaseTyped) ??
      lowerCaseNameFrame(text, facts, index) ??
      (lowerCaseTyped ? unknownLowerCaseWord(fact) : nameSpeltInLowerCase(fact));
    const bare = ruled === null ? bareWordInPersonSlot(text, facts, index, lowerCaseTyped) : null;
    const lowerCue = ruled ?? bare?.reason ?? null;
    if (isLowerCaseGivenName(fact) || isLowerCaseNameAfterIntroducer(text, fact) || lowerCue) {
      const run = [fact];
      const following = facts[index + 1];
      const framed = lowerCue !== null && (bare?.length === 2 || isSecondBareWord(text, facts, index + 1));
      if (
        following &&
        !following.token.capitalised &&
        ((following.surname && !following.ordinary) || (framed && !isPlainWordAfterName(fact, following)))
      ) {
        run.push(following);
        index++;
        if (framed && isSecondBareWord(text, facts, index + 1)) run.push(facts[++index]);
      }
      const chunk = newChunk(run, true);
      if (lowerCue) chunk.preset = { ...verdict("person", lowerCue, 2), wholeRun: framed };
      chunks.push(chunk);
      index = addLowerCaseCoordinates(text, facts, index, chunks);
    }
  }
  close();
  return chunks;
}

/** "my line manager dorcas": a lower-case, non-dictionary word right after "my/our … manager". */
function isLowerCaseNameAfterIntroducer(text: string, fact: TokenFacts): boolean {
  const { token } = fact;
  if (token.capitalised || fact.ordinary || fact.identity || token.base.length < 3 || /\p{N}/u.test(token.base))
    return false;
  if (JARGON.has(token.folded)) return false;
  if (PERSON_INTRODUCERS.has(token.folded) || /(?:or|er|ist|ant|ent|ian)$/u.test(token.folded)) return false;
  const prior = previousWords(text, token.start, 4);
  const last = prior[prior.length - 1];
  if (last === undefined || !PERSON_INTRODUCERS.has(last)) return false;
  return prior.slice(0, -1).some((word) => ["my", "our", "his", "her", "their"].includes(word));
}
