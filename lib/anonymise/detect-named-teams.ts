// Teams named by a word that does not describe their work ("the Oakfield team", "Team Beacon").

import { isKnownAcronym } from "./known-acronyms";
import { isEnglishWordForm, isEverydayWord, isIdentityWord, isOrdinaryWord, wordTags } from "./known-words";
import { isLexiconGivenName, isNameWithOrdinarySense } from "./name-lexicon";
import { detection } from "./organisation-detection";
import type { WordToken } from "./text-matching";
import type { Detection } from "./types";

/** Words that say what a team does, so "the Assessment team" is not a named team. */
export const TEAM_DESCRIPTORS = new Set(
  `assessment assessments duty intake referral referrals front door mash fostering adoption leaving care leavers
  cin cp lac cla child children protection in need looked after disabled disability disabilities cwd edge of
  family families support early help youth justice yot yos offending court courts pre-proceedings proceedings
  permanence permanency long term long-term longterm safeguarding exploitation adolescent adolescents adolescence
  contextual extra-familial harm missing unaccompanied uasc asylum no recourse nrpf 16 16+ 0-25 virtual school
  schools education therapeutic therapy clinical systemic recruitment workforce training learning development
  quality assurance qa performance data business admin administration management senior leadership slt leaders
  north south east west central inner outer northern southern eastern western mid locality localities area areas
  hospital emergency edt out hours placements placement sufficiency kinship connected persons sgo special
  guardianship supervised contact time parenting intervention interventions intensive rapid response crisis
  specialist generic new old my our their your his her the a main whole entire local county borough council
  social work worker workers care practice practitioners health mental domestic abuse violence substance
  misuse drugs alcohol housing homeless homelessness benefits finance legal commissioning transitions transition
  sen send inclusion ehcp fostering recruitment supported lodgings accommodation residential homes children's
  childrens under 5s under-fives under-5s 0-5 5-11 11-18 teenage teenagers teens baby babies infant infants
  parent parents carer carers young people person neglect sexual abuse harmful behaviour behaviours strategy
  strategic operational operations initiative pilot innovation reform transformation improvement review
  reviewing iro iros conference conferences chairs chair panel panels child's first response day night
  weekend weekday out-of-hours afternoon morning evening manager managers leader leaders member members meeting
  meetings around building players player spirit work multi-agency network steering working group targeted
  investigation investigations abuse one two three four five six seven eight several many few both all other call
  comms communications audit audits complaints locum locums liaison perinatal
  on-call`.split(/\s+/u),
);

