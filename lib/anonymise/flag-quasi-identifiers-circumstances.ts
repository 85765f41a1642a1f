import type { QuasiIdentifierRule } from "./flag-quasi-identifier-rule";
import { NUMBER } from "./flag-quasi-identifiers-wordings";

/**
 * Circumstances rather than credentials: how long something lasted in any unit, a child's age in a possessive or
 * at a turning point, a language only someone speaks, a rare condition, and the night something happened. Each is
 * harmless alone and singles a family or a worker out beside a place and a role.
 */

/** A group of people a count or "just one" can describe ("six of us Filipino social workers", "one Irish TM"). */
const PEOPLE =
  "social workers?|sws?|workers?|managers?|tms?|practitioners?|carers?|foster carers?|interpreters?|nurses?|teachers?|students?|nqsws?|people|men|women|staff|ones?";
/** A unit of time and what says it is not a length ("within 10 days", "six weeks ago", "3 months old"). */
const SHORT_UNITS = "(?:days|weeks|months)";
const NOT_A_LENGTH_BEFORE =
  "(?<!\\b(?:every|each|within|next|in|than|after|per|by|the|first|last|of|to|up to)\\s{1,3})";
const NOT_A_LENGTH_AFTER =
  "(?![- ]old\\b|\\s+(?:old|ago|later|notice|time|from|after|before|in advance|a week|a month|a year|per week|per month)\\b)";
/** "capped at eighteen", "stayed at 25": a count, not an age; "at 24 Denmark Road" is an address. */
const NOT_AN_AGE_BEFORE =
  "(?<!\\b(?:capped|stayed|stuck|sitting|sits|sat|is|are|was|were|remained|stood|averaging|around|about|peaked|set|fixed|held|kept|limit|cap|ceiling)\\s{1,3})";
const NOT_A_HOUSE_NUMBER =
  "(?!\\s+(?:[\\p{L}'’-]+\\s+){1,2}?(?:road|rd|street|st|way|close|lane|avenue|ave|drive|court|gardens|place|crescent|terrace|grove|rise|walk|row|square|hill|park|mews|parade)\\b)";
const TEEN_NUMBER = "(?:1[3-9]|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
const NOT_A_UNIT =
  "(?!\\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|percent|%|am\\b|pm\\b|o['’]clock|[:.]\\d))";
const RELATIVES = "son|daughter|child|boy|girl|kid|baby|grandson|granddaughter|brother|sister|nephew|niece";

