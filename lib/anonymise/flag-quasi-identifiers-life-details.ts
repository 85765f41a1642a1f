import type { QuasiIdentifierRule } from "./flag-quasi-identifier-rule";
import { NUMBER } from "./flag-quasi-identifiers-wordings";

/**
 * Life details the other rules leave, from the tuning half's later batches: the age a milestone came at ("became a
 * manager at 29"), which year of a job someone is in ("in my fourth year at Bexley"), a year tied to an arrival
 * ("It was 2016, I'd just come over"), what sets a place or a person apart there ("the only FGM protection order in
 * Bromley that year", "the biggest Southampton has ever had"), a recruitment cohort, a nickname, a language a role
 * is known by, a community group someone runs or holds a post in, a fire or flood at a named home or place, a family
 * known for generations, and what someone studies.
 */

const ORDINAL =
  "(?:(?:(?:twenty|thirty|forty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth|fortieth|[1-9]\\d?(?:st|nd|rd|th))";
/** Where a year of a job is spent when no employer is named ("first year in practice"). */
const JOB_PLACES =
  "practice|post|the job|this job|social work|management|the team|this team|the service|the council|the authority|the profession|the role|this role";
/** Everyday heads after "the only" or "the first" ("the first time in London"): never a description of someone. */
const EVERYDAY_HEADS =
  "time|times|thing|things|way|reason|day|week|month|year|place|step|bit|part|problem|issue|question|point|chance|option|choice";
/** An area "in" which something is the only or the first one: a named place, or a word for an area. */
const AREA =
  "(?:the\\s+(?:whole\\s+)?(?:borough|county|country|city|authority|council|region|area|town|UK|world|patch|service|department|directorate|team|office|history)|(?:the\\s+)?(?!I\\b)\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)";
const WORDS_OF_A_CLAUSE = "(?:\\s+(?!and\\b|but\\b|so\\b)[\\p{L}'’-]+){0,6}";
/** A family business someone runs or owns, known by whom it serves ("the Turkish barbers", "the corner shop"). */
const BUSINESSES = "shop|restaurant|caf[eé]|takeaway|salon|barbers?|business|garage|bakery|grocer['’]?s|supermarket";
/** Someone a community group or centre belongs to: the people it serves or its faith, said before its kind. */
const COMMUNITY_PLACES =
  "community (?:centre|center|group|project|association|school)|supplementary school|Saturday school|mosque|church|temple|gurdwara|synagogue|(?:women|men|mums|mothers|dads|fathers|parents|youth|carers|elders)['’]?s?['’]? (?:group|network|club)|support group|youth club|food bank|charity|association";
/** Someone an age is set off after with where they came from ("this boy from Herat, sixteen,"). */
const YOUNG_PEOPLE = "boy|girl|lad|lass|child|kid|teenager|young person|young man|young woman|son|daughter|minor";
/** Roles a language can name ("our Polish-speaking family support worker"). */
const ROLES =
  "worker|social worker|sw|manager|health visitor|midwife|volunteer|befriender|member of staff|practitioner|interpreter|translator|carer|foster carer|nurse|teacher|officer|advocate|mentor|colleague|assistant|coordinator|therapist|psychologist|lawyer|solicitor|gp|doctor";
/** Where a bare age stops: a clause's end or the word after it ("the lad's only fifteen, and"), not a count's noun. */
const END_OF_AN_AGE = "(?=\\s*[,.;:!?)—–]|\\s+(?:and|but|so|now|next|this|last|when|in|I)\\b|\\s*$)";
/** An adult's age, sixteen to ninety-nine: a smaller number after a role is more often a count. */
const AGE_NUMBER =
  "(?:1[6-9]|[2-9]\\d|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)";
const NOT_A_UNIT =
  "(?!\\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|percent|%|am\\b|pm\\b|o['’]clock|[:.]\\d|of\\b))";

