import type { QuasiIdentifierRule } from "./flag-quasi-identifier-rule";
import { AGE_RULES } from "./flag-quasi-identifiers-ages";
import { BROAD_RULES } from "./flag-quasi-identifiers-broad";
import { CIRCUMSTANCE_RULES } from "./flag-quasi-identifiers-circumstances";
import { LIFE_DETAIL_RULES } from "./flag-quasi-identifiers-life-details";
import { STINT_RULES } from "./flag-quasi-identifiers-stints";
import { withFastWordStarts } from "./flag-quasi-identifiers-word-start";
import { MORE_RULES } from "./flag-quasi-identifiers-wordings";
import { firstEndingAfter } from "./text-matching";
import type { Flag } from "./types";

const UNITS = "one|two|three|four|five|six|seven|eight|nine";
const NUMBER_WORD = `(?:eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy)(?:[- ](?:${UNITS}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|${UNITS})`;
const NUMBER = `(?:\\d{1,2}|${NUMBER_WORD})`;
const YEAR = "(?:19|20)\\d{2}";
const SERVICE_PLACES =
  "service|social work|practice|the job|this job|post|children'?s services|local government|the council|this council|the authority|this authority|the profession|management|the team|this team|the borough|the sector|care|fostering|safeguarding|child protection";
const ROLE_FOR_YEARS =
  "social worker|manager|practitioner|worker|qualified|here|in post|in the job|in this job|in practice|in the service|in the team";
const EVENT_NOUNS =
  "restructure|restructuring|reorganisation|reorganization|inspection|review|merger|strike|cyber ?attack|judgement|judgment|scandal|inquiry|rebrand|takeover|intervention|redundanc(?:y|ies)|visit|flood|fire";

const PERSON_DESCRIPTIONS =
  "man|woman|men|women|male|female|person|people|manager|managers|worker|workers|social worker|practitioner|member|black|asian|white|mixed|muslim|sikh|hindu|jewish|disabled|deaf|blind|gay|lesbian|trans|dad|mum|parent|father|mother|carer|student|lead|director|head|senior|agency|locum|bilingual|speaker|interpreter|[a-z]+-speaking|african|caribbean|polish|somali|turkish|chinese|vietnamese";

const DURATION_MODIFIER =
  "(?:(?:just|well)\\s+)?(?:over|nearly|almost|about|around|roughly|approximately|more than|less than|under|coming up to|getting on for|the best part of|a good|the last|the past)\\s+";
const DURATION_AMOUNT = `(?:${NUMBER}(?:[- ]odd)?\\+?\\s+years?|(?:a|one|two|three|${NUMBER})\\s+decades?|decades)`;

