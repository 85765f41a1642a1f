// Cuts a text's words into runs of candidate names (capitalised runs, lower-case names, initials).
import type { SpanIndex } from "./known-words";
import {
  addLowerCaseCoordinates,
  initialsByCue,
  isLowerCaseGivenName,
  isLowerCaseNameAfterIntroducer,
  isLowerCaseTyped,
  lowerCaseNameCue,
  unknownLowerCaseWord,
} from "./lower-case-names";
import { type Chunk, CONNECTORS, joinedBySpace, newChunk, type TokenFacts, verdict } from "./name-token-facts";

function isCandidate(fact: TokenFacts, allowed: SpanIndex): boolean {
  const { token } = fact;
  if (!token.capitalised || /\p{N}/u.test(token.base)) return false;
  if (token.allCaps && !(fact.given || fact.surname)) return false;
  return !allowed.contains(token.start, token.baseEnd);
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
      isCandidate(next, allowed) &&
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
    const lowerCue = lowerCaseNameCue(text, facts, index) ?? (lowerCaseTyped && unknownLowerCaseWord(fact));
    if (isLowerCaseGivenName(fact) || isLowerCaseNameAfterIntroducer(text, fact) || lowerCue) {
      const run = [fact];
      const following = facts[index + 1];
      if (following && !following.token.capitalised && following.surname && !following.ordinary) {
        run.push(following);
        index++;
      }
      const chunk = newChunk(run, true);
      if (lowerCue) chunk.preset = verdict("person", lowerCue, 2);
      chunks.push(chunk);
      index = addLowerCaseCoordinates(text, facts, index, chunks);
    }
  }
  close();
  return chunks;
}
