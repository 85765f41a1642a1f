import type { QuasiIdentifierRule } from "./flag-quasi-identifier-rule";

/** How the quasi-identifier rules read a number, in digits or words ("19", "thirty-one", "eighty-four"). */
const UNITS = "one|two|three|four|five|six|seven|eight|nine";
const NUMBER_WORD = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:${UNITS}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${UNITS})`;
export const NUMBER = `(?:\\d{1,3}|${NUMBER_WORD})`;

/** People a bare age is said of ("great-grandmother, ninety-one", "female, 52", "the boy was fifteen"). */
const PERSON_NOUNS =
  "female|male|woman|man|mum|mother|dad|father|boy|girl|child|kid|baby|son|daughter|grandmother|grandfather|great-grandmother|great-grandfather|nan|nana|gran|granny|grandad|auntie|aunt|uncle|carer|foster carer|young person|teenager|lad|lass";
const PERSON_DESCRIPTIONS =
  "man|woman|men|women|male|female|person|people|manager|managers|worker|workers|social worker|sw|sws|pe|practice educator|nqsw|iro|practitioner|member|carer|foster carer|speaker|speakers|family|household|black|asian|white|muslim|sikh|hindu|jewish|disabled|deaf|gay|lesbian|trans|dad|mum|parent|student|lead|director|head|senior|agency|locum|interpreter|[a-z]+-speaking";
const NOT_A_UNIT =
  "(?!\\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|cases|children|kids|families|percent|%|miles|pounds|quid|am\\b|pm\\b|o['’]clock|times|visits|placements))";
const END_OF_PHRASE = "(?=\\s*[,.;:!?)]|\\s+(?:who|that|which|and|but|so|because|by|for|to|when)\\b|\\s*$)";

/**
 * Wordings the first rules missed, from the tuning half's seventh batch and the issue's list: bare numbers of years
 * ("seventeen years", "6 yrs"), ages said in passing ("female, 52", "who's 84", "she was clearly 15"), and unique
 * descriptions without "the" ("only Punjabi speaker left in the service", "the one who set up …").
 */
export const MORE_RULES: QuasiIdentifierRule[] = [
  {
    kind: "age",
    reason: "States an age",
    pattern: new RegExp(`\\b${NUMBER}[- ]?(?:years?|yrs?|yr)[- ]old\\b|\\b${NUMBER}\\s?(?:yo|y\\/o)\\b`, "giu"),
  },
  {
    kind: "age",
    reason: "States an age",
    pattern: new RegExp(`\\b(?:${PERSON_NOUNS}|my age),\\s+${NUMBER}${NOT_A_UNIT}(?=\\s*[,.;)]|\\s*$)`, "giu"),
  },
  {
    kind: "age",
    reason: "States an age",
    pattern: new RegExp(
      `\\b(?:I|he|she|they|the (?:${PERSON_NOUNS}))\\s+(?:was|is|were|['’]s|['’]m)\\s+(?:clearly|maybe|about|only|just|barely|probably|like|around|nearly|almost|still|now)?,?\\s*${NUMBER}${NOT_A_UNIT}(?![\\p{L}\\d])`,
      "giu",
    ),
  },
  {
    kind: "age",
    reason: "States an age",
    pattern: new RegExp(
      `\\b(?:who['’]s|who is|I['’]m,?\\s+(?:what|like|um|er),?)\\s+(?:only\\s+|nearly\\s+)?${NUMBER}${NOT_A_UNIT}(?![\\p{L}\\d])`,
      "giu",
    ),
  },
  {
    kind: "age",
    reason: "States an age",
    pattern: new RegExp(
      `\\b(?:(?:still\\s+[\\p{L}]+|retired|retiring|qualified|started|left school)\\s+at|at the age of)\\s+${NUMBER}(?!\\s*(?:am|pm|o['’]clock|[:.]\\d))(?![\\p{L}\\d])`,
      "giu",
    ),
  },
  {
    kind: "years_of_service",
    reason: "States how long (a length of service or experience)",
    pattern: new RegExp(
      `\\b${NUMBER}(?:\\+|[- ](?:plus|ish|odd)|\\s+and\\s+a\\s+half)?\\s*(?:years?|yrs?|yr)\\b(?![- ]old)`,
      "giu",
    ),
  },
  {
    kind: "years_of_service",
    reason: "States how long (a length of service or experience)",
    pattern: new RegExp(
      `(?<!\\b(?:every|each|within|next|last|past|in)\\s{1,3})\\b${NUMBER}\\s+months?(?=\\s+(?:qualified|in post|in|into|old)\\b|\\s*\\))`,
      "giu",
    ),
  },
  {
    kind: "years_of_service",
    reason: "States how long (a length of service or experience)",
    pattern: new RegExp(
      `\\b(?:for|been|stayed|staying|spent|after)\\s+(?:about\\s+|nearly\\s+|almost\\s+|over\\s+)?${NUMBER}\\s+months\\b|\\b(?:a|one)\\s+year\\s+and\\s+a\\s+half\\b`,
      "giu",
    ),
  },
  {
    kind: "years_of_service",
    reason: "States how long (a length of service or experience)",
    pattern: new RegExp(
      `\\b(?:my|her|his)\\s+(?:whole|entire)\\s+(?:career|working life)\\b|\\b(?:all|most) of my career\\b|\\bsince day one\\b|\\b(?:a good|nearly a|almost a|a|one|two|three|a couple of|a few)\\s+decades?\\b|\\b${NUMBER}[- ]year\\s+(?:stint|spell|stretch|career)\\b|\\bdonkey['’]?s years\\b`,
      "giu",
    ),
  },
  {
    kind: "age",
    reason: "States an age band or a stage of life",
    pattern: new RegExp(
      `\\b(?:early|mid|late)[- ]?(?:[2-7]0s|twenties|thirties|forties|fifties|sixties|seventies)\\b|\\b(?:close to|nearing|approaching|coming up to)\\s+retirement\\b|\\bI\\s+retire\\s+(?:next|this|in)\\s+[\\p{L}\\d]+|\\b(?:\\d{2}(?:st|nd|rd|th)|fortieth|fiftieth|sixtieth|seventieth)\\s+birthday\\b|\\bat\\s+${NUMBER},?\\s+(?=I\\b|I['’]m\\b|she\\b|he\\b)`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Describes someone as one of very few",
    pattern: new RegExp(
      `\\b(?:only|just) me and\\s+(?:one|two)\\s+others?(?:\\s+[\\p{L}-]+)?|\\bthe (?:token|single|lone)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:${PERSON_DESCRIPTIONS}|bloke|guy)\\b|\\bthe first (?:one\\s+)?in (?:my|her|his|our) family\\b`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Mentions a personal characteristic",
    pattern: new RegExp(
      `\\b(?:I['’]m|I am|she['’]s|she is|I was|she was)\\s+(?:\\d+\\s+(?:weeks|months)\\s+)?pregnant\\b|\\b(?:mum|mother|dad|father|parent)\\s+of\\s+(?:${NUMBER}|twins|triplets)\\b`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Mentions a personal characteristic",
    pattern: /\b(?:a|as a|I['’]m a)\s+(?:wheelchair|hearing aid|guide dog|cane)\s+user\b/giu,
  },
  {
    kind: "age",
    reason: "States an age",
    pattern: new RegExp(
      `\\b(?:just\\s+)?(?:turned|turning|turns)\\s+${NUMBER}${NOT_A_UNIT}(?![\\p{L}\\d])|\\b(?:he['’]?s|she['’]?s|who['’]?s|whos|hes|shes|i['’]?m)\\s+(?:(?:like|about|maybe|only|just|nearly|almost|now),?\\s+)+(?!one\\b)${NUMBER}(?:[- ]?(?:odd|ish|something))?${NOT_A_UNIT}(?![\\p{L}\\d])|\\b(?:he['’]?s|she['’]?s|hes|shes)\\s+${NUMBER}${NOT_A_UNIT}(?![\\p{L}\\d])|\\bnow\\s+${NUMBER}[- ]?(?:odd|ish|something)\\b`,
      "giu",
    ),
  },
  {
    kind: "age",
    reason: "States a school year",
    pattern: /\b(?:in|into|starts?|starting)\s+[Yy](?:ear|r)\s+\d{1,2}\b|\bYear\s+(?:[1-9]|1[0-3])\b/gu,
  },
  {
    kind: "age",
    reason: "States the age someone started at",
    pattern: new RegExp(
      `\\b(?:qualified|started|joined|came into (?:this|it|the job|social work)|began|retrained|went back to (?:uni|university|college))\\b[^.;!?]{0,20}?\\bat\\s+${NUMBER}(?!\\s*(?:am|pm|o['’]clock|[:.]\\d))(?![\\p{L}\\d])`,
      "giu",
    ),
  },
  {
    kind: "years_of_service",
    reason: "States how long (a length of service or experience)",
    pattern: new RegExp(
      `\\(\\s*${NUMBER}\\s+(?:months|weeks)\\s*\\)|\\b(?:been|worked|stayed|lasted|there|here|like),?\\s+(?:(?:about|nearly|only|just|over),?\\s+)?${NUMBER}\\s+(?:months|weeks)\\b|,\\s*${NUMBER}\\s+months(?=\\s*(?:[.!?…]|$))|\\bsince before\\s+[^.,;!?]{3,40}|\\bsince\\s+(?:(?:like|about|around|roughly|um|er),?\\s+)+(?:19|20)\\d{2}\\b`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Mentions a personal characteristic",
    pattern:
      /\b(?:I['’]?m|I am|as)\s+(?:a\s+)?(?:single|lone)\s+(?:mum|mother|dad|father|parent)\b|\b(?:I['’]?m|I am|as)\s+(?:an?\s+)?(?:autistic|dyslexic|disabled|deaf|blind|neurodivergent|adhd|gay|lesbian|bisexual|trans|young carer|care leaver|care experienced)\b|\bI grew up (?:there|here|on|in|round|around)\b[^.,;!?]{0,30}|\b(?:two|three|four|five|six|\d)\s+of us\s+who\b[^.;!?]{3,60}|\bthe first (?:person|one|generation)\s+in (?:my|her|his|our) family\b/giu,
  },
  {
    kind: "age",
    reason: "States an age",
    // The bracket is matched before the name behind it is looked for: looking behind at every position is slow on long text.
    // Only the start of each filler owns a comma: a comma either side could split "like, like," 2^n ways on no match.
    pattern: new RegExp(
      `\\b(?:came to us|came here|came over|arrived|came)\\s+at\\s+${NUMBER}(?![\\p{L}\\d])|\\((?<=\\p{Lu}[\\p{L}'’-]+[ \\t]*\\()(?:aged[ \\t]+)?\\d{1,2}\\)|\\bthe\\s+(?:${PERSON_NOUNS})\\s+(?:was|is)(?:,?\\s*(?:like|um|er|about|maybe|only))+,?\\s*${NUMBER}${NOT_A_UNIT}(?![\\p{L}\\d])|\\bim\\s+${NUMBER}${NOT_A_UNIT}(?![\\p{L}\\d])`,
      "giu",
    ),
  },
  {
    kind: "years_of_service",
    reason: "States how long (a length of service or experience)",
    pattern: new RegExp(
      `\\b${NUMBER}[- ]month\\s+(?:contract|placement|stint|secondment|spell)\\b|\\b(?:after|left after)\\s+${NUMBER}\\s+(?:wks|weeks|mths|months)\\b`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Gives a count or description that singles someone out",
    pattern: new RegExp(
      `\\bexcluded from\\s+${NUMBER}\\s+schools\\b|\\b${NUMBER}\\s+(?:kids|children|cases|families)\\s+on my caseload\\b|\\bthe only\\s+(?:two|three|four)\\s+[\\p{L}-]+(?:\\s+(?:left|here|in|at|on)\\b(?:\\s+[\\p{L}'’-]+){0,4})?|\\bthe only one\\s+(?:there|here|left)\\s+who\\b[^.,;!?]{3,40}`,
      "giu",
    ),
  },
  {
    kind: "years_of_service",
    reason: "States the year of qualifying or arriving",
    pattern:
      /\b(?:qualified\s+(?:19|20)\d{2}|(?:came over|came here|came to the uk|arrived|moved here|moved over)\b[^.;!?]{0,30}?\bin\s+(?:19|20)\d{2})\b/giu,
  },
  {
    kind: "years_of_service",
    reason: "States since when",
    pattern: /\bsince\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,4}(?:started|began|opened|was set up|came in|launched)\b/giu,
  },
  {
    kind: "unique_description",
    reason: "Describes someone as the only one of their kind",
    pattern: new RegExp(
      `\\bonly\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:${PERSON_DESCRIPTIONS})\\b(?:\\s+of colour)?(?:\\s+(?:left|here|we['’]ve got)\\b|\\s+(?:in|at|on|of|across)\\s+(?:the\\s+|this\\s+|my\\s+|our\\s+)?[\\p{L}'’-]+(?:\\s+(?!who\\b|that\\b|and\\b|but\\b)[\\p{L}'’-]+){0,4}?${END_OF_PHRASE})?`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Describes someone as the only one",
    pattern: new RegExp(
      `\\b(?:the\\s+)?only one\\s+(?:we['’]ve got|left|(?:over|under)\\s+${NUMBER}|(?:in|on|at)\\s+(?:the|this|my|our)\\s+[\\p{L}'’-]+)`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Describes someone by a rank only one person holds",
    pattern:
      /\bthe (?:youngest|oldest|longest[- ]serving|newest|most senior)\s+(?:one\s+)?(?:in|on|at|of)\s+(?:the\s+|this\s+|my\s+|our\s+)?[\p{L}'’-]+|\bthe last of the\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+(?:\s+(?:in|at|on)\s+(?:the\s+|this\s+|my\s+|our\s+)?[\p{L}'’-]+)?/giu,
  },
  {
    kind: "unique_description",
    reason: "Describes someone by something only they did",
    pattern:
      /\b(?:I['’]m|I am|me as|known as|she['’]s|he['’]s|she was|he was|I was)\s+the (?:one|person|woman|man) who\s+[^.,;!?]{3,60}|\bthe first\s+(?:[\p{L}'’-]+\s+){0,2}?(?:social worker|manager|worker|practitioner|person|woman|man|one)\s+(?:here\s+|in\s+(?:the\s+)?[\p{L}'’-]+\s+)?to\s+[^.;!?]{3,60}/giu,
  },
  {
    kind: "unique_description",
    reason: "Describes someone by a language or background only they have here",
    pattern: new RegExp(
      `\\bthe one\\s+[\\p{L}'’-]+\\s+(?:${PERSON_DESCRIPTIONS})\\b(?:\\s+(?:in|at|on|across)\\s+(?:the\\s+|this\\s+|my\\s+|our\\s+)?[\\p{L}'’-]+)?|\\bas an?\\s+(?:greek|turkish|cypriot|greek cypriot|turkish cypriot|bangladeshi|pakistani|indian|tamil|kurdish|eritrean|romanian|portuguese|zimbabwean|jamaican|albanian|lithuanian|chinese|vietnamese|filipino|sri lankan|nigerian|ghanaian|somali|polish|irish|welsh|scottish)(?:\\s+[\\p{L}-]+)?\\s+(?:social worker|manager|worker|practitioner|woman|man|mum|dad|carer)(?:\\s+in\\s+[\\p{L}'’-]+)?`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Gives a count that singles someone out",
    pattern: new RegExp(
      `\\b(?:been in|had|moved)\\s+${NUMBER}\\s+(?:placements|foster homes|schools|children's homes|homes)\\b|\\b${NUMBER}\\s+(?:kids|children|babies|young people)\\s+through\\s+(?:her|his|their|my|our)\\s+(?:house|home|door|doors)\\b|\\bin a team of\\s+${NUMBER}\\s+[\\p{L}-]+`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Describes what someone used to be",
    pattern: /\b(?:he|she|I)(?:['’]d| had) been an?\s+(?:[\p{L}-]+\s+)?[\p{L}-]+(?:er|or|ist|ian|ant|ent)\b/giu,
  },
];
