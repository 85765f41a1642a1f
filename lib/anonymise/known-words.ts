import nlp from "compromise";
import { isListedEnglishWord, wordStems } from "./english-words";
import { createPhraseMatcher, foldForMatch } from "./text-matching";

type Lexicon = Record<string, string | string[]>;

const NAME_TAGS = new Set([
  "FirstName",
  "MaleName",
  "FemaleName",
  "LastName",
  "Person",
  "City",
  "Country",
  "Place",
  "Region",
  "ProperNoun",
  "Organization",
  "SportsTeam",
]);

let lexiconCache: Lexicon | null = null;

/** compromise's own word list (about 24,000 forms), tagged; read once. */
function lexicon(): Lexicon {
  if (lexiconCache) return lexiconCache;
  const model = nlp.model() as { one?: { lexicon?: Lexicon } };
  lexiconCache = model.one?.lexicon ?? {};
  return lexiconCache;
}

let tagParentsCache: Map<string, string[]> | null = null;

function tagParents(tag: string): string[] {
  if (!tagParentsCache) {
    const tagSet = (nlp.model() as { one?: { tagSet?: Record<string, { parents?: string[] }> } }).one?.tagSet ?? {};
    tagParentsCache = new Map(Object.entries(tagSet).map(([name, entry]) => [name, entry.parents ?? []]));
  }
  return tagParentsCache.get(tag) ?? [];
}

