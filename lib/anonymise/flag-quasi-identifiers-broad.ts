import type { QuasiIdentifierRule } from "./flag-quasi-identifier-rule";
import { NUMBER } from "./flag-quasi-identifiers-wordings";

/**
 * Broad shapes rather than wordings: anyone described as the only, first or last of a kind, an age said of anyone
 * (a name, a relative, a pronoun, with fillers between), and a stay dated from a year.
 */

/** Words for a person or a group of people: what "the only …" or "the first …" singles out. */
const PERSON_WORDS =
  "man|woman|men|women|male|female|bloke|guy|lad|girl|boy|child|kid|baby|person|people|manager|worker|social worker|sw|practitioner|member|carer|foster carer|interpreter|translator|speaker|student|parent|mum|dad|mother|father|family|household|black|asian|white|muslim|sikh|hindu|jewish|disabled|deaf|blind|gay|lesbian|trans|senior|director|head|lead|officer|nurse|teacher|grandmother|grandfather|grandparent|gran|nan|grandad|aunt|auntie|uncle|widow|widower|[a-z]+-speaking|[a-z]+-speakers?|care leaver|care-experienced|asye|nqsw|locum|agency worker|apprentice|graduate|trainee|wheelchair user|service user|tm|iro|psw|amhp|dsl|rep|panel chair|hire|recruit|employee|colleague|adopter|fosterer|leaver|pupil|sibling|newly qualified|nq|solicitor|barrister|guardian|judge|gp|doctor|admin|receptionist|paralegal|advocate|supervisor|mentor|educator|assessor|paediatrician|psychologist|psychiatrist|therapist|midwife|health visitor|detective";
/**
 * Fillers speech puts between a verb and a number ("she was, what, seven"). Only the start of each filler owns a comma
 * (the last one's comma stands after the run): a comma either side could split "like, like," 2^n ways on no match.
 */
const FILLERS = "(?:,?\\s*(?:what|like|um|uh|er|erm|maybe|about|only|just|barely|nearly|almost|clearly|I think))*,?";
const NOT_A_UNIT =
  "(?!\\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|cases|children|kids|families|percent|%|miles|pounds|quid|am\\b|pm\\b|o['’]clock|times|visits|placements|of\\b|or\\b|to\\b|[-–]\\s*\\d))";
/** The end of a description: punctuation or the start of a new clause within eight words, else the eighth word. */
const CLAUSE_REST =
  "(?:(?:\\s+(?!(?:and|but|so|because|who|which|that|for|to|when|by)\\b)[\\p{L}\\p{N}&'’-]+){0,8}?(?=\\s*[,.;:!?)—–]|\\s+(?:and|but|so|because|who|which|that|for|to|when|by)\\b|\\s*$)|(?:\\s+(?!(?:and|but|so|because|who|which|that|for|to|when|by)\\b)[\\p{L}\\p{N}&'’-]+){8})";

/** "second-year", "2nd yr": which year of a career or a course. */
const ORDINAL_YEAR = "(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)[- ](?:year|yr)";
/** What a career's dated steps are said with: "I started at Newham in 2011", "registered 2016", "the 2019 cohort". */
const CAREER_STEP =
  "(?:started|start|qualified|qualifying|joined|began|registered|trained|moved|came|arrived|graduated|first job|cohort|worked|retired|promoted)";