export const LIFE_DETAIL_RULES: QuasiIdentifierRule[] = [
  {
    kind: "age",
    reason: "States an age (of a young person in the possessive, of children together, or as a band)",
    pattern: new RegExp(
      `\\b(?:${YOUNG_PEOPLE}|baby)['’]s\\s+(?:(?:only|just|nearly|now|barely|still)\\s+)?${NUMBER}${END_OF_AN_AGE}|\\b(?:the|my|her|his|their|our)\\s+(?:twins|triplets|kids|children|boys|girls|sons|daughters)\\s+(?:are|were)\\s+(?:(?:only|just|nearly|now|still)\\s+)?${NUMBER}(?:\\s+and\\s+${NUMBER})?${END_OF_AN_AGE}|\\b(?:[2-9]0|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]something\\b`,
      "giu",
    ),
  },
  {
    kind: "age",
    reason: "States a school year",
    // The look behind runs only where "year 9" stands, and its gaps are bounded: an open "\s*,?\s+" splits a long run
    // of spaces every way (quadratic) before failing.
    pattern:
      /\b(?:year|yr)\s+(?:[1-9]|1[0-3])\b(?<=(?:(?:\bis|\bwas|['’]s|\bnow|\bat (?:secondary|primary|school))\s{0,3},?\s{1,3}(?:in\s{1,3})?|,\s{0,3})(?:year|yr)\s+\d{1,2})(?!\s+(?:of|plan|review|budget|target|contract)\b)/giu,
  },
  {
    kind: "years_of_service",
    reason: "States how long ago someone joined, arrived or moved",
    pattern: new RegExp(
      `\\b(?:came (?:over|here|across|to|into)|joined|started|moved|transferred|qualified|arrived)\\b[^.;!?]{0,40}?\\b(?:(?:about|around|roughly|nearly|almost|over|just over|only|like)\\s+)?(?:${NUMBER}|a|a couple of|a few)\\s+(?:and a half\\s+)?(?:years?|yrs?|months?)\\s+ago\\b`,
      "giu",
    ),
  },
  {
    kind: "years_of_service",
    reason: "States the year of a move between employers",
    pattern:
      /\b(?:moved|transferred|relocated|switched)\s+(?:over\s+)?(?:from|to|across)\b[^.;!?]{0,40}?\bin\s+(?:19|20)\d{2}\b/giu,
  },
  {
    kind: "years_of_service",
    reason: "States the year of a step in a career or a life",
    pattern:
      /\b(?:left(?!\s+in\b)|went (?:agency|part[- ]time|freelance|independent|locum)|(?:got|was|been)\s+promoted|became|was made|was appointed|trained|graduated|retired|resigned|returned|came back|took over|set up|adopted|fostered|went into care|came into care|was placed|got (?:my|her|his|their) first|did (?:my|her|his|their) (?:ASYE|training|degree|masters|master['’]s|placement|NQ year))\b[^.;!?]{0,30}?\b(?:in|back in)\s+(?:19|20)\d{2}\b/giu,
  },
  {
    kind: "years_of_service",
    reason: "States since when (a birth, a childhood or leaving school)",
    pattern:
      /\bsince\s+(?:birth|(?:she|he|they) (?:was|were) (?:a baby|a toddler|born|tiny|little)|the day (?:she|he|they|I) was born|I (?:left|finished) (?:school|uni|university|college))\b/giu,
  },
  {
    kind: "age",
    reason: "States an age set off after a role",
    pattern: new RegExp(
      `\\bI['’]?m\\s+(?:an?\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)?,\\s*${AGE_NUMBER}(?=\\s*[,;.—–)])`,
      "giu",
    ),
  },
  {
    kind: "age",
    reason: "States the age a milestone came at",
    pattern: new RegExp(
      `\\b(?:(?:became|become|becoming)\\s+(?:an?|the|homeless|pregnant|disabled|ill)\\b|got promoted|promoted|appointed|made up to|took over as|stepped up|got married|married|went into (?:management|fostering|social work|teaching|nursing)|got (?:my|her|his|their) first (?:team|job|post|management job))\\b[^.;!?]{0,30}?\\bat\\s+(?:just\\s+|only\\s+|age\\s+)?${NUMBER}${NOT_A_UNIT}(?![\\p{L}\\d])|\\bhad (?:my|her|his|their) (?:first (?:baby|child|kid)|eldest|son|daughter|baby|kids?)\\s+at\\s+(?:just\\s+|only\\s+)?${NUMBER}${NOT_A_UNIT}(?![\\p{L}\\d])`,
      "giu",
    ),
  },
  {
    kind: "age",
    reason: "States an age set off after a young person and where they are from",
    pattern: new RegExp(
      `\\b(?:${YOUNG_PEOPLE})\\s+(?:from|in|at|of)\\s+(?:the\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)?,\\s*${NUMBER}${NOT_A_UNIT}(?=\\s*[,;.—–)])`,
      "giu",
    ),
  },
  {
    kind: "years_of_service",
    reason: "States which year of a job someone is in",
    pattern: new RegExp(
      `\\b(?:my|her|his|their|our)\\s+(?!first\\b)${ORDINAL}\\s+year\\b(?:\\s+(?:at|in|with|as|of|post)\\s+(?:the\\s+|this\\s+)?[\\p{L}'’-]+)?|\\b${ORDINAL}\\s+year\\s+(?:(?:in|of|into|at)\\s+(?:${JOB_PLACES})\\b|(?:post[- ]?)?qualified\\b)`,
      "giu",
    ),
  },
  {
    kind: "years_of_service",
    reason: "States how long (the part of a career spent in one place)",
    // The look behind runs only where "N of them at" stands, so it costs nothing on long text.
    pattern: new RegExp(
      `\\b${NUMBER}\\s+of\\s+(?:them|those|these)(?<=\\b(?:years?|yrs)\\b[^.!?]{0,60})(?=\\s+(?:at|in|with|as|on|for)\\b)`,
      "giu",
    ),
  },
  {
    kind: "years_of_service",
    reason: "States the year of arriving, qualifying or starting",
    pattern:
      /\b(?:19|20)\d{2}\b,?\s+(?:and\s+|when\s+)?(?:I|she|he|we|they)(?:['’]d|\s+had)?\s+(?:only\s+)?just\s+(?:come over|come here|come to the UK|arrived|qualified|started|joined|moved(?:\s+(?:here|over))?)\b/giu,
  },
  {
    kind: "years_of_service",
    reason: "States the year of arriving, qualifying or starting",
    pattern:
      /\b(?:19|20)\d{2}\s*[,—–-]+\s*the year (?:I|she|he|we|they) (?:qualified|came over|came here|arrived|joined|started)\b|\bthe year (?:I|she|he|we|they) (?:qualified|came over|came here|arrived|joined|started)\s*[,—–-]+\s*(?:19|20)\d{2}\b/giu,
  },
  {
    kind: "unique_description",
    reason: "Describes something as the only, first or last of its kind in an area",
    pattern: new RegExp(
      `\\b[Tt]he\\s+(?:only|first|last|one)\\s+(?!(?:${EVERYDAY_HEADS})\\b)(?:[\\p{L}'’-]+\\s+){0,2}?[\\p{L}'’-]+\\s+in\\s+${AREA}\\s+(?:(?:that|this|last)\\s+year\\b|ever\\b|to\\s+[\\p{L}'’-]+${WORDS_OF_A_CLAUSE}|(?:who|that|which|where|with|still|doing|running|offering|using|providing)\\s+(?!year\\b)[\\p{L}'’-]+${WORDS_OF_A_CLAUSE})`,
      "gu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Describes someone as the only one of a faith, a people or a kind, or as longer-serving than anyone",
    pattern:
      /\b[Tt]he\s+(?:only|sole|one)\s+(?!I\b)\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:in|on|at)\s+(?:the|our|my|this)\s+(?:team|office|panel|board|service|building|unit|department|directorate|course|cohort|group|floor|estate|school|class)\b|\b(?:[Ww]e['’]ve|[Ww]e|[Tt]hey['’]ve|[Tt]hey|[Ii]t['’]s|[Tt]here['’]s)\s+only\s+(?:got|have|had|has|is)?\s*one\s+(?!of\b)(?:\p{Lu}[\p{L}-]+|[\p{L}-]+-speaking)\s+(?:speaker|worker|social worker|interpreter|manager|carer|foster carer|man|woman|person)\b|\b(?:the\s+)?(?:longest|oldest|youngest)\s+of\s+(?:anyone|anybody|all of us|us all)\b(?:\s+(?:in|at|on)\s+(?:the\s+)?[\p{L}'’-]+)?|\blonger than (?:anyone|anybody)\b(?:\s+(?:else\s+)?(?:in|at|on)\s+(?:the\s+)?[\p{L}'’-]+)?|\bregistered\s+(?:blind|deaf|disabled|partially sighted)\b/gu,
  },
  {
    kind: "unique_description",
    reason: "Describes something as the biggest, first or only a named place has had",
    pattern:
      /\b[Tt]he\s+(?:first|only|last|biggest|largest|smallest|youngest|oldest|best|worst|highest|lowest|longest|shortest|most\s+[\p{L}-]+)\s+(?:[\p{L}'’-]+\s+){0,3}?(?!I\b)\p{Lu}[\p{L}'’-]*\s+(?:(?:has|had|have|['’]s|['’]d)\s+(?:ever\s+)?|ever\s+)(?:had|seen|known|taken|placed|recruited|employed|hired|done|given|made|issued|appointed|approved|promoted|adopted|granted)\b/gu,
  },
  {
    kind: "unique_description",
    reason: "Names the cohort or recruitment round someone came in",
    pattern:
      /\b(?:from|through|part of|one of|came in(?:\s+on)?|joined(?:\s+in|\s+with)?)\s+(?:the|our|that|this)\s+(?:[\p{L}\d'’-]+\s+){1,3}?(?:recruitment\s+(?:round|drive|campaign|scheme)|cohort|intake)\b/giu,
  },
  {
    kind: "unique_description",
    reason: "Gives a nickname",
    pattern:
      /\b(?:calls?|called|calling)\s+(?:me|her|him)\s+['‘"“][^'’"”\n]{2,30}['’"”](?!\p{L})|\b(?:knows?|know)\s+(?:me|her|him)\s+as\s+['‘"“][^'’"”\n]{2,30}['’"”](?!\p{L})|\bnickname\b[^.;!?'‘"“]{0,20}?\b(?:is|was)\s+['‘"“][^'’"”\n]{2,30}['’"”](?!\p{L})|\b(?:known as|nicknamed)\s+(?:['‘"“][^'’"”\n]{2,30}['’"”](?!\p{L})|the\s+[\p{L}'’-]+)/giu,
  },
  {
    kind: "unique_description",
    reason: "Describes someone by the language they speak",
    // Only a definite one: "a Welsh-speaking worker" is more often one asked for than one who works there.
    pattern: new RegExp(
      `\\b(?:our|the|my|their|his|her|your)\\s+(?:(?:only|one|old|new)\\s+)?(?!English-)\\p{L}+-speaking\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${ROLES})\\b`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Describes someone by a community group they run, set up or hold a post in",
    pattern: new RegExp(
      `\\b(?:runs?|ran|running|set up|sets up|setting up|founded|started|chairs?|chaired|owns?|owned|(?:volunteers?|volunteered|helps? out|prays?|worships?)\\s+at)\\s+(?:the|a|an|our|their|his|her)\\s+(?:[\\p{L}'’-]+\\s+){1,3}?(?:${COMMUNITY_PLACES}|${BUSINESSES})(?![\\p{L}])|\\b(?:is|was|['’]s)\\s+(?:the\\s+)?(?:imam|vicar|pastor|priest|rabbi|chair|chairman|chairwoman|chairperson|secretary|treasurer|founder|leader|head)\\s+(?:of|at)\\s+(?:the|a|an|their|his|her)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${COMMUNITY_PLACES})(?![\\p{L}])`,
      "giu",
    ),
  },
  {
    kind: "named_event",
    reason: "Names a fire, flood or attack at a particular place",
    pattern:
      /\b(?:house|home|flat|unit|hostel|centre|school|office|block)\s+(?:was\s+|got\s+|had\s+been\s+)?(?:burn(?:ed|t)\s+down|fire-?bombed|set\s+(?:alight|on\s+fire)|gutted|flooded(?!\s+with\b))|\b(?:[Aa]n?|[Tt]he)\s+(?:(?:big|huge|serious|major|house|arson)\s+)?(?:fire|flood|arson attack|attack|stabbing|shooting|explosion|break-in|riot)\s+(?:at|in|outside|near)\s+(?:(?:the\s+|a\s+|their\s+|her\s+|his\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:home|house|flat|unit|school|centre|hostel|ward|hospital|office|estate|block)\b|(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:\s+in\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?/gu,
  },
  {
    kind: "named_event",
    reason: "Names a specific inquiry, incident or inspection",
    pattern:
      /\b[Tt]he\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,2}(?:fire|inquiry|inquest|bombing|attack|stabbing|scandal|riots?|floods?)\b(?!\s+(?:risk|policy|policies|training|drill|alarm|door|service|brigade|safety|procedure)\b)|\b[Tt]he\s+(?:Ofsted|ILACS|JTAI|inspection|SCR|review)\s+(?:last|this)\s+(?:year|month|spring|summer|autumn|winter|January|February|March|April|May|June|July|August|September|October|November|December)\b/gu,
  },
  {
    kind: "unique_description",
    reason: "Describes a family known across generations",
    pattern: new RegExp(
      `\\b(?:${NUMBER}|several|multiple)\\s+generations\\s+of\\s+(?:the\\s+same|one|a single|that|this)\\s+famil(?:y|ies)\\b|\\b(?:for|had|seen|known|worked with|across|over)\\s+(?:${NUMBER}|several|multiple)\\s+generations\\b(?!\\s+ago\\b)(?:\\s+of\\s+(?:the\\s+same|one|a single|that|this)\\s+famil(?:y|ies)\\b)?`,
      "giu",
    ),
  },
  {
    kind: "unique_description",
    reason: "Says what someone is studying",
    pattern:
      /\b(?:studying|doing a (?:degree|masters|master['’]s|PhD|diploma) in|(?:re)?training (?:to be|as)|at (?:uni|university|college) doing)(?:,?\s*(?:of all things|would you believe|believe it or not|funnily enough),?)?\s+(?:an?\s+)?(?!for\b|the\b|to\b|up\b|it\b|this\b|that\b|with\b|at\b|hard\b|now\b|and\b|but\b)[\p{L}'’-]+(?:\s+(?:work(?:er)?|science|studies|care|nursing|law|health|therapy|psychology))?(?![\p{L}])/giu,
  },
];
