import { isKnownAcronym } from "./known-acronyms";
import {
  findAllowedSpans,
  isCountryOrRegion,
  isEnglishWordForm,
  isIdentityWord,
  isLexiconFirstName,
  isLexiconPlace,
  isLexiconSurname,
  isOrdinaryWord,
  type Span,
  SpanIndex,
  wordTags,
} from "./known-words";
import {
  COPULAS,
  HONORIFICS,
  LOCATIVE_WORDS,
  MOTION_WORDS,
  NAME_FOLLOWERS,
  OPENING_TAGS,
  PERSON_INTRODUCERS,
  PERSON_OBJECT_VERBS,
  PERSON_VERBS,
  PERSONAL_POSSESSIONS,
  PERSONAL_PRONOUNS,
  PLACE_NOUNS_AFTER,
  PLACE_TYPES_STRONG,
  PLACE_TYPES_WEAK,
  SPEECH_VERBS,
  TALK_WORDS,
} from "./name-cues";
import { hasNameShape, hasNonEnglishLetters, isGazetteerGivenName, isGazetteerSurname } from "./name-gazetteer";
import { isLexiconFamilyName, isLexiconGivenName, isNameWithOrdinarySense } from "./name-lexicon";
import { foldForMatch, tokeniseWords, type WordToken } from "./text-matching";
import type { Detection } from "./types";

const CONNECTORS = new Set(
  "de da do dos das van von der den ter bin binti bint ibn al el ní nic di del della du ap y".split(" "),
);

const PLACE_SHAPE =
  /(?:ton|ham|ford|bury|borough|brough|field|ley|leigh|den|hurst|wick|wich|stead|combe|mouth|minster|chester|caster|worth|ington|thorpe|well|bridge|gate|stone|church|dean|holt|mere|hithe|hythe|cote|stow|shaw|sted|wold|ock|ey|don)$/u;

interface TokenFacts {
  token: WordToken;
  tags: Set<string>;
  given: boolean;
  /** A given name in any list, even one with an ordinary sense ("Hope", "Will", "Storm"). */
  anyGiven: boolean;
  surname: boolean;
  ordinary: boolean;
  identity: boolean;
  country: boolean;
  lexiconPlace: boolean;
  nonEnglish: boolean;
  honorific: boolean;
}