export const CIRCUMSTANCE_RULES: QuasiIdentifierRule[] = [
  {
    kind: "years_of_service",
    reason: "States how long (in days, weeks or months)",
    pattern: new RegExp(
      `(?<!\\w)${NOT_A_LENGTH_BEFORE}${NUMBER}(?:[- ]odd)?\\s+${SHORT_UNITS}\\b${NOT_A_LENGTH_AFTER}|\\b(?:been|worked|stayed|lasted)\\s+(?:here\\s+|there\\s+)?(?:for\\s+)?(?:(?:about|nearly|almost|over|just|only)\\s+)?(?:a|one)\\s+year\\b(?!\\s+(?:ago|later|old)\\b)`,
      "giu",
    ),
  },
  {
    kind: "years_of_service",
    reason: "States since when",
    pattern: /\bsince,?\s+(?:(?:god|gosh|oh|um|uh|er|erm|like|honestly|blimey|crikey),?\s+)+before\s+[^.,;!?]{3,40}/giu,
  },
  {
    kind: "age",
    reason: "States an age",
    pattern: new RegExp(
      `${NOT_AN_AGE_BEFORE}\\bat\\s+(?:just\\s+|only\\s+|age\\s+)?${TEEN_NUMBER}\\b${NOT_A_UNIT}${NOT_A_HOUSE_NUMBER}(?!\\s*(?:-|–|to)\\s*\\d)|\\b(?:my|her|his|their|our|your)\\s+(?:(?:eldest|youngest|oldest|little|middle)\\s+)?(?:${RELATIVES})['’]s\\s+(?:(?:only|just|nearly|now)\\s+)?${NUMBER}${NOT_A_UNIT}(?![\\p{L}\\d])|\\b(?:one|the other|another|the eldest|the youngest|the oldest|the middle one)\\s+(?:is|was|['’]s)\\s+(?:(?:only|just|nearly|now)\\s+)?${NUMBER}${NOT_A_UNIT}(?![\\p{L}\\d])|\\b${NUMBER}\\s+(?:kids|children|little ones|babies)\\s+(?:under|aged)\\s+${NUMBER}\\b`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Describes someone by the language they speak or interpret",
    // Case-sensitive on purpose: a language or nationality is capitalised ("speaks Romani"), "speaks volumes" is not.
    pattern:
      /\b(?:[Ss]peaks?|[Ss]poke|[Ss]peaking|[Ff]luent in|[Tt]ranslat(?:e|es|ed|ing)\s+(?:for|into|from))\s+(?:the\s+)?(?!English\b|English-)\p{Lu}[\p{Ll}'’-]+(?:\s+(?:families|family|community|mums|dads|parents|kids|children|carers))?/gu,
  },
  {
    kind: "unique_description",
    reason: "Describes someone as one of very few",
    pattern: new RegExp(
      `\\b(?:literally|just|only)\\s+one\\s+(?:[\\p{L}'’-]+\\s+)?(?:${PEOPLE})\\b(?:\\s+(?:there|here|left|in\\s+(?:the\\s+)?[\\p{L}'’-]+))?|\\b${NUMBER}\\s+of\\s+us\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:${PEOPLE})\\b(?:\\s+in\\s+(?:one|the|a|our)\\s+[\\p{L}'’-]+)?`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Gives a count that singles someone out",
    pattern: new RegExp(
      `\\b(?:(?:over|nearly|about|around|almost|more than)\\s+)?(?:(?:a|${NUMBER})\\s+hundred|hundreds of|${NUMBER}(?:[- ]odd)?)\\s+(?:kids|children|babies|young people|foster children)\\s+through\\s+(?:her|his|their|my|our|that|the|this)\\s+(?:house|home|door|doors)\\b`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Names a rare condition or care need",
    pattern:
      /\b\p{Lu}[\p{L}'’-]+(?:['’]s)?\s+(?:syndrome|disease|palsy|dystrophy)\b|\b(?:long[- ]term ventilation|ventilated at home|tracheostomy|life[- ]limiting (?:condition|illness)|life[- ]shortening (?:condition|illness)|cerebral palsy|spina bifida|muscular dystrophy|(?:a\s+)?rare (?:genetic\s+)?(?:condition|disorder|syndrome)|gastrostomy|tube[- ]fed|peg[- ]fed)\b/gu,
  },
  {
    kind: "named_event",
    reason: "Names a specific event",
    pattern:
      /\bthe\s+(?:night|day|morning|evening|weekend|week)\s+of\s+the\s+[\p{L}'’-]+(?:\s+(?:at|in|on)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)?|\b(?:the one|it|that|which)\s+(?:that\s+)?(?:was|were|got|made it)\s+(?:all\s+)?(?:on|in)\s+the\s+(?:news|papers|telly|tv)\b|\b(?:was|were|got|been)\s+(?:fatally\s+)?(?:stabbed|murdered|killed|shot)\b(?:\s+(?!and\b|but\b)[\p{L}\d'’-]+){0,3}/giu,
  },
  {
    kind: "age",
    reason: "States an age said of someone named",
    // Note: the name is found after its number's cue would be too late; capitals are few, so this scan is cheap.
    // "Jasper, the carer's son, was nineteen": a description may stand between, set off by commas; "It was four" names no one.
    pattern: new RegExp(
      `(?<![\\p{L}])(?:(?!(?:It|There|That|This|What|Which|Who|Here|One|Each|Mine|Ours|Theirs)\\b)\\p{Lu}[\\p{Ll}'’-]+|(?:[Gg]rand(?:ad|dad|pa|ma)|[Gg]ranny|[Gg]ran|[Nn]ana?|[Mm]um|[Dd]ad|[Cc]arer|[Uu]ncle|[Aa]unt(?:ie)?))(?:['’]s|(?:,\\s*(?:the|a|an|my|her|his|their|our)\\b[^,.;:!?\\n]{1,40},|,)?\\s+(?:is|was))\\s+(?:(?:only|just|nearly|now|about)\\s+)?${NUMBER}${NOT_A_UNIT}(?=\\s+(?:next|this|when|now|then|in|and|but|so)\\b|\\s*[,.;!?)—–]|\\s*$)`,
      "gu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Describes someone as the one, the only ones or the last one",
    pattern:
      /(?:['’]s|\b(?:is|was|are|were)|,)\s+the\s+(?:one|person|woman|man)\s+who\s+[^.,;!?]{3,60}|\bthe only ones\s+(?:who|that|left|here)\b[^.,;!?]{0,60}|\bthe last one\s+(?:left|standing|remaining|still)\b(?:\s+(?:from|in|at|of)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)?|\btop of (?:her|his|their|the|my) (?:year|class|cohort)\b|\bthe only\s+(?:[\p{L}'’-]+\s+){0,3}?(?:team|service|unit|home|school|hub)\s+(?:left|of its kind|like (?:it|that))\b(?:\s+in\s+the\s+whole\s+[\p{L}'’-]+)?|\b(?:a\s+)?(?:same-sex|gay|lesbian)\s+couple\b/giu,
  },
  {
    kind: "years_of_service",
    reason: "States the year of approval",
    pattern: /\bapproved\s+(?:in\s+|back in\s+|since\s+)?(?:19|20)\d{2}\b/giu,
  },
  {
    kind: "named_event",
    reason: "Names a specific incident",
    pattern:
      /\bthe\s+(?:stabbing|shooting|murder|killing|fire|arson|attack|assault|overdose|crash)\b(?!\s+(?:of|risk|rate|rates|policy|training|drill|alarm|door|service|brigade|safety)\b)/giu,
  },
  {
    kind: "named_event",
    reason: "Names a specific day",
    pattern: /\b(?:Christmas (?:Eve|Day)|Boxing Day|New Year['’]s (?:Eve|Day)|Easter (?:Sunday|Monday))\b/gu,
  },
];