const QUOTED_AFTER_TEAM = /\bteam[ \t]+['‘"“](\p{L}[\p{L}'’-]{2,}(?:[ \t]+\p{L}[\p{L}'’-]+)?)['’"”]/gu;
/** "the team was Kestle": a capitalised word a team is said to be, before a pause or "and" or "then". */
const TEAM_IS_NAME =
  /(?<![\p{L}])team[ \t]+(?:was|is|were|became)[ \t]+(\p{Lu}\p{Ll}[\p{L}'’-]*)(?=[ \t]*(?:[,.;:!?)\n]|$|(?:and|then|now|before|after|but)(?![\p{L}])))/gu;
/** "the lighthouse tm": a team manager's "tm" and a cohort are named by the team's or the cohort's word too. */
const TEAM_WORDS = /^(?:team|teams|hub|unit|pod|project|tm|cohort)$/u;
/** "the 'next steps' team": up to three words quoted straight before the word for a team or service. */
const QUOTED_BEFORE_TEAM =
  /['‘"“](\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,2})['’"”][ \t]+(?:team|hub|unit|service|project|programme)(?![\p{L}])/giu;
const NAME_THEN_WORK_IN_BRACKETS = /\bthe[ \t]+(\p{Lu}[\p{L}'’-]+)[ \t]*\(([\p{L} /,&+-]{2,30})\)/gu;

/**
 * The word classes teams and services take their names from (trees, flowers, birds, stones, the sky, and the
 * hopeful nouns of "Beacon" or "Compass"): in lower case ("the willow team") these still name a team.
 */
const TEAM_NAME_WORDS = new Set(
  `oak willow cedar rowan maple birch elm ash hazel beech aspen holly juniper sycamore hawthorn chestnut alder
  cherry poplar laurel yew pine linden larch magnolia acacia olive myrtle ivy fern heather
  bluebell daisy poppy iris lily lavender primrose snowdrop sunflower foxglove clover orchid jasmine rose tulip
  kingfisher robin wren swift falcon kestrel heron owl owls eagle osprey phoenix swallow lark merlin kite hawk
  puffin dove starling
  sapphire ruby emerald amber jade opal pearl topaz coral indigo crimson scarlet azure silver
  aurora orion polaris horizon rainbow comet nova solstice sunrise sunbeam star stars
  meadow meadows brook river harbour haven beacon lighthouse anchor compass bridge bridges pathway pathways gateway
  summit pinnacle evergreen oasis spring springboard acorn acorns lantern journey voyager`.split(/\s+/u),
);

/** "the Oakfield team", "the phoenix hub", "Team Beacon": a team named by a word that does not describe its work. */
export function detectNamedTeams(text: string, tokens: WordToken[]): Detection[] {
  const detections: Detection[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index];
    if (!TEAM_WORDS.test(token.folded)) continue;
    let first = index;
    while (first > 0 && index - first < 3 && /^[ \t]+$/u.test(text.slice(tokens[first - 1].end, tokens[first].start))) {
      const previous = tokens[first - 1];
      if (
        ["the", "a", "our", "my", "their", "your", "his", "her", "this", "that", "in", "of", "to", "from"].includes(
          previous.folded,
        )
      )
        break;
      first--;
    }
    const names = tokens
      .slice(first, index)
      .filter(
        (word, at) =>
          isTeamName(word) ||
          (first + at === index - 1 &&
            /^teams?$/u.test(token.folded) &&
            /^(?:the|our|my|their|your|his|her|on|in|from|joined|with)$/u.test(tokens[index - 2]?.folded ?? "") &&
            isPlainNounName(word)),
      );
    if (names.length === 0) continue;
    // Note: "our nqsw cohort", "the Step Up cohort", "one Irish TM": a cohort's or a manager's team is named by one
    // word of its own after "the", in lower case for a manager ("TM" is anyone's).
    if (
      /^(?:tm|cohort)$/u.test(token.folded) &&
      !isOwnWordBefore(tokens, index, token.text === "tm" || token.folded === "cohort")
    )
      continue;
    const start = names[0].start;
    // Note: "the lighthouse tm" is the team's manager: the team's name alone is redacted.
    const end = token.folded === "tm" ? names[names.length - 1].baseEnd : token.end;
    detections.push(detection(start, end, "team", "Named team", "nlp"));
  }
  // "the edge of care team 'kilnby'": a team's name quoted straight after the word.
  for (const match of text.matchAll(QUOTED_AFTER_TEAM)) {
    const name = match[1];
    if (!name.split(/[ \t]+/u).every(isQuotedNameWord)) continue;
    const start = match.index + match[0].indexOf(name);
    detections.push(detection(start, start + name.length, "team", "Named team, quoted after the word", "nlp"));
  }
  // "the 'next steps' team", "the 'Kiln Yard' hub": quotes set a team's name apart, whatever its words; not what
  // only describes ("the 'duty' team").
  for (const match of text.matchAll(QUOTED_BEFORE_TEAM)) {
    const words = match[1].toLowerCase().split(/[ \t]+/u);
    if (words.every((word) => TEAM_DESCRIPTORS.has(word) || wordTags(word).has("Determiner"))) continue;
    const start = match.index + 1;
    detections.push(detection(start, start + match[1].length, "team", "Named team, quoted before the word", "nlp"));
  }
  // "the disabilities team was Kestle", "our team is Larkin now": what a team is said to be, capitalised, is its name.
  for (const match of text.matchAll(TEAM_IS_NAME)) {
    const name = match[1];
    const tags = wordTags(name.toLowerCase());
    if (TEAM_DESCRIPTORS.has(name.toLowerCase()) || NOT_A_SAID_NAME_TAGS.some((tag) => tags.has(tag))) continue;
    if (isIdentityWord(name) || isLexiconGivenName(name)) continue;
    const start = match.index + match[0].length - name.length;
    detections.push(detection(start, start + name.length, "team", "Named team, said to be what the team was", "nlp"));
  }
  // "the Willows (leaving care)": a name, then what the team does in brackets.
  for (const match of text.matchAll(NAME_THEN_WORK_IN_BRACKETS)) {
    const work = match[2].toLowerCase().split(/[\s/,&]+/u);
    if (!work.every((word) => TEAM_DESCRIPTORS.has(word)) || TEAM_DESCRIPTORS.has(match[1].toLowerCase())) continue;
    const start = match.index + match[0].indexOf(match[1]);
    detections.push(detection(start, start + match[1].length, "team", "Named team", "nlp"));
  }
  for (let index = 0; index + 1 < tokens.length; index++) {
    const token = tokens[index];
    const next = tokens[index + 1];
    if (token.text !== "Team" || !next.capitalised || !/^[ \t]+$/u.test(text.slice(token.end, next.start))) continue;
    if (!isTeamName(next)) continue;
    detections.push(detection(token.start, next.baseEnd, "team", "Named team", "nlp"));
  }
  const named = [...detections];
  // "we were Larch", "open to the Falcon — sorry, the Osprey team": a capitalised word of the classes teams are
  // named from, near the word "team", is a team's name (given names aside: "Robin" is a person).
  tokens.forEach((token, index) => {
    if (!token.capitalised || token.sentenceInitial || !TEAM_NAME_WORDS.has(token.folded)) return;
    // Note: inside a longer title ("Legal Gateway Meeting", "Pathway Plan") the word names no team.
    const beside = [tokens[index - 1], tokens[index + 1]].some(
      (other) =>
        other?.capitalised &&
        /^[ \t]+$/u.test(
          other.start < token.start ? text.slice(other.end, token.start) : text.slice(token.end, other.start),
        ),
    );
    if (beside) return;
    if (named.some((found) => found.start <= token.start && token.end <= found.end)) return;
    if (
      isLexiconGivenName(token.base) ||
      !/\bteams?\b/iu.test(text.slice(Math.max(0, token.start - 120), token.end + 120))
    )
      return;
    detections.push(detection(token.start, token.baseEnd, "team", "Team named near the word team", "nlp"));
  });
  return detections;
}

/** One word before a cohort or a team manager, after "the" or a possessive, that is no acronym or group of people. */
function isOwnWordBefore(tokens: WordToken[], index: number, typed: boolean): boolean {
  const word = tokens[index - 1];
  const opener = tokens[index - 2];
  if (!typed || !word || !opener || isKnownAcronym(word.base) || isIdentityWord(word.base)) return false;
  return opener.folded === "the" || opener.possessive || word.possessive;
}

/** "team 'kilnby'", not "told the team 'why'" or "the team 'family first'": a quoted word with no part of speech or use. */
function isQuotedNameWord(word: string): boolean {
  if (TEAM_DESCRIPTORS.has(word.toLowerCase()) || isEverydayWord(word) || isIdentityWord(word)) return false;
  return wordTags(word).size === 0 && !isOrdinaryWord(word, false);
}

function isTeamName(token: WordToken): boolean {
  if (TEAM_DESCRIPTORS.has(token.folded) || /\p{N}/u.test(token.base)) return false;
  // Note: "and I've had eleven team managers", "the first Black team manager": the speaker and identities name no team.
  if (token.allCaps || /^I(?:['’]|$)/u.test(token.text) || isIdentityWord(token.base)) return false;
  // Note: "Kestrel team are stretched": at a sentence's start only a word of the classes teams are named from, or no
  // English word, names the team ("Football team", "Other team" do not).
  if (token.capitalised)
    return !token.sentenceInitial || TEAM_NAME_WORDS.has(token.folded) || !isEnglishWordForm(token.base);
  if (TEAM_NAME_WORDS.has(token.folded)) return true;
  if (/['’]/u.test(token.text)) return false;
  return !isEnglishWordForm(token.folded) && !isNameWithOrdinarySense(token.base) && token.base.length >= 4;
}

/**
 * "the jubilee team", "the granite team": in lower case, an everyday noun right before "team" that says nothing of the
 * work names the team too; what describes ("the whole team", "the research team", "which team") does not.
 */
function isPlainNounName(token: WordToken): boolean {
  if (token.capitalised || /['’-]/u.test(token.text) || token.base.length < 4 || TEAM_DESCRIPTORS.has(token.folded))
    return false;
  const tags = wordTags(token.base);
  // Note: "the islands team": a plural says whom or what the team covers.
  if (/[^s]s$/u.test(token.folded) && isEnglishWordForm(token.folded.slice(0, -1))) return false;
  return (
    !isEverydayWord(token.base) &&
    !isIdentityWord(token.base) &&
    !NOT_A_TEAM_NAME_TAGS.some((tag) => tags.has(tag)) &&
    (!tags.has("Verb") || tags.has("Noun"))
  );
}

/** What a team is said to be that names no team: how it was ("was great"), who or how many ("was us", "was two"). */
const NOT_A_SAID_NAME_TAGS = ["Adjective", "Adverb", "Determiner", "Pronoun", "Preposition", "Conjunction", "Value"];
const NOT_A_TEAM_NAME_TAGS = [
  "Adjective",
  "Adverb",
  "Determiner",
  "Pronoun",
  "Preposition",
  "Conjunction",
  "Value",
  "Comparable",
  "Superlative",
  "Plural",
  "QuestionWord",
];
