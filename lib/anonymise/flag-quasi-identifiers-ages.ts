import type { QuasiIdentifierRule } from "./flag-quasi-identifier-rule";
import { NUMBER } from "./flag-quasi-identifiers-wordings";

/**
 * Ages and small groups in the clipped ways people write them: "Justice was just 11 at the time", "twins, both 13",
 * "58 now and done", "I turn 60 in August", "the only other Zimbabwean in the building", "1 of 2 workers who can sign".
 * Each rule starts at a word of its own before it looks behind, so a long text is not looked back over at every place.
 */

/** A number that is not a count of things ("13 cases", "11 o'clock", "12-15"). */
const NOT_A_UNIT =
  "(?!\\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|cases|children|kids|families|percent|%|miles|pounds|quid|am\\b|pm\\b|o['’]clock|times|visits|placements|referrals|of\\b|or\\b|to\\b|[-–]\\s*\\d|[:.]\\d))";
/** A nationality or a language's people: "Zimbabwean", "Sylheti", "Polish", "Congolese". */
const DEMONYM = "\\p{Lu}\\p{Ll}+(?:an|ese|ish|i)";

export const AGE_RULES: QuasiIdentifierRule[] = [
  {
    kind: "age",
    reason: "States an age with “just”, “now” or “still”, or at the time (“Justice was just 11 at the time”)",
    pattern: new RegExp(
      `(?:was|is|turned)(?<=(?:\\b(?:I|[Hh]e|[Ss]he|[Tt]hey|who)|\\p{Lu}[\\p{L}'’-]{1,20})\\s(?:was|is|turned))(?<!\\b(?:There|It|That|This|What|Which|Here)\\s(?:was|is|turned))\\s+(?:(?:just|only|barely|nearly|now|still)\\s+(?!one\\b)${NUMBER}${NOT_A_UNIT}(?![\\p{L}\\d])|${NUMBER}(?=\\s+(?:at\\s+the\\s+time|when)\\b))`,
      "gu",
    ),
  },
  {
    kind: "age",
    reason: "States an age set off by a comma (“twins, both 13,”, “one of them just 13,”)",
    pattern: new RegExp(
      `(?:both|just|aged)(?<=(?:,|\\bthem)\\s{1,3}(?:both|just|aged))\\s+${NUMBER}${NOT_A_UNIT}(?=\\s*[,.;—–])`,
      "gu",
    ),
  },
  {
    kind: "age",
    reason: "States an age to come or that would be (“I turn 60 in August”, “She'd be 20 now”, “by 15 he'd had …”)",
    pattern: new RegExp(
      `\\b(?:I|[Ss]he|[Hh]e|[Tt]hey)(?:['’]d|\\s+would|['’]ll|\\s+will)\\s+be\\s+${NUMBER}(?=\\s+now\\b|\\s+next\\b|\\s+this\\b)|\\bI\\s+turn\\s+${NUMBER}${NOT_A_UNIT}(?![\\p{L}\\d])|\\bby\\s+${NUMBER}(?=,?\\s+(?:he|she|they)['’]d\\b)`,
      "gu",
    ),
  },
  {
    kind: "age",
    reason: "States an age in a clipped comment (“58 now and done”, “61 and still going”, “to social work at 45”)",
    pattern:
      /(?<![\p{L}\d.,])[1-9]\d(?<=(?:^|[,.;:]\s{0,3}|\b(?:and|i['’]?m|im)\s)[1-9]\d)\s+(?:now(?=\s*(?:[,.;!?]|and\b|$))|and\s+still\s+(?:going|working|here|at\s+it|doing\s+it))|\b(?:to|into)\s+(?:social\s+work|sw|children['’]s\s+services)\s+at\s+[2-7]\d(?![\p{L}\d]|[:.]\d)/giu,
  },
  {
    kind: "unique_description",
    reason:
      "Singles someone out by a nationality or a language among few (“the only other Zimbabwean”, “the three Sylheti speakers”)",
    pattern: new RegExp(
      `\\b[Tt]he\\s+only\\s+(?:other\\s+)?${DEMONYM}\\b(?:\\s+[\\p{Ll}-]+){0,2}?(?:\\s+(?:in|on|at|from)\\s+(?:the\\s+)?[\\p{L}'’-]+)?|\\b(?:[Tt]he\\s+)?(?:two|three|four|2|3|4)\\s+(?:other\\s+)?${DEMONYM}\\s+(?:speakers?|workers?|social\\s+workers|sws|managers|staff|women|men)\\b(?:\\s+(?:on|in)\\s+(?:one|the|our)\\s+[\\p{L}'’-]+)?`,
      "gu",
    ),
  },
  {
    kind: "unique_description",
    reason:
      "Singles someone out as one of two or three (“1 of 2 workers who can sign bsl”, “the only 60+ agency worker”)",
    pattern:
      /\b(?:one|1)\s+of\s+(?:only\s+)?(?:2|3)\s+(?:(?:[\p{L}-]+\s+){0,2}?(?:workers|social\s+workers|sws|managers|people|staff)\b(?:\s+(?:who|that)\s+(?:can|could|speak|speaks|sign|signs)(?:\s+[\p{L}-]+){1,2})?|in\s+the\s+(?:team|service|office|borough|department))|\bthe\s+only\s+\d{2}\+\s+(?:[\p{L}-]+\s+){0,2}?(?:worker|sw|social\s+worker|manager|practitioner)\b/giu,
  },
  {
    kind: "unique_description",
    reason:
      "Singles someone out by a nationality and a role (“the German guy in fostering”, “every Vietnamese family”)",
    pattern: new RegExp(
      `\\b(?:[Tt]he|[Aa]n?)\\s+(?:only\\s+)?${DEMONYM}\\s+(?:guy|bloke|woman|man|lady|social\\s+worker|sw|worker|manager|senior|student|nurse|interpreter)\\b(?:\\s+(?:in|on|at|from)\\s+(?:the\\s+)?[\\p{L}'’-]+)?|\\bevery\\s+${DEMONYM}\\s+(?:family|families|child|kid|case)\\b(?:\\s+in\\s+the\\s+[\\p{L}'’-]+)?`,
      "gu",
    ),
  },
  {
    kind: "years_of_service",
    reason: "Dates what happened to someone to a year (“back in 2016”, “and that was 2019”)",
    pattern: /\bback\s+in\s+(?:19[5-9]\d|20[0-2]\d)\b|\band\s+that\s+was\s+(?:19[5-9]\d|20[0-2]\d)\b/giu,
  },
];