const SUFFIX_TAGS: [RegExp, string[]][] = [
  [/ly$/u, ["Adverb"]],
  [/ed$/u, ["PastTense", "Verb"]],
  [/ing$/u, ["Gerund", "Verb"]],
  [/n['’]t$/u, ["Negative", "Verb"]],
];

/** A word's tags from compromise's lexicon and their parents; a suffix guess for words it lacks. */
const wordTagsCache = new Map<string, Set<string>>();

export function wordTags(word: string): Set<string> {
  let cached = wordTagsCache.get(word);
  if (cached === undefined) {
    if (wordTagsCache.size > 50_000) wordTagsCache.clear();
    cached = readWordTags(word);
    wordTagsCache.set(word, cached);
  }
  return cached;
}

function readWordTags(word: string): Set<string> {
  const found = new Set<string>();
  const direct = lexiconTags(word);
  for (const tag of direct) {
    found.add(tag);
    for (const parent of tagParents(tag)) found.add(parent);
  }
  if (direct.length === 0 && !/^\p{Lu}/u.test(word)) {
    const folded = foldForMatch(word);
    for (const [suffix, tags] of SUFFIX_TAGS) if (suffix.test(folded)) for (const tag of tags) found.add(tag);
  }
  return found;
}

const lexiconTagsCache = new Map<string, string[]>();

export function lexiconTags(word: string): string[] {
  let cached = lexiconTagsCache.get(word);
  if (cached === undefined) {
    if (lexiconTagsCache.size > 50_000) lexiconTagsCache.clear();
    const tags = lexicon()[foldForMatch(word)];
    cached = tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
    lexiconTagsCache.set(word, cached);
  }
  return cached;
}

/**
 * Everyday words that compromise's lexicon leaves out but that turn up capitalised in transcripts
 * (at a sentence start, in a team or policy name). Only used to decide a word is *not* a name.
 */
const EVERYDAY_WORDS = new Set(
  `honestly basically actually obviously seriously literally definitely probably apparently hopefully unfortunately
  fortunately personally generally usually normally luckily sadly clearly frankly ultimately currently recently
  supervision caseload caseloads agency agencies spreadsheet precious mercy sun march team teams staff service services
  workforce wellbeing burnout retention recruitment induction training management leadership manager managers practice
  practitioner practitioners worker workers assessment assessments referral referrals visit visits meeting meetings
  conference court courts hearing hearings panel panels duty rota office offices hub hubs pod pods unit units review
  reviews report reports plan plans planning policy policies procedure procedures standards guidance framework model
  pilot trial tool tools laptop laptops phone phones email emails inbox system systems recording records notes
  template templates form forms letter letters bundle bundles family families child children parent parents carer
  carers foster fostering adoption adopters kinship placement placements contact school schools college university uni
  nursery health education police housing benefits money pay salary budget budgets funding cuts restructure
  restructures reorganisation merger inspection inspections rating judgement improvement board boards directorate
  council councils authority authorities government minister ministers region regions area areas patch borough
  boroughs county counties city cities town towns village villages estate estates road street lane house flat home
  homes centre centres church mosque temple gurdwara hospital surgery clinic library station park garden gardens
  morning afternoon evening night weekend weekends week weeks month months year years day days today tomorrow
  yesterday tonight lunch dinner breakfast coffee tea cake party holiday holidays leave sickness absence
  everyone everybody someone somebody anyone anybody nobody nothing something everything anything
  yes no yeah yep nope okay ok sure right well so also just really quite very still even though although because
  however therefore meanwhile otherwise instead anyway anyways besides overall finally firstly secondly lastly
  thanks thank please sorry hello hi hey dear best regards cheers kind warm
  interviewer facilitator participant respondent moderator speaker chair note
  summary census gender response responses career careers background workplace respondents grouping groups group equity
  keyworker internal external national local regional delivery takeaways psychological hybrid length incremental
  conclusion introduction overview method methods methodology findings results recommendations appendix figure table
  chart question questions answer answers comment comments theme themes survey surveys data analysis research sample
  total average percentage comparison trend trends change changes progress pressure pressures priority priorities
  experience experiences safety security flexibility workload workloads stress morale culture support development
  progression promotion reflection learning technology software admin administration paperwork travel parking mileage
  location locations sector partnership programme project projects alliance network forum strategy vision values
  mission aims purpose scope context approach approaches option options issue issues problem problems solution
  solutions challenge challenges barrier barriers opportunity opportunities strength strengths weakness risk risks
  need needs impact outcome outcomes evidence quality standard performance target targets measure measures score
  scores rating ratings level levels role roles job jobs posts vacancy vacancies turnover permanent temporary contract
  contracts hours shift shifts health mental physical personal professional practices caseworker caseworkers
  supervisor supervisors colleague colleagues mentor mentoring coaching wellbeing hub`.split(/\s+/),
);

/** A word of work, time or talk listed above ("management", "everyone") or with a noun suffix (-tion, -ment …). */
export function isEverydayWord(word: string): boolean {
  const folded = foldForMatch(word);
  return EVERYDAY_WORDS.has(folded) || (folded.length > 6 && ORDINARY_SUFFIXES.test(folded));
}

/** "Constance", "Prudence": compromise knows them as first names, so their noun suffix does not make them ordinary. */
const FIRST_NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName"]);

const ORDINARY_SUFFIXES =
  /(?:tion|tions|sion|sions|ment|ments|ity|ities|ship|ships|ism|isms|ance|ances|ence|ences|hood|ology|ologies|ful|less|ous|ive|able|ible|ically|ingly|edly|ally)$/u;
/** Suffixes that also end place names ("Sheerness", "Kettering"): ordinary only at a sentence start. */
const SENTENCE_START_SUFFIXES = /(?:ness|ing|ings)$/u;

/** First names that are also ordinary words, so never enough on their own at a sentence start. */
const NAMES_WITH_ORDINARY_SENSE = new Set(
  `grace hope faith joy will mark bill rose dawn amber summer ivy lily daisy may june april august patience
  precious blessing favour mercy comfort gift peace promise victory miracle praise goodness chance sunny rob pat sue
  jack frank guy ray sandy skip art hazel holly heather iris jade ruby pearl crystal violet autumn robin brook
  grant long son van tam nam man wing kit chi ho so law ko`.split(/\s+/),
);

/**
 * True when the word has an ordinary English sense (whatever else it may also be). A noun suffix
 * (-tion, -ment …) counts too; -ness only at a sentence start (`sentenceInitial`), since mid-sentence
 * "Sheerness" is a town.
 */
export function isOrdinaryWord(word: string, sentenceInitial = true): boolean {
  const folded = foldForMatch(word)
    .replace(/'(?:m|ve|ll|re|d|s|t)$/u, "")
    .replace(/n't$/u, "");
  if (folded.includes("-")) {
    return folded
      .split("-")
      .every((part) => part === "" || isOrdinaryWord(part, sentenceInitial) || isIdentityWord(part));
  }
  if (folded.length <= 1) return true;
  if (EVERYDAY_WORDS.has(folded) || NAMES_WITH_ORDINARY_SENSE.has(folded)) return true;
  const tags = lexiconTags(folded);
  if (tags.length > 0 && !tags.some((tag) => NAME_TAGS.has(tag))) return true;
  if (folded.length <= 6 || tags.some((tag) => FIRST_NAME_TAGS.has(tag))) return false;
  return ORDINARY_SUFFIXES.test(folded) || (sentenceInitial && SENTENCE_START_SUFFIXES.test(folded));
}

export function isLexiconFirstName(word: string): boolean {
  return lexiconTags(word).some((tag) => tag === "FirstName" || tag === "MaleName" || tag === "FemaleName");
}

export function isLexiconSurname(word: string): boolean {
  return lexiconTags(word).some((tag) => tag === "LastName");
}

export function isLexiconPlace(word: string): boolean {
  return lexiconTags(word).some((tag) => tag === "City" || tag === "Place");
}

export function isCountryOrRegion(word: string): boolean {
  return lexiconTags(word).some((tag) => tag === "Country" || tag === "Region");
}

/**
 * Capitalised terms that are never identifying here: regulators, programmes, products, job titles,
 * practice models, festivals, and the attribution-level regions "London" and "South East".
 */
const ALLOWED_PHRASES =
  `Ofsted|Ofsteds|ABE|EAL|GRT|FGM|NICU|SCBU|CAIT|SSW|WhatsApp|Ombudsman|Social Work England|SWE|DfE|Department for Education|Department of Health|DHSC|Home Office|NHS|NHS England|
CAMHS|CQC|Cafcass|ADCS|LGA|Local Government Association|BASW|Unison|GMB|Unite|Frontline|Step Up|Step Up to Social Work|
Think Ahead|Firstline|What Works|Foundations|Research in Practice|Community Care|Children's Commissioner|Parliament|Government|
Police|CPS|Crown Prosecution Service|Youth Justice Board|LIIA|SESLIP|London Innovation and Improvement Alliance|
South East Sector Led Improvement Programme|Big Listen|Big Conversation|Magic Notes|Beam|Copilot|Microsoft|Microsoft Teams|Teams|
Zoom|Outlook|Word|Excel|PowerPoint|SharePoint|OneDrive|ChatGPT|OpenAI|Google|Gemini|Mosaic|Liquidlogic|LCS|EHM|Eclipse|Egress|
Signs of Safety|Safe and Together|Family Help|Family Hubs|Family Hub|Early Help|Team Around the Family|Front Door|MASH|
Restorative Practice|Systemic Practice|Motivational Interviewing|Social Pedagogy|Mockingbird|Stable Homes Built on Love|
Principal Social Worker|PSW|Head of Service|Director|Director of Children's Services|DCS|Assistant Director|Team Manager|
Service Manager|Practice Lead|Practice Leads|Practice Manager|Senior Practitioner|Advanced Practitioner|Consultant Social Worker|
Social Worker|Social Workers|Family Support Worker|Personal Adviser|IRO|Independent Reviewing Officer|Child Protection Chair|
LADO|DSL|Designated Safeguarding Lead|Designated Nurse|Designated Doctor|Designated Teacher|Working Together|Practice Educator|ASYE|NQSW|Newly Qualified Social Worker|Child Protection|
Child in Need|Looked After Children|Care Leavers|Leaving Care|Fostering|Adoption|Special Guardianship|Public Law Outline|
Youth Justice|Virtual School|Children's Services|Children's Social Care|Adult Social Care|Adults' Social Care|
Health and Social Care|Local Authority|Local Authorities|Council|
Family Court|High Court|Crown Court|Court of Appeal|Magistrates|Edge of Care|Practice Standards|Global Majority|
Christmas|Easter|Eid|Diwali|Ramadan|Hanukkah|Vaisakhi|Lunar New Year|Chinese New Year|Black History Month|Pride|Covid|
Covid-19|Brexit|Bank Holiday|New Year|UK|United Kingdom|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|
Ireland|Europe|Africa|Asia|Caribbean|London|Greater London|Inner London|Outer London|North London|South London|East London|
West London|Central London|North West London|South East London|South West London|North East London|South East|South West|
North West|North East|Midlands|East Midlands|West Midlands|Home Counties|Thames|Interviewer|Facilitator|Participant|
Respondent|Moderator|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|
August|September|October|November|December|God|Allah|Jesus|Greggs|Tesco|Sainsbury's|Costa|Starbucks|Amazon|Uber|
University|Q&A|A&E|GP|HR|IT|ICT|AI|OK|Become|
Childline|Refuge|Samaritans|Mind|Shelter|Kinship`
    .split("|")
    .map((phrase) => phrase.trim())
    .filter(Boolean);

/** Words describing a group rather than a person: skipped when they stand alone, kept inside a name. */
const IDENTITY_WORDS = new Set(
  `black white asian mixed caribbean african british english scottish welsh irish polish somali turkish greek
  portuguese bengali tamil urdu punjabi sylheti cantonese mandarin vietnamese yoruba igbo twi akan gaelic arabic
  romanian lithuanian albanian kurdish eritrean ethiopian nigerian ghanaian jamaican indian pakistani bangladeshi
  chinese cypriot muslim christian hindu sikh jewish catholic buddhist lgbtq deaf bsl european roma romani romany gypsy
  gypsies traveller travellers tigrinya amharic dari farsi pashto lingala swahili shona ndebele krio luganda tagalog
  hindi gujarati nepali oromo hausa wolof patois french portuguese spanish italian russian ukrainian`.split(/\s+/),
);

export function isIdentityWord(word: string): boolean {
  return IDENTITY_WORDS.has(foldForMatch(word)) || lexiconTags(word).includes("Demonym");
}

export interface Span {
  start: number;
  end: number;
}

/** Non-overlapping spans sorted by start, looked up by binary search so long texts stay linear-ish. */
export class SpanIndex {
  private readonly spans: Span[];

  constructor(spans: readonly Span[]) {
    this.spans = [...spans].sort((left, right) => left.start - right.start);
  }

  /** Index of the last span starting before `position`, or -1. */
  private lastStartingBefore(position: number): number {
    let low = 0;
    let high = this.spans.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.spans[middle].start < position) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }

  /** Some span contains all of start–end. */
  contains(start: number, end: number): boolean {
    const index = this.lastStartingBefore(start + 1);
    return index >= 0 && this.spans[index].end >= end;
  }

  overlaps(start: number, end: number): boolean {
    const index = this.lastStartingBefore(end);
    return index >= 0 && this.spans[index].end > start;
  }
}

const allowedMatcher = createPhraseMatcher(ALLOWED_PHRASES);

/**
 * Where the allow-listed terms occur (case-insensitive, whole words). Every term is spelt without accents, so a
 * word written with them is someone's name that folds onto a term ("Ayşe" is not the typo "AYSE" for ASYE).
 */
export function findAllowedSpans(text: string, folded: string): Span[] {
  const spans = allowedMatcher
    .find(text, folded)
    .filter(({ start, end }) => !ACCENTED_LETTER.test(text.slice(start, end)))
    .map(({ start, end }) => ({ start, end }));
  for (const match of text.matchAll(TRANSPOSED_ASYE)) spans.push({ start: match.index, end: match.index + 4 });
  return spans.sort((left, right) => left.start - right.start);
}

/** A letter outside plain A–Z: an accent ("é", "ş") or another script. */
export const ACCENTED_LETTER = /(?![A-Za-z])\p{L}/u;
// Note: "AYSE" is how many type ASYE, but "Ayse" is a Turkish given name, so only all-capital or all-lower counts.
const TRANSPOSED_ASYE = /(?<![\p{L}\p{N}])(?:AYSE|ayse)(?![\p{L}\p{N}])/gu;

/**
 * Whether a word is English: compromise's lexicon, the generated word list (Debian's wbritish less what
 * compromise already knows), or a plural or verb form of either ("islands", "covered").
 */
const englishWordFormCache = new Map<string, boolean>();

export function isEnglishWordForm(word: string): boolean {
  let cached = englishWordFormCache.get(word);
  if (cached === undefined) {
    if (englishWordFormCache.size > 50_000) englishWordFormCache.clear();
    const folded = foldForMatch(word);
    const parts = folded.split(/[-‐]/u).filter(Boolean);
    cached =
      (parts.length > 1 && parts.every((part) => isEnglishWordForm(part))) ||
      isOrdinaryWord(folded) ||
      isListedEnglishWord(folded) ||
      wordStems(folded).some(
        (stem) =>
          isOrdinaryWord(stem) ||
          isListedEnglishWord(stem) ||
          (stem === folded.slice(0, -1) &&
            wordStems(stem).some((inner) => isOrdinaryWord(inner) || isListedEnglishWord(inner))),
      );
    englishWordFormCache.set(word, cached);
  }
  return cached;
}
