import type { QuasiIdentifierRule } from "./flag-quasi-identifier-rule";
import { NUMBER } from "./flag-quasi-identifiers-wordings";

/**
 * Wordings from the later batches of the tuning half that the other rules leave: a stint counted in weeks or a
 * year ("for 6 wks", "for about a year"), the tail of a career ("the last nine at …"), an age set off after a name
 * or at a sentence's start ("Ms Doe, 19.", "Seventy-eight and still …"), awards, counts that single a carer out
 * ("fostered forty-odd children"), how often something happened to a child, and a cyber attack.
 */

const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
/** Ten to ninety-nine in words: under ten, a number opening a sentence is far more often a list's first point. */
const AGE_WORD = `(?:(?:${TENS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
/** What a bare age is said beside when the sentence has no verb: a name, or a word for a person. */
const PERSON_BEFORE_AGE =
  "\\p{Lu}[\\p{L}'’-]+|leaver|mum|mother|dad|father|carer|guardian|boy|girl|child|son|daughter|lad|man|woman|teenager|grandmother|grandfather|nan|gran";
const MODIFIER = "(?:(?:about|around|roughly|nearly|almost|over|just over|under|only|like|barely),?\\s+)?";

export const STINT_RULES: QuasiIdentifierRule[] = [
  {
    kind: "years_of_service",
    reason: "States how long (a stint in weeks, months or a year)",
    pattern: new RegExp(
      `\\bfor\\s+${MODIFIER}(?:a|an|one|${NUMBER})\\s+(?:years?|yrs?|weeks?|wks?|months?|mths?)\\b`,
      "giu",
    ),
  },
  {
    kind: "years_of_service",
    reason: "States how long (the last part of a career, after its length in years)",
    pattern: new RegExp(
      // The look behind runs only where "the last" stands, so it costs nothing on long text.
      `\\bthe\\s+(?:last|past)(?<=\\b(?:years?|yrs)\\b[^.!?]{0,70})\\s+(?!one\\b)${NUMBER}(?:\\s+(?:years?|yrs?))?(?=\\s+(?:at|in|with|as|on)\\b)`,
      "giu",
    ),
  },
  {
    kind: "age",
    reason: "States an age beside a name or a person",
    // The number is looked for before what stands behind it: looking behind at every position is slow on long text.
    pattern: new RegExp(
      `(?=\\d)(?<=(?:${PERSON_BEFORE_AGE}),\\s*)\\d{1,2}(?![.:]\\d)(?=\\s*(?:[.;),]|$)|\\s+(?:and\\s+still|last|next|this)\\b)|(?=[\\dtfsen])(?<=,\\s*)(?:\\d{1,2}|${AGE_WORD})\\s+(?:last|next|this)\\s+(?:week|month)\\b`,
      "giu",
    ),
  },
  {
    kind: "age",
    reason: "States an age at the start of a sentence",
    pattern: new RegExp(
      `(?=[tfsen])(?<=^|[.!?…]\\s+)${AGE_WORD}(?=,\\s*\\p{Ll}|\\s+and\\s+(?:still|already)\\b)`,
      "giu",
    ),
  },
  {
    kind: "named_event",
    reason: "Names an award",
    pattern:
      /\b(?:[\p{Lu}][\p{L}'’-]+\s+){1,4}of the Year\b|\b(?:won|got|received|picked up|collected|been given|was given|shortlisted for|nominated for)\s+(?:an?\s+|the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:award|prize|medal)\b(?!\s+(?:criteria|forms?|letters?|money|scheme|process|paperwork|details|budget|application|nomination))|\b(?:got|received|awarded|given)\s+(?:an?\s+|the\s+)?(?:MBE|OBE|CBE|BEM)\b/gu,
  },
  {
    kind: "unique_description",
    reason: "Counts the children someone has cared for, or how often something happened to a child",
    pattern: new RegExp(
      `\\b(?:fostered|adopted|taken in|looked after|raised)\\s+(?:over\\s+|more than\\s+|nearly\\s+|about\\s+|around\\s+)?${NUMBER}(?:[- ]odd|\\+)?\\s+(?:children|kids|young people|babies|teenagers)\\b|\\b(?:excluded|arrested|moved|missing|absconded|sectioned|admitted)\\s+(?:(?:her|him|them|me)\\s+)?${NUMBER}\\s+times\\b(?:\\s+(?:this|last|in\\s+(?:a|one|the))\\s+(?:term|year|month|week))?`,
      "giu",
    ),
  },
  {
    kind: "named_event",
    reason: "Names a specific event",
    pattern: /\bthe\s+(?:cyber[- ]?attack|ransomware attack|data breach)\b/giu,
  },
];