const RULES: QuasiIdentifierRule[] = [
  {
    kind: "age",
    reason: "States an age",
    pattern: new RegExp(
      `\\b(?:I['’]m|I am|I was|I turned|I'll be|she['’]s|he['’]s|she is|he is|aged|age)\\s+${NUMBER}\\b(?![%\\d])(?!\\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years? (?:in|of|into|qualified|post)|cases|children|kids|families|percent|miles|pounds|quid|am\\b|pm\\b|o['’]clock|(?:of|who|that|short|more)\\b))`,
      "giu",
    ),
  },
  { kind: "age", reason: "States an age", pattern: new RegExp(`\\b${NUMBER}[- ]years?[- ]old\\b`, "giu") },
  {
    kind: "age",
    reason: "States an age band",
    pattern:
      /\bin (?:my|her|his|their) (?:early |mid |mid-|late )?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[1-9]0s)\b/giu,
  },
  {
    kind: "years_of_service",
    reason: "States length of service",
    pattern: new RegExp(
      `\\b${NUMBER}\\+?\\s+years?['’]?\\s+(?:in|of|into|at|with|as)\\s+(?:the\\s+|this\\s+|my\\s+)?(?:${SERVICE_PLACES})\\b`,
      "giu",
    ),
  },
  {
    kind: "years_of_service",
    reason: "States length of service",
    pattern: new RegExp(`\\b${NUMBER}\\+?\\s+years?['’]?\\s+(?:post[- ]?qualified|qualified|PQE|experience)\\b`, "giu"),
  },
  {
    kind: "years_of_service",
    reason: "States length of service",
    pattern: new RegExp(
      `\\b(?:${ROLE_FOR_YEARS})\\s+for\\s+(?:over\\s+|nearly\\s+|almost\\s+|about\\s+|around\\s+)?${NUMBER}\\+?\\s+years?\\b`,
      "giu",
    ),
  },
  {
    kind: "years_of_service",
    reason: "States how long (a length of service or experience)",
    pattern: new RegExp(`\\bfor\\s+(?:${DURATION_MODIFIER})?${DURATION_AMOUNT}(?![\\p{L}])`, "giu"),
  },
  {
    kind: "years_of_service",
    reason: "States how long (a length of service or experience)",
    pattern: new RegExp(`\\b${DURATION_MODIFIER}${DURATION_AMOUNT}(?![\\p{L}])`, "giu"),
  },
  {
    kind: "years_of_service",
    reason: "States how long (a length of service or experience)",
    pattern: new RegExp(`\\b${NUMBER}[- ]odd\\s+years\\b`, "giu"),
  },
  {
    kind: "years_of_service",
    reason: "States how long (a length of service or experience)",
    pattern: new RegExp(`\\bof\\s+${NUMBER}\\+?\\s+years?(?![\\p{L}'’])(?!\\s+(?:ago|old|of age))`, "giu"),
  },
  {
    kind: "years_of_service",
    reason: "States how long (a length of service or experience)",
    pattern: new RegExp(
      `\\b(?:after|done|did|served|spent|worked|given|put in|clocked up|racked up)\\s+(?:${DURATION_MODIFIER})?${DURATION_AMOUNT}(?![\\p{L}])`,
      "giu",
    ),
  },
  {
    kind: "years_of_service",
    reason: "States how long (a length of service or experience)",
    pattern: new RegExp(`\\b${NUMBER}\\+?\\s+years?\\s+(?:now|and counting|this year|next month|in total)\\b`, "giu"),
  },
  {
    kind: "years_of_service",
    reason: "States the year of qualifying or joining",
    pattern: new RegExp(
      `\\b(?:started|began|arrived|came|qualified|joined)\\s+(?:here\\s+|in post\\s+|as an? [\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+)?(?:in|back in|since)\\s+(?:the\\s+)?(?:${YEAR}|(?:19|20)?\\d0s|'\\d0s|nineties|eighties|noughties)\\b`,
      "giu",
    ),
  },
  {
    kind: "age",
    reason: "States an age",
    pattern: new RegExp(
      `\\b(?:I['’]m|I am|she['’]s|he['’]s|she is|he is|I was|they['’]re)\\s+(?:nearly|almost|over|approaching|about|coming up to|pushing|just|only|turning)\\s+${NUMBER}\\b(?![%\\d])`,
      "giu",
    ),
  },
  {
    kind: "age",
    reason: "States an age",
    pattern: new RegExp(
      `\\bwhen (?:I|she|he) was (?:only |just )?${NUMBER}\\b(?!\\s*(?:minutes?|hours?|days?|weeks?|months?))`,
      "giu",
    ),
  },
  {
    kind: "age",
    reason: "States an age",
    pattern: new RegExp(
      `\\b(?:I turn|I['’]ll be|I['’]m) ${NUMBER}\\s+(?:next|this)\\s+(?:year|month|week|birthday)\\b`,
      "giu",
    ),
  },
  {
    kind: "age",
    reason: "States a child's age",
    pattern: new RegExp(
      `\\b(?:my|her|his|their|our)\\s+(?:eldest|youngest|oldest|little|baby)?\\s*(?:son|daughter|child|boy|girl|kid|grandson|granddaughter)\\s+(?:is|was|['’]s|turned|turns)\\s+(?:only\\s+|just\\s+|nearly\\s+)?${NUMBER}\\b(?![%\\d])(?!\\s*(?:minutes?|hours?|days?|weeks?|months?))`,
      "giu",
    ),
  },
  {
    kind: "age",
    reason: "States an age band",
    pattern:
      /\b(?:in|into) (?:my|her|his|their) (?:very )?(?:early |mid |mid-|late )?(?:20s|30s|40s|50s|60s|70s|80s|90s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/giu,
  },
  {
    kind: "unique_description",
    reason: "Describes someone by a rank only one person holds",
    pattern:
      /\bthe (?:youngest|oldest|longest[- ]serving|newest|most senior|most experienced|first ever|last remaining)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:manager|worker|social worker|practitioner|person|member|one|director|lead|head|senior|woman|man)\b/giu,
  },
  {
    kind: "unique_description",
    reason: "Describes someone as the only one",
    pattern: /\bthe only one\s+(?:who|in|on|at|that|left|here|with)\b(?:\s+[\p{L}'’-]+){0,6}/giu,
  },
  {
    kind: "unique_description",
    reason: "Describes the speaker by a personal characteristic",
    pattern:
      /\bas an? (?:Black|Asian|white|mixed[- ]race|Muslim|Sikh|Hindu|Jewish|Christian|gay|lesbian|bisexual|trans|disabled|deaf|blind|neurodivergent|autistic|dyslexic|single|older|younger|male|female|Polish|Nigerian|Ghanaian|Somali|Turkish|Caribbean|African|Irish|Welsh)\s+(?:[\p{L}-]+\s+)?(?:man|woman|person|worker|social worker|manager|mum|mother|dad|father|parent|practitioner|carer)\b/giu,
  },
  {
    kind: "unique_description",
    reason: "Mentions a personal characteristic",
    pattern:
      /\bmy (?:wheelchair|hijab|turban|disability|autism|dyslexia|ADHD|hearing aids?|guide dog|stammer|accent|sight loss|MS|cancer)\b/giu,
  },
  {
    kind: "years_of_service",
    reason: "States since when",
    pattern:
      /\b(?:ever\s+)?since\s+(?:(?:19|20)\d{2}\b|the\s+(?:(?:19|20)?\d0s|'\d0s|nineties|eighties|seventies|noughties)\b)/giu,
  },
  {
    kind: "years_of_service",
    reason: "States the year of qualifying or joining",
    pattern: new RegExp(
      `\\b(?:qualified|joined|started here|started in post|been here)\\s+(?:in|since|back in)\\s+${YEAR}\\b`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Describes someone as the only one of their kind",
    pattern: new RegExp(
      `\\bthe (?:only|sole)\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:${PERSON_DESCRIPTIONS})\\b(?:\\s+(?:in|at|on|of|across)\\s+(?:the\\s+)?[\\p{L}'’-]+(?:\\s+(?!who\\b|that\\b|which\\b|and\\b|but\\b|for\\b)[\\p{L}'’-]+){0,4}?(?=\\s*[,.;:!?)]|\\s+(?:who|that|which|and|but|for|to|because|so|when|here|there)\\b|\\s*$))?`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Describes someone as the first or one of very few",
    pattern:
      /\b(?:the first|the last|one of (?:only )?(?:two|three|a few|a handful of))\s+(?:[\p{L}'’-]+\s+){0,2}?(?:black|asian|white|mixed|male|female|man|woman|men|women|muslim|sikh|hindu|jewish|disabled|deaf|gay|lesbian|trans|polish|african|caribbean|turkish|somali|chinese|vietnamese)\b(?:\s+[\p{L}'’-]+){0,3}/giu,
  },
  {
    kind: "named_event",
    reason: "Names a specific, datable event",
    pattern: new RegExp(`\\bthe\\s+${YEAR}\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${EVENT_NOUNS}|ofsted)\\b`, "giu"),
  },
  {
    kind: "named_event",
    reason: "Names a specific, datable event",
    pattern: new RegExp(
      `\\bthe\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${EVENT_NOUNS}|ofsted|ilacs|jtai)\\s+(?:in|of|back in|during)\\s+(?:[A-Z][a-z]+\\s+)?${YEAR}\\b`,
      "giu",
    ),
  },
  {
    kind: "named_event",
    reason: "Names an inspection judgement",
    pattern: new RegExp(
      `\\b(?:rated|judged|graded|went|gone|deemed)\\s+(?:as\\s+)?(?:inadequate|outstanding|requires improvement|good|RI)\\b(?:\\s+(?:in|back in)\\s+${YEAR})?`,
      "giu",
    ),
  },
  {
    kind: "named_event",
    reason: "Names an inspection, review or intervention",
    pattern:
      /\b(?:ILACS|JTAI|SCR|CSPR|LCSPR|serious case review|child safeguarding practice review|special measures|statutory intervention)\b(?:\s+(?:visit|inspection|report|into|of|in)\b(?:\s+[\p{L}\d'’-]+){0,3})?/gu,
  },
];

const SCANNED_RULES: QuasiIdentifierRule[] = [
  ...RULES,
  ...MORE_RULES,
  ...BROAD_RULES,
  ...CIRCUMSTANCE_RULES,
  ...STINT_RULES,
  ...LIFE_DETAIL_RULES,
  ...AGE_RULES,
].map((rule) => ({
  ...rule,
  pattern: withFastWordStarts(rule.pattern),
}));

/** Step 5: details that are harmless alone but can identify someone together. Flagged for the author, never removed. */
export function flagQuasiIdentifiers(text: string): Flag[] {
  const flags: Flag[] = [];
  for (const rule of SCANNED_RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const value = match[0].replace(/\s+$/u, "");
      if (!value) continue;
      flags.push({
        start: match.index,
        end: match.index + value.length,
        text: value,
        kind: rule.kind,
        reason: rule.reason,
      });
    }
  }
  return dropOverlapping(dropContained(flags), flags);
}

/** Of two flags of one kind that overlap without one containing the other, the one an earlier rule found stays. */
function dropOverlapping(kept: Flag[], inRuleOrder: Flag[]): Flag[] {
  const survivors = new Set(kept);
  // Chosen flags of one kind never overlap each other, so each kind's list stays sorted and is searched by halves.
  const chosenByKind = new Map<Flag["kind"], Flag[]>();
  const chosen: Flag[] = [];
  for (const flag of inRuleOrder) {
    if (!survivors.has(flag)) continue;
    const sameKind = chosenByKind.get(flag.kind) ?? [];
    const at = firstEndingAfter(sameKind, flag.start);
    if (at < sameKind.length && sameKind[at].start < flag.end) continue;
    sameKind.splice(at, 0, flag);
    chosenByKind.set(flag.kind, sameKind);
    chosen.push(flag);
  }
  return chosen.sort((left, right) => left.start - right.start || right.end - left.end);
}

/** Flags held inside another flag of their kind go; sorted by start, a flag is inside one iff an earlier one of its kind reaches its end. */
function dropContained(flags: Flag[]): Flag[] {
  const sorted = [...flags].sort((left, right) => left.start - right.start || right.end - left.end);
  const furthestEnd = new Map<Flag["kind"], number>();
  const kept: Flag[] = [];
  for (const flag of sorted) {
    if ((furthestEnd.get(flag.kind) ?? -1) >= flag.end) continue;
    furthestEnd.set(flag.kind, Math.max(furthestEnd.get(flag.kind) ?? -1, flag.end));
    kept.push(flag);
  }
  return kept;
}