interface Chunk {
  facts: TokenFacts[];
  lowerCase: boolean;
  /** Set when a cue already decided the chunk (lower-case names, initials). */
  preset?: Verdict;
  kind: "person" | "place" | null;
  reason: string;
  strength: number;
}

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

  for (const chunk of chunks) classify(text, chunk, compromise);
  propagate(chunks);
  coordinate(text, chunks);

  const detections: Detection[] = [...detectDottedInitials(text), ...detectAddressedNames(text, allowed)];
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
  const seen = new Set<string>();
  return detections.filter((detection) => {
    const key = `${detection.start}:${detection.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const SPEAKER_LABEL = /^[ \t]*((?:\p{Lu}[\p{L}'’-]*)(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})[ \t]*:/gmu;
const GREETING =
  /(?<![\p{L}])(?:hi|hiya|hello|hey|dear|thanks|thank you|cheers|regards|best wishes|many thanks|morning|evening)[ \t]*,?[ \t]+(\p{L}[\p{L}'’-]+)(?=[ \t]*(?:[,.!:;\n]|$))/giu;
const NOT_SPEAKERS = new Set(
  "interviewer facilitator participant respondent moderator speaker researcher q a note notes summary question answer comment comments theme re subject from to date cc".split(
    " ",
  ),
);

/** Speaker labels at the start of a line ("Kasia: …") and names in greetings or sign-offs ("Hi Tunde,", "Thanks, Bex"). */
function detectAddressedNames(text: string, allowed: SpanIndex): Detection[] {
  const detections: Detection[] = [];
  const add = (start: number, end: number, reason: string) => {
    const value = text.slice(start, end);
    const words = foldForMatch(value).split(/\s+/u);
    if (words.some((word) => NOT_SPEAKERS.has(word)) || allowed.overlaps(start, end)) return;
    if (words.every((word) => isOrdinaryWord(word) && !isAnyGivenName(word))) return;
    detections.push({ start, end, category: "person", reason, source: "nlp", identity: `person:${words.join(" ")}` });
  };
  for (const match of text.matchAll(SPEAKER_LABEL)) {
    const start = match.index + match[0].indexOf(match[1]);
    add(start, start + match[1].length, "Speaker's name before a colon");
  }
  for (const match of text.matchAll(GREETING)) {
    const start = match.index + match[0].length - match[1].length;
    add(start, start + match[1].length, "Name in a greeting or sign-off");
  }
  return detections;
}

const DOTTED_INITIALS = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.[ \t]?){2,3}/gu;

/** "J.D. said", "ask K.O.": initials written with full stops, with a cue on either side. */
function detectDottedInitials(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(DOTTED_INITIALS)) {
    const value = match[0].trimEnd();
    const end = match.index + value.length;
    const after = nextWords(text, end, 1)[0];
    const prior = previousWords(text, match.index, 4);
    const last = prior[prior.length - 1];
    const cued =
      (after !== undefined && (SPEECH_VERBS.has(after) || isPastTenseVerb(after) || PERSONAL_POSSESSIONS.has(after))) ||
      (last !== undefined && (PERSON_OBJECT_VERBS.has(last) || HONORIFICS.has(last))) ||
      introducedAsPerson(prior);
    if (!cued) continue;
    detections.push({
      start: match.index,
      end,
      category: "person",
      reason: "Initials with full stops and a cue",
      source: "nlp",
      identity: `person:${foldForMatch(value.replace(/[.\s]/gu, ""))}`,
    });
  }
  return detections;
}

interface CompromiseReading {
  tags: Map<number, Set<string>>;
  people: SpanIndex;
  places: SpanIndex;
}

/**
 * Word tags from compromise's lexicon (with their parent tags) rather than a full parse, which takes
 * seconds on a long transcript; people and places are the words the lexicon tags as names or places.
 */
function readCompromise(tokens: WordToken[]): CompromiseReading {
  const tags = new Map<number, Set<string>>();
  const people: Span[] = [];
  const places: Span[] = [];
  for (const token of tokens) {
    const found = wordTags(token.base);
    tags.set(token.start, found);
    if (!token.capitalised) continue;
    if (found.has("Person") || found.has("FirstName") || found.has("LastName")) {
      people.push({ start: token.start, end: token.baseEnd });
    } else if (found.has("City") || found.has("Place") || found.has("Region")) {
      places.push({ start: token.start, end: token.baseEnd });
    }
  }
  return { tags, people: new SpanIndex(people), places: new SpanIndex(places) };
}

function tokenFacts(token: WordToken, tags: Set<string> | undefined): TokenFacts {
  const parts = token.base.split(/[-‐]/u).filter(Boolean);
  const ordinary = isOrdinaryWord(token.base, token.sentenceInitial);
  return {
    token,
    tags: tags ?? new Set(),
    given: parts.some(
      (part) =>
        isGazetteerGivenName(part) ||
        ((isLexiconFirstName(part) || isLexiconGivenName(part)) && isDistinctiveName(part)),
    ),
    surname: parts.some(
      (part) =>
        isGazetteerSurname(part) ||
        hasNameShape(part) ||
        ((isLexiconSurname(part) || isLexiconFamilyName(part)) && isDistinctiveName(part)),
    ),
    anyGiven: parts.some((part) => isAnyGivenName(part)),
    ordinary,
    identity: isIdentityWord(token.base),
    country: isCountryOrRegion(token.base),
    lexiconPlace: isLexiconPlace(token.base),
    nonEnglish: hasNonEnglishLetters(token.base),
    honorific: HONORIFICS.has(foldForMatch(token.base.replace(/\.$/u, ""))),
  };
}

/** An everyday English word (compromise's lexicon or SCOWL's common words), directly or by its base form. */
function isCommonEnglish(folded: string): boolean {
  return isEnglishWordForm(folded);
}

const FUNCTION_TAGS = ["Determiner", "Preposition", "Conjunction", "Pronoun", "QuestionWord", "Copula", "Auxiliary"];

function isAnyGivenName(word: string): boolean {
  if (FUNCTION_TAGS.some((tag) => wordTags(word).has(tag)) || PERSON_INTRODUCERS.has(foldForMatch(word))) return false;
  return isGazetteerGivenName(word) || isLexiconFirstName(word) || isLexiconGivenName(word);
}

/** A lexicon name with no ordinary English sense, long enough not to be an abbreviation. */
function isDistinctiveName(word: string): boolean {
  return word.length >= 3 && !isNameWithOrdinarySense(word) && !isOrdinaryWord(word);
}

function isCandidate(fact: TokenFacts, allowed: SpanIndex): boolean {
  const { token } = fact;
  if (!token.capitalised || /\p{N}/u.test(token.base)) return false;
  if (token.allCaps && !(fact.given || fact.surname)) return false;
  return !allowed.contains(token.start, token.baseEnd);
}

function buildChunks(text: string, facts: TokenFacts[], allowed: SpanIndex): Chunk[] {
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

/** "oluwaseun and priyanka": a lower-case word with no ordinary sense, listed after a lower-case name. */
function addLowerCaseCoordinates(text: string, facts: TokenFacts[], index: number, chunks: Chunk[]): number {
  let cursor = index;
  for (;;) {
    const next = facts[cursor + 1];
    if (!next || next.token.capitalised) return cursor;
    const between = text.slice(facts[cursor].token.end, next.token.start);
    const joined = /^\s*(?:,|&)?\s*$/u.test(between) && /[,&]/u.test(between);
    const andNext = facts[cursor + 2];
    if (joined && isBareLowerCaseName(next)) {
      chunks.push({ ...newChunk([next], true), preset: verdict("person", "Name listed alongside a name", 2) });
      cursor++;
      continue;
    }
    if (
      ["and", "or"].includes(next.token.folded) &&
      /^\s+$/u.test(between) &&
      andNext &&
      !andNext.token.capitalised &&
      isBareLowerCaseName(andNext)
    ) {
      chunks.push({ ...newChunk([andNext], true), preset: verdict("person", "Name listed alongside a name", 2) });
      cursor += 2;
      continue;
    }
    return cursor;
  }
}

function isBareLowerCaseName(fact: TokenFacts): boolean {
  const { token } = fact;
  return (
    token.base.length >= 3 &&
    !fact.ordinary &&
    !fact.identity &&
    !fact.country &&
    !/\p{N}/u.test(token.base) &&
    !isCommonEnglish(token.folded) &&
    !PERSON_INTRODUCERS.has(token.folded)
  );
}

/**
 * A comment typed in lower case ("i think…", no capital after a full stop): names are in lower case too,
 * so a word no list knows is taken for one.
 */
function isLowerCaseTyped(text: string, facts: TokenFacts[]): boolean {
  const starts = facts.filter((fact) => fact.token.sentenceInitial);
  const lowerStarts = starts.filter((fact) => !fact.token.capitalised).length;
  const lowerI = facts.some((fact) => fact.token.text === "i");
  return lowerI || (starts.length > 0 && lowerStarts / starts.length >= 0.8) || !/\p{Lu}/u.test(text);
}

/** A lower-case word of four letters or more that is no English word, acronym of the field or near-miss typo. */
function unknownLowerCaseWord(fact: TokenFacts): string | null {
  const { token } = fact;
  if (token.capitalised || token.base.length < 4 || /[\p{N}'’-]/u.test(token.base)) return null;
  if (fact.ordinary || fact.identity || fact.country || isEnglishWordForm(token.folded)) return null;
  if (isKnownAcronym(token.base) || PERSON_INTRODUCERS.has(token.folded) || JARGON.has(token.folded)) return null;
  if (isTypoOfEnglish(token.folded)) return null;
  return "Unknown word in a comment typed in lower case (most likely a name)";
}

/** Words of the field and of typing that no dictionary lists. */
const JARGON = new Set(
  `lado mash camhs ehcp sgo asye nqsw iro iros dsl cafcass ofsted caseload caseloads signposting signposted
  safeguarding workload workloads wellbeing rota rotas nrpf uasc yot yos cwd edt ftmr irh plo pep peps chrono
  chronology chronologies genogram genograms ecomap mosaic liquidlogic lcs ehm bsl esol adhd asd send sencos senco
  gonna wanna gotta innit tbh imo imho lol omg asap btw fyi etc aswell alot abit thats dont cant wont isnt didnt
  doesnt wasnt havent hasnt couldnt shouldnt wouldnt ive youre theyre theres whats lets thankyou ok okay hmm
  covid wfh hybrid teams zoom whatsapp email emails emailed emailing online offline`.split(/\s+/u),
);

/** One slip from an English word: two letters swapped, or (for longer words) one letter too many. */
function isTypoOfEnglish(folded: string): boolean {
  for (let index = 0; index + 1 < folded.length; index++) {
    const swapped = folded.slice(0, index) + folded[index + 1] + folded[index] + folded.slice(index + 2);
    if (swapped !== folded && isEnglishWordForm(swapped)) return true;
  }
  if (folded.length >= 6) {
    for (let index = 0; index < folded.length; index++) {
      if (isEnglishWordForm(folded.slice(0, index) + folded.slice(index + 1))) return true;
    }
  }
  return false;
}

const LOWER_HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "mx"]);
const NOT_BEFORE_A_NAME = new Set(
  "the a an this that these those my your his her our their its some any no every i you we they he she it very so too".split(
    " ",
  ),
);

/**
 * Lower-case names that a cue shows ("ask mrs kowalczyk", "i asked summer to cover", "my colleague hope said",
 * "rose said"). A given name with an ordinary sense needs a following word that a name takes and the word does not.
 */
function lowerCaseNameCue(text: string, facts: TokenFacts[], index: number): string | null {
  const fact = facts[index];
  const { token } = fact;
  if (token.capitalised || token.base.length < 3 || /\p{N}/u.test(token.base) || fact.identity || fact.country)
    return null;
  if (PERSON_INTRODUCERS.has(token.folded) || NOT_BEFORE_A_NAME.has(token.folded)) return null;
  if (fact.ordinary && !fact.anyGiven && !fact.surname) return null;
  const previous = facts[index - 1];
  const joined = previous && /^[ \t]+$/u.test(text.slice(previous.token.end, token.start));
  const distinctive =
    !fact.ordinary &&
    !isCommonEnglish(token.folded) &&
    !/['’]/u.test(token.base) &&
    !hasTag(fact, ["Verb", "Adverb", "Adjective", "Negative", "Modal", "Preposition", "Conjunction", "Determiner"]);
  if (joined && LOWER_HONORIFICS.has(previous.token.folded) && (distinctive || fact.surname || fact.anyGiven)) {
    return "Name after a title (mr, mrs, dr …)";
  }
  if (!fact.anyGiven && !distinctive) return null;
  const next = facts[index + 1];
  const after = nextWords(text, token.end, 1)[0];
  const followedLikeAName = after === undefined || NAME_FOLLOWERS.has(after);
  const prior = previousWords(text, token.start, 4);
  const last = prior[prior.length - 1];
  const objectOfVerb =
    last !== undefined &&
    (PERSON_OBJECT_VERBS.has(last) ||
      ((last === "to" || last === "with") && TALK_WORDS.has(prior[prior.length - 2] ?? "")));
  if (token.possessive && after !== undefined && PERSONAL_POSSESSIONS.has(after)) {
    return "Possessive followed by a personal noun (“kasia's mum”)";
  }
  if (objectOfVerb && (followedLikeAName || distinctive)) return "Name after a verb that takes a person (ask, tell …)";
  if (introducedAsPerson(prior) && (followedLikeAName || distinctive || nextIsPastOrCopula(next))) {
    return "Name introduced by a role or relation (“my colleague …”)";
  }
  if (
    fact.anyGiven &&
    after !== undefined &&
    ((SPEECH_VERBS.has(after) && !["was", "is", "has", "had", "does", "did", "would", "will"].includes(after)) ||
      isPastTenseVerb(after) ||
      isThirdPersonVerb(after)) &&
    (last === undefined || !NOT_BEFORE_A_NAME.has(last)) &&
    !hasTag(previous ?? fact, ["Adjective", "Determiner", "Preposition", "Pronoun"])
  ) {
    return "Given name followed by a verb of speech (“rose said”)";
  }
  return null;
}

function isPastTenseVerb(word: string): boolean {
  const tags = wordTags(word);
  return (
    tags.has("PastTense") &&
    !tags.has("Adjective") &&
    !tags.has("Noun") &&
    !tags.has("Copula") &&
    !tags.has("Auxiliary")
  );
}

/** "manages", "works", "covers": a present-tense verb after a name ("Dean manages the team"). */
function isThirdPersonVerb(word: string): boolean {
  const tags = wordTags(word);
  if (tags.has("Copula") || tags.has("Auxiliary") || tags.has("Modal")) return false;
  if (tags.has("PresentTense") && /s$/u.test(word)) return true;
  return tags.size === 0 && /[^s]s$/u.test(word) && wordTags(word.slice(0, -1)).has("Infinitive");
}

function nextIsPastOrCopula(next: TokenFacts | undefined): boolean {
  return next !== undefined && (next.tags.has("PastTense") || next.tags.has("Copula"));
}

/** "JD said", "ask KO about it", "my manager AB": two or three capitals that are no known acronym, with a cue. */
function initialsByCue(text: string, facts: TokenFacts[], index: number, allowed: SpanIndex): Verdict | null {
  const { token } = facts[index];
  if (
    !/^\p{Lu}{2,3}$/u.test(token.base) ||
    isKnownAcronym(token.base) ||
    HONORIFICS.has(token.folded) ||
    allowed.contains(token.start, token.baseEnd)
  )
    return null;
  const prior = previousWords(text, token.start, 4);
  const last = prior[prior.length - 1];
  const after = nextWords(text, token.end, 1)[0];
  if (last !== undefined && (PERSON_OBJECT_VERBS.has(last) || HONORIFICS.has(last) || last === "with")) {
    return verdict("person", "Initials after a verb that takes a person", 2);
  }
  if (last === "and" && ["me", "i"].includes(prior[prior.length - 2] ?? "")) {
    return verdict("person", "Initials in “me and …”", 2);
  }
  if (after !== undefined && isPastTenseVerb(after)) return verdict("person", "Initials followed by a past tense", 2);
  if (introducedAsPerson(prior)) return verdict("person", "Initials introduced by a role or relation", 2);
  if (token.possessive && after !== undefined && PERSONAL_POSSESSIONS.has(after)) {
    return verdict("person", "Initials followed by a personal noun", 2);
  }
  if (
    after !== undefined &&
    SPEECH_VERBS.has(after) &&
    !["was", "is", "has", "had", "does", "did", "would", "will"].includes(after)
  ) {
    return verdict("person", "Initials followed by a verb of speech", 2);
  }
  return null;
}

function newChunk(facts: TokenFacts[], lowerCase: boolean): Chunk {
  return { facts, lowerCase, kind: null, reason: "", strength: 0 };
}

function joinedBySpace(text: string, from: number, to: number): boolean {
  return /^[ \t]{1,2}$/u.test(text.slice(from, to));
}

function isLowerCaseGivenName(fact: TokenFacts): boolean {
  const { token } = fact;
  return (
    !token.capitalised &&
    token.base.length >= 4 &&
    (isGazetteerGivenName(token.base) ||
      (isLexiconGivenName(token.base) && isDistinctiveName(token.base)) ||
      (token.base.length >= 5 &&
        (isGazetteerSurname(token.base) || isLexiconFamilyName(token.base)) &&
        isDistinctiveName(token.base))) &&
    !fact.ordinary &&
    !isEnglishWordForm(token.folded) &&
    !/\p{Lu}/u.test(token.base)
  );
}

/** "my line manager dorcas": a lower-case, non-dictionary word right after "my/our … manager". */
function isLowerCaseNameAfterIntroducer(text: string, fact: TokenFacts): boolean {
  const { token } = fact;
  if (token.capitalised || fact.ordinary || fact.identity || token.base.length < 3 || /\p{N}/u.test(token.base))
    return false;
  if (PERSON_INTRODUCERS.has(token.folded) || /(?:or|er|ist|ant|ent|ian)$/u.test(token.folded)) return false;
  const prior = previousWords(text, token.start, 4);
  const last = prior[prior.length - 1];
  if (last === undefined || !PERSON_INTRODUCERS.has(last)) return false;
  return prior.slice(0, -1).some((word) => ["my", "our", "his", "her", "their"].includes(word));
}

function previousWords(text: string, start: number, count: number): string[] {
  const before = text.slice(Math.max(0, start - 80), start);
  const found = before.match(/[\p{L}\p{M}'’-]+|[,;:.!?()—–]/gu) ?? [];
  return found.slice(-count).map((word) => foldForMatch(word));
}

function nextWords(text: string, end: number, count: number): string[] {
  const after = text.slice(end, end + 80);
  const found = after.match(/[\p{L}\p{M}'’-]+|[,;:.!?()—–]/gu) ?? [];
  return found.slice(0, count).map((word) => foldForMatch(word));
}

function setKind(chunk: Chunk, kind: Chunk["kind"], reason: string, strength: number): void {
  chunk.kind = kind;
  chunk.reason = reason;
  chunk.strength = strength;
}

interface Verdict {
  kind: "person" | "place";
  reason: string;
  /** 3: direct evidence (title, street word); 2: a good cue; 1: a weak cue, overridden by anything better. */
  strength: number;
}

function verdict(kind: Verdict["kind"], reason: string, strength: number): Verdict {
  return { kind, reason, strength };
}

function classify(text: string, chunk: Chunk, compromise: CompromiseReading): void {
  const found = chunk.preset ?? classifyChunk(text, chunk, compromise);
  if (!found) return;
  setKind(chunk, found.kind, found.reason, found.strength);
  if (found.kind === "person") trimLeadingPlainWords(chunk);
}

/** "Great Missenden" keeps its first word as a place; in front of a person's name an ordinary word is not the name. */
function trimLeadingPlainWords(chunk: Chunk): void {
  while (chunk.facts.length > 1 && isPlainWord(chunk.facts[0])) chunk.facts.shift();
}

function classifyChunk(text: string, chunk: Chunk, compromise: CompromiseReading): Verdict | null {
  if (chunk.lowerCase) {
    return verdict("person", "Lower-case given name from the name gazetteer", 2);
  }
  let titled = false;
  while (chunk.facts.length > 0 && chunk.facts[0].honorific) {
    chunk.facts.shift();
    titled = true;
  }
  if (chunk.facts.length > 0 && !titled && isCountryOrRegion(spanText(text, chunk.facts))) return null;
  while (
    chunk.facts.length > 0 &&
    isOpener(chunk.facts[0]) &&
    !(chunk.facts.length > 1 && PLACE_PREFIXES.has(chunk.facts[0].token.folded)) &&
    !(chunk.facts.length === 1 && (!chunk.facts[0].token.sentenceInitial || chunk.facts[0].token.possessive))
  )
    chunk.facts.shift();
  if (chunk.facts.length > 0 && !titled && isCountryOrRegion(spanText(text, chunk.facts))) return null;
  const before = chunk.facts[0] ? previousWords(text, chunk.facts[0].token.start, 4) : [];
  if (!titled && before.length > 0 && HONORIFICS.has(before[before.length - 1].replace(/\.$/u, ""))) titled = true;

  const strongPlaceIndex = chunk.facts.findIndex(
    (fact, index) => index > 0 && PLACE_TYPES_STRONG.has(fact.token.folded) && !fact.token.possessive,
  );
  if (strongPlaceIndex > 0) {
    chunk.facts = chunk.facts.slice(0, strongPlaceIndex + 1);
    return verdict("place", "Street or estate name", 3);
  }

  while (
    chunk.facts.length > 1 &&
    (chunk.facts[chunk.facts.length - 1].identity || chunk.facts[chunk.facts.length - 1].country)
  ) {
    chunk.facts.pop();
  }
  if (chunk.facts.length === 0) return null;

  const first = chunk.facts[0];
  const last = chunk.facts[chunk.facts.length - 1];
  const start = first.token.start;
  const end = last.token.baseEnd;
  const prior = previousWords(text, start, 4);
  const after = nextWords(text, last.token.end, 9);
  const afterRaw = text.slice(last.token.end, last.token.end + 40);
  const single = chunk.facts.length === 1;
  const nameWords = chunk.facts.filter(
    (fact) => !fact.ordinary && !fact.identity && !fact.country && !isDemonymUse(text, fact.token),
  );
  const locative = locativeBefore(prior);
  if (
    !single &&
    PLACE_TYPES_WEAK.has(last.token.folded) &&
    (locative || motionTo(prior)) &&
    prior[prior.length - 1] !== "the"
  ) {
    return verdict("place", "Named building after a place preposition (“moving to Bridge House”)", 1);
  }
  if (single && !titled && LANGUAGE_USE_AFTER.has(after[0] ?? "")) return null;
  const familyAfter =
    single && prior[prior.length - 1] === "the" && FAMILY_NOUNS.has(after[0] ?? "") && !first.token.sentenceInitial;
  if (
    familyAfter &&
    !first.identity &&
    !first.country &&
    !isDemonymUse(text, first.token) &&
    !/-speaking$/u.test(first.token.folded)
  )
    return verdict("person", "Family name (“the … family”)", 3);
  const introducedEarly = introducedAsPerson(prior);
  const possessiveEarly = last.token.possessive && after.length > 0 && PERSONAL_POSSESSIONS.has(after[0]);
  if (nameWords.length === 0 && !titled) {
    const plain = chunk.facts.every(
      (fact) => !fact.identity && !fact.country && !hasTag(fact, ["Pronoun"]) && fact.token.base !== "I",
    );
    if (plain && single && introducedEarly)
      return verdict("person", "Name introduced by a role or relation (“my manager …”)", 3);
    if (
      plain &&
      single &&
      possessiveEarly &&
      (!first.token.sentenceInitial || !hasTag(first, ["Pronoun", "Determiner", "Adverb", "Date", "Value"]))
    ) {
      return verdict("person", "Possessive followed by a personal noun", 3);
    }
    const ordinaryGiven = chunk.facts.some((fact) => fact.given || fact.anyGiven);
    const lastPrior = prior[prior.length - 1] ?? "";
    const personCue =
      PERSON_OBJECT_VERBS.has(lastPrior) ||
      ((lastPrior === "with" || lastPrior === "to") &&
        (TALK_WORDS.has(prior[prior.length - 2] ?? "") || prior[prior.length - 2] === "worked"));
    if (
      !ordinaryGiven &&
      plain &&
      single &&
      personCue &&
      !first.token.sentenceInitial &&
      !DEPARTMENTS.has(first.token.folded) &&
      !hasTag(first, ["Verb", "Adjective", "Adverb", "Preposition", "Determiner", "Pronoun", "Date", "Value"])
    ) {
      return verdict("person", "Capitalised word after a verb that takes a person", 1);
    }
    if (
      !ordinaryGiven &&
      plain &&
      single &&
      !first.token.sentenceInitial &&
      (locativeBefore(prior) || motionTo(prior)) &&
      !DEPARTMENTS.has(first.token.folded) &&
      !NOT_PLACES.has(first.token.folded) &&
      !hasTag(first, ["Verb", "Adjective", "Adverb", "Preposition", "Determiner", "Pronoun", "Date", "Value"])
    ) {
      return verdict("place", "Capitalised word after a place preposition (“moved to Battle”)", 1);
    }
    if (!ordinaryGiven) return null;
    if (first.token.sentenceInitial && single && predicateIsPerson(after)) {
      return verdict("person", "Given name described as a person (“… was the one who”)", 2);
    }
    if (first.token.sentenceInitial) {
      const speechAfter =
        after.length > 0 &&
        ((SPEECH_VERBS.has(after[0]) &&
          !["was", "is", "has", "had", "does", "did", "would", "will"].includes(after[0])) ||
          isPastTenseVerb(after[0]) ||
          isThirdPersonVerb(after[0]) ||
          (after[0] === "and" && ["i", "me"].includes(after[1] ?? "")));
      if (single && speechAfter) return verdict("person", "Given name followed by a verb of speech", 2);
      return null;
    }
    if (single && !PLACE_NOUNS_AFTER.has(after[0] ?? "") && !PLACE_TYPES_WEAK.has(after[0] ?? "")) {
      return verdict("person", "Capitalised given name mid-sentence", 2);
    }
  }

  const saintIndex = chunk.facts.findIndex(
    (fact, index) => /^(?:st|saint)$/u.test(fact.token.folded) && index + 1 < chunk.facts.length,
  );
  if (saintIndex >= 0) return verdict("place", "Place or church named after a saint", 2);
  const weakPlaceIndex = chunk.facts.findIndex((fact, index) => index > 0 && PLACE_TYPES_WEAK.has(fact.token.folded));
  const placeNounAfter = after.length > 0 && PLACE_NOUNS_AFTER.has(after[0]);
  const talkedAbout =
    prior.length >= 2 &&
    TALK_WORDS.has(prior[prior.length - 2]) &&
    ["to", "from", "with"].includes(prior[prior.length - 1]);
  const introduced = introducedAsPerson(prior);
  const describedAfter = describedAsPerson(after);
  const verbAfter =
    after.length > 0 &&
    (PERSON_VERBS.has(after[0]) || isPastTenseVerb(after[0]) || (after[0] === "and" && after[1] === "i"));
  const possessiveOfPerson = last.token.possessive && after.length > 0 && PERSONAL_POSSESSIONS.has(after[0]);
  const compromisePerson = compromise.people.overlaps(start, end);
  const compromisePlace = compromise.places.overlaps(start, end);
  const lexiconPlace = chunk.facts.some((fact) => fact.lexiconPlace);
  const givenName = chunk.facts.some(
    (fact) => fact.given && (!fact.ordinary || !fact.token.sentenceInitial || !single),
  );
  const surname = chunk.facts.some((fact) => fact.surname && !fact.ordinary);
  const countryOnly = chunk.facts.every((fact) => fact.country || fact.identity || fact.ordinary);
  const objectOfPersonVerb = prior.length > 0 && PERSON_OBJECT_VERBS.has(prior[prior.length - 1]);
  const withBefore = prior[prior.length - 1] === "with";
  const fromTeamAfter = /^\s+from\s+(?:the\s+|our\s+)?(?:\p{Ll}|\p{Lu}{2,}\b)/u.test(afterRaw);
  const personPredicate = predicateIsPerson(after);

  if (weakPlaceIndex > 0 && nameWords.some((fact) => chunk.facts.indexOf(fact) < weakPlaceIndex)) {
    chunk.facts = chunk.facts.slice(0, weakPlaceIndex + 1);
    return verdict("place", "Name of a building or local landmark", 3);
  }
  if (titled) return verdict("person", "Name after a title (Mr, Mrs, Dr …)", 3);
  if (introduced) return verdict("person", "Name introduced by a role or relation (“my manager …”)", 3);
  if (possessiveOfPerson && !lexiconPlace) return verdict("person", "Possessive followed by a personal noun", 3);
  if (countryOnly && !givenName) return null;
  if (objectOfPersonVerb && !lexiconPlace)
    return verdict("person", "Name after a verb that takes a person (ask, tell, supervise …)", 2);
  if (personPredicate && !lexiconPlace)
    return verdict("person", "Name described as a person (“… were the only two speakers”)", 2);
  if ((placeNounAfter || lexiconPlace || compromisePlace) && !givenName && !describedAfter && !verbAfter) {
    const reason = placeNounAfter ? "Name before a place word (estate, area …)" : "Place name (compromise)";
    return verdict("place", reason, 2);
  }
  if (locative && !givenName && !talkedAbout && !describedAfter && !last.token.possessive) {
    return verdict("place", "Name after a place preposition (in, near, from …)", 2);
  }
  if (describedAfter || talkedAbout) return verdict("person", "Name followed by a description of a person", 3);
  if (givenName) return verdict("person", "Given name from the name gazetteer", 2);
  if (verbAfter && !first.token.sentenceInitial)
    return verdict("person", "Capitalised name followed by a verb of speech or action", 2);
  if (verbAfter && (surname || first.nonEnglish)) return verdict("person", "Name shape followed by a verb", 2);
  if (verbAfter && nameWords.length === chunk.facts.length && !hasTag(first, NON_NOUN_TAGS)) {
    return verdict("person", "Unrecognised capitalised word followed by a verb of speech or action", 1);
  }
  if (compromisePerson) return verdict("person", "Person name (compromise)", 2);
  if (surname) return verdict("person", "Surname or name shape from a naming tradition", 2);
  if (last.token.possessive && !first.token.sentenceInitial) return verdict("person", "Capitalised possessive", 1);
  if (first.nonEnglish && nameWords.length > 0) return verdict("person", "Name with non-English letters", 1);
  if (nameWords.length >= 2 && !first.token.sentenceInitial)
    return verdict("person", "Run of capitalised name-like words", 1);
  if (nameWords.length > 0 && withBefore && !placeNounAfter)
    return verdict("person", "Capitalised name after “with”", 1);
  if (nameWords.length > 0 && fromTeamAfter) return verdict("person", "Name followed by “from” and a team", 1);
  if (single && !first.token.sentenceInitial && nameWords.length === 1 && PLACE_SHAPE.test(first.token.folded)) {
    return verdict("place", "Capitalised word shaped like an English place name", 1);
  }
  if (nameWords.length > 0 && pronounFollows(text, last.token.end)) {
    return verdict("person", "Capitalised name referred to as he or she", 1);
  }
  const unknown = nameWords.filter((fact) => !fact.token.allCaps);
  if (!first.token.sentenceInitial && unknown.length > 0 && unknown.length === nameWords.length) {
    return verdict("person", "Capitalised word mid-sentence that is no English word (most likely a name)", 1);
  }
  return null;
}

/** Capitalised words that follow "in", "at" or "to" without naming a place ("in Court", "at Panel"). */
const NOT_PLACES = new Set(
  `court panel supervision care duty conference review practice school college university church work hospital
  office business training induction hand touch time person general total summary particular future
  practice future mind charge contact`.split(/\s+/u),
);

/** "the Wood family", "the Begum children": the word before is the family's surname. */
const FAMILY_NOUNS = new Set(
  "family family's families children kids household siblings brothers sisters boys girls twins case".split(" "),
);

/** Departments people ring or email by name ("rang Housing", "emailed Legal"): not a person. */
const DEPARTMENTS = new Set(
  `housing legal finance health education duty police payroll admin hr it estates procurement panel court courts
  reception facilities comms communications safeguarding schools transport pensions recruitment fostering adoption
  placements commissioning audit insurance security parking benefits camhs ofsted cafcass hmrc dwp`.split(/\s+/u),
);

/** First words of place names ("Great Missenden", "Upper Norwood"): kept when a name follows. */
const PLACE_PREFIXES = new Set(
  "great little upper lower north south east west new old long high nether kings market broad church".split(" "),
);

/** "the Tigrinya interpreter": a capitalised word before these names a language. */
const LANGUAGE_USE_AFTER = new Set(
  "interpreter interpreters interpreting translator translators translation speaker speakers speaking language".split(
    " ",
  ),
);

const GROUP_NOUNS = new Set(
  `family families community communities mum mother dad father parents boy boys girl girls woman women man men child
  children kids people staff worker workers speakers language culture food heritage background descent household
  grandmother grandfather teenager teenagers students refugees nationals lads`.split(/\s+/u),
);

/** "the Kosovan family": a capitalised word shaped like a nationality, used before a noun for people. */
function isDemonymUse(text: string, token: WordToken): boolean {
  if (!/(?:an|ian|ese|ish|i|ic|ean|ot)$/u.test(token.folded)) return false;
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(token.end, token.end + 30));
  return next !== null && GROUP_NOUNS.has(next[1]);
}

function motionTo(prior: string[]): boolean {
  return prior[prior.length - 1] === "to" && prior.slice(-3, -1).some((word) => MOTION_WORDS.has(word));
}

/** "… were the only two Urdu speakers", "… is our new ASYE": a copula then a noun for a person. */
function predicateIsPerson(after: string[]): boolean {
  let index = 0;
  if (after[index] === "and" || after[index] === "&") index += 2;
  if (!COPULAS.has(after[index] ?? "")) return false;
  if (after[index + 1] === "the" && after[index + 2] === "one" && ["who", "that"].includes(after[index + 3] ?? "")) {
    return true;
  }
  for (const word of after.slice(index + 1, index + 8)) {
    if (/^[,;:.!?()—–]$/u.test(word)) return false;
    if (PERSON_INTRODUCERS.has(word) || PERSON_INTRODUCERS.has(word.replace(/s$/u, ""))) return true;
  }
  return false;
}

/** A he/she/his/her soon after the name, before any other capitalised word, points back to it. */
function pronounFollows(text: string, end: number): boolean {
  const window = text.slice(end, end + 120);
  for (const match of window.matchAll(/[\p{L}'’]+/gu)) {
    const word = match[0];
    if (/^\p{Lu}/u.test(word) && word !== "I") return false;
    if (PERSONAL_PRONOUNS.has(word.toLowerCase())) return true;
  }
  return false;
}

function spanText(text: string, facts: TokenFacts[]): string {
  return text.slice(facts[0].token.start, facts[facts.length - 1].token.baseEnd);
}

function isOpener(fact: TokenFacts): boolean {
  if (fact.given || fact.surname) return false;
  if (fact.anyGiven) return false;
  if (!fact.ordinary && !fact.token.sentenceInitial) return false;
  return [...fact.tags].some((tag) => OPENING_TAGS.has(tag)) || (fact.token.sentenceInitial && fact.ordinary);
}

function isPlainWord(fact: TokenFacts): boolean {
  return (fact.ordinary || fact.identity) && !fact.given && !fact.surname && !fact.nonEnglish;
}

const NON_NOUN_TAGS = [
  "Verb",
  "Adjective",
  "Adverb",
  "Determiner",
  "Preposition",
  "Conjunction",
  "Pronoun",
  "Date",
  "Value",
];

function hasTag(fact: TokenFacts, tags: string[]): boolean {
  return tags.some((tag) => fact.tags.has(tag));
}

function locativeBefore(prior: string[]): boolean {
  const last = prior[prior.length - 1];
  if (last === undefined) return false;
  if (LOCATIVE_WORDS.has(last)) return true;
  if (last === "to") return prior.slice(-4, -1).some((word) => MOTION_WORDS.has(word) || word === "from");
  if (last === "of" && prior[prior.length - 2] === "outside") return true;
  return false;
}

function introducedAsPerson(prior: string[]): boolean {
  const words = prior.filter((word) => word !== ",");
  const last = words[words.length - 1];
  if (last === undefined) return false;
  if (last === "called" || last === "named" || (last === "as" && words[words.length - 2] === "known")) return true;
  if (prior[prior.length - 1] === "," && prior.length >= 2 && PERSON_INTRODUCERS.has(prior[prior.length - 2]))
    return true;
  return PERSON_INTRODUCERS.has(last) && prior[prior.length - 1] !== ".";
}

function describedAsPerson(after: string[]): boolean {
  if (after[0] !== ",") return false;
  const window = after.slice(1, 9);
  if (
    !["my", "our", "the", "a", "an", "his", "her", "their", "one", "who", "who's", "whos"].includes(window[0] ?? "")
  ) {
    return false;
  }
  if (window[0] === "who" || window[0] === "who's") return true;
  return window.some((word) => PERSON_INTRODUCERS.has(word.replace(/['’]s$/u, "")));
}

/** A word already known as a person or place elsewhere in the text keeps that reading. */
function propagate(chunks: Chunk[]): void {
  const known = new Map<string, { kind: "person" | "place"; strength: number }>();
  for (const chunk of chunks) {
    if (!chunk.kind || chunk.strength < 2) continue;
    for (const fact of chunk.facts) {
      if (fact.ordinary || fact.identity || PLACE_TYPES_STRONG.has(fact.token.folded)) continue;
      const previous = known.get(fact.token.folded);
      if (!previous || previous.strength < chunk.strength)
        known.set(fact.token.folded, { kind: chunk.kind, strength: chunk.strength });
    }
  }
  for (const chunk of chunks) {
    if (chunk.facts.length === 0) continue;
    const matches = chunk.facts.map((fact) => known.get(fact.token.folded)).filter((value) => value !== undefined);
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

const PLURAL_PERSON_VERBS = new Set(
  "were are have had both said told went came left stayed moved were placed live lived got".split(" "),
);

/** "Precious and Blessing", "Kasia and Kojo": a name coordinated with a person is a person. */
function coordinate(text: string, chunks: Chunk[]): void {
  for (let index = 0; index + 1 < chunks.length; index++) {
    const left = chunks[index];
    const right = chunks[index + 1];
    if (left.kind || right.kind || left.facts.length !== 1 || right.facts.length !== 1) continue;
    const leftToken = left.facts[0].token;
    const rightToken = right.facts[0].token;
    if (!/^\s+(?:and|&)\s+$/u.test(text.slice(leftToken.end, rightToken.start))) continue;
    if (!left.facts[0].anyGiven && !right.facts[0].anyGiven) continue;
    if ([left, right].some((chunk) => chunk.facts[0].identity || chunk.facts[0].country)) continue;
    const after = nextWords(text, rightToken.end, 1)[0];
    if (after === undefined || !PLURAL_PERSON_VERBS.has(after)) continue;
    setKind(left, "person", "Two names before a verb of people (“… and … were placed”)", 2);
    setKind(right, "person", "Two names before a verb of people (“… and … were placed”)", 2);
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
      fact.given || (!fact.ordinary && !fact.identity && !fact.country) || isGazetteerGivenName(fact.token.base),
  );
}