export const BROAD_RULES: QuasiIdentifierRule[] = [
  {
    kind: "age",
    reason: "States an age now (“now 61 and doing agency”)",
    // Note: "my caseload is now 25" is no age: a person must be the subject, or "aged" said.
    pattern:
      /\b(?:(?:I['’]?m|I am|she['’]s|he['’]s|she is|he is|who['’]s|who is|they['’]re)\s+now|now\s+aged)\s+[1-9]\d(?=\s*(?:[,.;]|and\b))|\bnow\s+[1-9]\d(?=\s+and\s+(?:doing|working|retired|still)\b)/giu,
  },
  {
    kind: "unique_description",
    reason:
      "Says someone was in care or is on a visa, or is the only one (“I was a looked-after child”, “she's the only one”)",
    pattern:
      /\b(?:I was|I['’]m|I am|I grew up|my (?:mum|dad|mother|father|sister|brother|son|daughter|nephew|niece|cousin) (?:was|is|has been))\s+(?:a\s+)?(?:(?:yp|young person|child|kid)\s+)?(?:looked[- ]after child|care leaver|care[- ]experienced|in care|fostered|adopted)\b|\b(?:social worker|foster carer|key ?worker)\s+I\s+had\s+(?:as a (?:child|kid|teenager)|growing up|when I was (?:young|little|in care))|\bI['’]?m on an? (?:[\p{L}-]+\s+){0,3}?visa\b|\b(?:she|he|they|I)['’](?:s|m|re)\s+the\s+(?:only|last)\s+one(?=\s*[,.;!?])|\b(?:are|were)\s+twins\b/giu,
  },
  {
    kind: "age",
    reason: "States an age by a birthday (“the day after my 40th”)",
    pattern: /\bmy\s+[1-9]\d(?:st|nd|rd|th)(?![\p{L}\d])/gu,
  },
  {
    kind: "years_of_service",
    reason: "Says which year of a career someone is in (“as a second-year”, “2nd yr post qual”)",
    pattern: new RegExp(
      `\\b(?:as|I['’]?m|im|I was|was|being)\\s+a\\s+${ORDINAL_YEAR}(?![\\p{L}-])|\\b${ORDINAL_YEAR}\\s+(?:social worker|sw|student|nqsw|asye|post[- ]?qual\\w*|qualified|practitioner)\\b`,
      "giu",
    ),
  },
  {
    kind: "years_of_service",
    reason: "Dates a step in someone's career to a year (“started at … in 2011”, “since 08”, “2011-2020”)",
    // The year is looked for before the career word behind it: looking behind at every position is slow on long text.
    pattern: new RegExp(
      `(?=(?:19|20)\\d{2}|['’]\\d{2})(?<=\\b${CAREER_STEP}\\b(?:(?!\\b(?:and|but)\\b)[^.;!?\\n]){0,60}?)(?:(?:19[5-9]\\d|20[0-2]\\d)(?:\\s*[-–]\\s*(?:19|20)\\d{2})?|['’]\\d{2})(?![\\p{L}\\d])|\\bsince\\s+['’]?0\\d(?![\\p{L}\\d/.:-])|\\b(?:19[5-9]\\d|20[0-2]\\d)\\s*[-–]\\s*(?:19|20)\\d{2}(?![\\p{L}\\d])`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Describes someone as the only, first or last of a kind",
    pattern: new RegExp(
      `\\b(?:the\\s+)?only\\s+one\\s+of\\s+(?:the|us|them|our|my)\\b[^.;!?\\n]{0,40}?\\b(?:still|left|remaining|who|that)\\b${CLAUSE_REST}|\\b(?:(?:the\\s+)?(?:only|sole|longest[- ]serving|one of (?:only\\s+)?(?:two|three|a few|a handful of))|the\\s+(?:first|last|oldest|youngest))(?:\\s*[—–-]+)?\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:${PERSON_WORDS})\\b(?!\\s+(?:time|thing|way|reason|day|week|year|meeting|visit)\\b)${CLAUSE_REST}`,
      "giu",
    ),
  },
  {
    kind: "age",
    reason: "States an age",
    pattern: new RegExp(
      `\\b(?:I|he|she|they|mum|dad|mother|father|nan|gran|(?:the|a|my|her|his|their|our)\\s+(?:[\\p{L}-]+\\s+)?(?:girl|boy|child|kid|baby|son|daughter|lad|teenager|young person|mum|dad|mother|father)|the care leaver|girl|boy|child|kid|baby|son|daughter|lad|teenager|young person)\\s+(?:was|is|were|turned|['’]s)${FILLERS}\\s+${NUMBER}${NOT_A_UNIT}(?![\\p{L}\\d])`,
      "giu",
    ),
  },
  {
    kind: "age",
    reason: "States an age beside a name or a person",
    // The number is looked for before what stands behind it: looking behind at every position is slow on long text.
    pattern: new RegExp(
      `(?=[0-9])(?<=(?:\\p{Lu}[\\p{L}'’-]+|\\b(?:girl|boy|child|kid|baby|son|daughter|lad|teenager|woman|man|mum|dad))\\s*[,—–-]+\\s*)\\d{1,2}(?=\\s*[,—–-]\\s*\\p{L})|(?=${NUMBER})(?<=\\b(?:girl|boy|child|kid|baby|son|daughter|lad|teenager)\\s*[—–,]+\\s*)${NUMBER}${NOT_A_UNIT}(?=\\s*[,—–])`,
      "gu",
    ),
  },
  {
    kind: "age",
    reason: "States an age (in months or weeks, after 'who was', or when something happened)",
    pattern: new RegExp(
      `\\b${NUMBER}[- ](?:months?|weeks?|days?)[- ]old\\b|\\b(?:who|that)\\s+(?:was|is|were|['’]s)${FILLERS}\\s+${NUMBER}${NOT_A_UNIT}(?![\\p{L}\\d])|\\bage[- ]assess(?:ed|ment)\\b[^.;!?]{0,30}?\\b(?:as|said|at)\\s+${NUMBER}\\b|\\b(?:came over|came here|came into care|came to the uk|arrived in the uk|asylum seeker|unaccompanied|uasc|pregnant|adopted|excluded|left school|left home|left care|went into care|entered care|diagnosed)\\b[^.;!?]{0,40}?\\bat\\s+(?:only\\s+|just\\s+|age\\s+)?${NUMBER}\\b(?!\\s*(?:am|pm|o['’]clock)\\b|[:.]\\d)`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Singles someone out: the one person for a whole area, asked for by name, or a count of placements",
    pattern: new RegExp(
      `\\b(?:one|a single|only one)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:${PERSON_WORDS})\\s+(?:for|in|across|covering)\\s+(?:the\\s+)?whole\\b(?:\\s+of)?(?:\\s+[\\p{L}'’-]+){0,2}|\\b(?:there['’]s|there is|it['’]s|it is)\\s+only\\s+(?:her|him|me|one of (?:us|them))\\b|\\b(?:ask(?:ed|s)?|request(?:ed|s)?)\\s+(?:for\\s+)?me\\s+(?:specifically|by name|personally)\\b|\\b(?:five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|[5-9]|[1-9]\\d)\\s+(?:different\\s+)?(?:placements|placement moves|foster homes|schools|local authorities|authorities|councils|boroughs)\\b|\\bruns?\\s+the\\s+whole\\s+(?:[\\p{L}'’-]+\\s+){1,4}?on\\s+(?:her|his|my|their)\\s+own\\b`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Singles someone out by a generation, a place in a cohort, or a role for a whole area",
    pattern: new RegExp(
      `\\bthe\\s+(?:second|third|fourth|fifth)\\s+generation\\b${CLAUSE_REST}|\\bthe\\s+(?:first|last)\\s+(?:one|two|three)\\s+(?:they\\s+(?:ever\\s+)?(?:hired|made|took|recruited|employed|appointed|promoted)|still\\s+in|from\\s+(?:my|our|the)\\s+(?:cohort|intake|year|team)|to\\s+(?:qualify|leave|join)|who)\\b${CLAUSE_REST}|\\bthe\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:rep|lead|chair|champion)\\s+(?:for|of)\\s+the\\s+whole\\s+of\\s+(?:the\\s+)?[\\p{L}'’-]+`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason:
      "Names a family member's job or a small group someone is one of (“my partner is a nurse”, “one of only two from my cohort”)",
    pattern: new RegExp(
      `\\bmy\\s+(?:partner|husband|wife|hubby|fianc[eé]e?|mum|dad|mother|father|son|daughter|sister|brother)\\s+(?:is|was|['’]s|works as)\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:nurse|doctor|gp|teacher|police officer|officer|paramedic|judge|magistrate|solicitor|barrister|social worker|midwife|firefighter|pilot|councillor|head ?teacher)\\b|\\bone\\s+of\\s+(?:only\\s+)?(?:two|three|four|a few|a handful)\\s+(?:from|in|left|still)\\b${CLAUSE_REST}`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Singles someone out: the only one of a cohort, a multiple birth, siblings' ages (“brothers, 14 and 16”)",
    pattern: new RegExp(
      `\\bthe\\s+only\\s+one\\s+(?:from|in|of)\\s+(?:my|our|the)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:cohort|intake|year|course|team)\\b${CLAUSE_REST}|\\b(?:are|were|is|was)\\s+(?:identical\\s+)?(?:twins|triplets|quadruplets|quads)\\b|(?=[\\d\\p{L}])(?<=\\b(?:brothers|sisters|siblings|twins|boys|girls|kids|children|sons|daughters)[ \\t]{0,3},[ \\t]{0,3}(?:aged[ \\t]+)?)${NUMBER}\\s+and\\s+${NUMBER}\\b(?!\\s+of\\b)`,
      "giu",
    ),
  },
  {
    kind: "years_of_service",
    reason:
      "States how long in other words (“the first eight months”, “since, what, 2011”, “the whole of the nineties”)",
    pattern: new RegExp(
      `\\bfor,?\\s+(?:like,?\\s+)?the\\s+first\\s+${NUMBER}\\s+(?:months|years|weeks)\\b|\\bsince,?\\s+(?:(?:what|like|um|er|erm|oh),?\\s+)+(?:19|20)\\d{2}\\b|\\b(?:qualified|been here|started|joined|been there)\\s+since\\s+(?:last|the)\\s+(?:summer|spring|autumn|winter|year|christmas|easter)\\b|\\b(?:for|through|throughout)\\s+(?:the\\s+whole\\s+of\\s+)?the\\s+(?:seventies|eighties|nineties|noughties|(?:19|20)\\d0s)\\b`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Singles someone out: relatives among colleagues, a past others share, a move to a regulator, a rare event",
    pattern:
      /(?:\bthey['’]re|\b(?:they|we)\s+(?:are|were)|(?<=\p{Lu}[\p{L}'’-]*\s)(?:are|were))\s+(?:sisters|brothers|cousins|siblings|married|related)\b(?:\s+and\s+both\s+[^.,;!?]{3,40})?|\b(?:were|was|are|is)\s+(?:all\s+|both\s+)?ex-(?:forces|army|military|police|navy|raf|marines|prison officers?)\b|\b(?:went|moved|left)\s+to\s+(?:Ofsted|the\s+DfE|Social\s+Work\s+England|Cafcass)\s+as\s+an?\s+[\p{L}-]+|\bsince\s+the\s+(?:inquest|serious\s+case\s+review|scr|cspr|tribunal|stabbing|attack|fire)\b|\bthe\s+(?:incident|stabbing|shooting|fire|attack|raid|riot)\s+(?:at|in|on)\s+the\s+[\p{L}'’-]+(?:\s+(?:camp|home|centre|unit|estate|party|festival|park))?|\bthe\s+\p{Lu}[\p{L}'’-]+\s+(?:raid|fire|stabbing|shooting|riot)\b/gu,
  },
  {
    kind: "unique_description",
    reason:
      "Singles someone out: a place in a line of workers, one of a few of a kind, where someone grew up, a tribunal",
    pattern:
      /\b(?:I\s+am|I['’]m|I\s+was|she['’]s|he['’]s|she\s+was|he\s+was)\s+the\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\s+(?:social\s+worker|sw|worker|manager|allocated\s+worker|iro|tm)\b|\bone\s+of\s+(?:about\s+|only\s+|just\s+)?(?:two|three|four|five|six|a\s+few|a\s+handful\s+of)\s+(?:[\p{L}-]+\s+){0,2}?(?:speakers|social\s+workers|workers|managers|men|women|people|staff|practitioners|students)\b(?:\s+(?:in|at|on)\s+(?:the\s+)?(?:whole\s+)?[\p{L}'’-]+(?:\s+at\s+the\s+time)?)?|\bgrew\s+up\s+(?:on|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?|\btook\s+(?:them|him|her|the\s+council|the\s+agency|us)\s+to\s+(?:a\s+|an\s+employment\s+)?tribunal\b/gu,
  },
  {
    kind: "years_of_service",
    reason:
      "States how long in a clipped way, or when (“before that four in H&F”, “I've done five.”, “in the nineties”)",
    pattern:
      /\bbefore\s+that\s+(?:(?:about|around|nearly|maybe)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:in|at|with)\b|\bI['’]ve\s+done\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|\d{1,2})(?=\s*[.!?]|\s*$)|(?<=\b(?:care|worked|working|qualified|started|lived|grew\s+up|born|trained|joined|came|moved)\b[^.;!?]{0,40}?)\bin\s+the\s+(?:seventies|eighties|nineties|noughties|(?:19|20)\d0s)\b/giu,
  },
  {
    kind: "age",
    reason: "States a parent's age or the age a career turned (“mother 17”, “went locum at 55”)",
    pattern:
      /\b(?:mother|mum|father|dad)\s+(?:aged\s+)?1[2-9](?![\p{L}\d]|\s*(?:weeks?|months?|years?|%|minutes?|hours?|times|miles|calls|visits|texts|km|days?))|\b(?:went\s+(?:locum|agency|independent|freelance|part[- ]time)|took\s+(?:voluntary\s+)?redundancy|retired|changed\s+careers?)\s+at\s+(?:only\s+|just\s+|age\s+)?(?:[2-7]\d)(?![\p{L}\d:.]|\s*(?:am|pm|%))/giu,
  },
  {
    kind: "years_of_service",
    reason: "States how long by an event (“since the pandemic”, “since the office closed”)",
    pattern:
      /\bsince\s+(?:the\s+)?(?:pandemic|covid|lockdown|first\s+lockdown|restructure|merger|inspection)\b|\bsince\s+the\s+(?:[\p{L}'’-]+\s+){0,2}?(?:office|team|unit|hub|service)\s+(?:closed|opened|merged|moved)\b/giu,
  },
  {
    kind: "age",
    reason: "States an age in words after a role reached, a child set off by commas, or a birthday hit",
    pattern:
      /(?<=\b(?:head\s+of\s+service|manager|director|lead|senior|principal|deputy|dcs|psw)\b[^.;!?]{0,40}?)\bat\s+(?:only\s+|just\s+)?(?:twenty|thirty|forty|fifty|sixty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?(?=\s*[,.;!?)]|\s+(?:which|and|but))|(?<=\b(?:lad|boy|girl|kid|child|young\s+person|yp|teenager)\b[^.;!?]{0,40}?,[ \t]{0,3})(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|1[1-8])(?=\s*,)|(?<=[—–-][ \t]{0,3})(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?=\s*,)|\b(?:hit|reached)\s+(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|twenty-one|1[3-8]|21)\b/giu,
  },
  {
    kind: "years_of_service",
    reason: "States how long, the years said earlier in the sentence (“three years and then ESCC for four”)",
    pattern: new RegExp(`(?<=\\byears?\\b[^.;!?\\n]{1,60}?)\\bfor\\s+(?!one\\b)${NUMBER}(?=\\s*(?:[;,.!?)]|$))`, "giu"),
  },
  {
    kind: "named_event",
    reason: "Says someone was struck off, suspended, dismissed or attacked: an event colleagues would recognise",
    // Note: "the policy was attacked", "Contact was suspended": only a pronoun, a person's word or a name set off by a
    // comma is the one it happened to. The look-ahead first spares a long text a look back at every position.
    pattern:
      /(?=(?:was|were|got|been|being)\s)(?<=\b(?:I|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|who|worker|colleague|manager|sw|carer|mum|dad|friend|\p{Lu}[\p{L}'’-]*,)\s+)(?:was|were|got|been|being)\s+(?:(?:wrongly|nearly|almost|once)\s+)?(?:struck\s+off|suspended|dismissed|sacked|assaulted|attacked|punched|threatened with a knife)\b(?:\s+(?!(?:and|but|so|because)\b)\p{L}[\p{L}'’-]*){0,3}/gu,
  },
  {
    kind: "age",
    reason: "States the age a step of a career was taken at (“qualified at 41”, “the job I did at 25”)",
    pattern:
      /\b(?:qualified|started|trained|retrained|registered|put me through|went back to (?:uni|university|college)|did (?:it|the job|my degree|the course)|I did)\b[^.;!?\n]{0,40}?\bat\s+(?:only\s+|just\s+|age\s+)?(?:1[6-9]|[2-7]\d)(?![\p{L}\d:.]|\s*(?:am|pm|hours?|an hour|per|%|k\b))/giu,
  },
  {
    kind: "years_of_service",
    reason: "States how long (dated from a year, or a share of a career)",
    pattern: new RegExp(
      `\\b(?:was|been|worked|working|there|here)\\s+(?:there\\s+|here\\s+)?(?:from|since)\\s+(?:19|20)\\d{2}\\b|\\bfor\\s+${NUMBER}\\s+of\\s+(?:those|them|these)(?:\\s+years)?\\b`,
      "giu",
    ),
  },
];
