function words(list: string): Set<string> {
  return new Set(list.split(/\s+/u).filter(Boolean));
}

/** Titles that put a name straight after them ("Mrs Adebayo-Okafor", "DC Bains"). */
export const HONORIFICS =
  words(`mr mrs ms miss mx dr prof professor sir dame lady lord cllr councillor dc ds di dci pc sgt
  sergeant inspector nurse sister auntie aunty uncle father fr rev reverend imam pastor rabbi sheikh madam judge dj hhj`);

/** Roles and relations that introduce a person's name ("my manager Siobhán", "a boy called Kemar"). */
export const PERSON_INTRODUCERS =
  words(`manager managers supervisor colleague colleagues mentor assessor educator lead worker
  workers practitioner director head dsl iro chair officer advocate interpreter rep student teacher gp nurse doctor
  consultant locum boss friend mum mother dad father son daughter brother sister sibling cousin uncle aunt auntie nan
  nana gran grandma grandmother grandad grandfather partner husband wife boyfriend girlfriend carer child boy girl baby
  toddler teenager person man woman lady client called named dcs psw pa deputy administrator coordinator therapist
  psychologist paralegal solicitor barrister guardian known asye nqsw sw psw iro dsl pa speaker speakers senior atm tm
  sp buddy youngest eldest oldest twin stepdad stepmum stepfather stepmother foster carers social nephew niece
  grandson granddaughter kid kids sons daughters brothers sisters friend mate housemate flatmate neighbour trainee
  apprentice student-social-worker dcs ds midwife yp hv paediatrician psychiatrist counsellor keyworker caseworker
  senco mentee leaver assistant co-worker coworker lad lass bloke fella chap admin receptionist secretary escort volunteer mgr recruiter pe sm dtm stm bsa tl ssw bsw fsw`);

/** Words that follow a name but not the ordinary sense of a name-like word ("asked will to", "rang rose about"). */
export const NAME_FOLLOWERS = words(`to about if whether that and or , . ? ! ; : for on in at when yesterday today
  tonight this last again back but so because after before from with who whose said says told asked was is has had
  rang texted emailed messaged would will could can should might did does didn't doesn't wasn't isn't hasn't hadn't
  's ’s – — ) (`);

/** A pronoun for one person, somewhere after a word: what makes a month or a day someone ("… while she's on leave"). */
export const SHE_OR_HE = /\b(?:she|he|she's|he's|she’s|he’s|her|his|him)\b/iu;

/** Verbs of speech and contact that follow a person's name ("hope said", "JD rang"). */
export const SPEECH_VERBS = words(`said says told tells asked asks rang rings phoned phones emailed emails texted texts
  messaged replied explained suggested agreed thinks thought reckons reckoned wants wanted covered covers sent sends
  wrote writes called calls came went left joined started took was is has had does did would will`);

/** Verbs whose object is a person ("ask Jovanka", "I supervise Dervla"). */
export const PERSON_OBJECT_VERBS =
  words(`ask asked asks tell told tells ring rang rings phone phoned phones email emailed
  emails text texted texts message messaged thank thanked supervise supervised supervises mentor mentored mentors
  remind reminded cc copy copied chase chased`);

/** Pronouns that refer back to a person named earlier in the sentence. */
export const PERSONAL_PRONOUNS = words("he she him her his hers himself herself");

export const COPULAS = words("is was are were 's been");

/** Verbs that follow a person's name far more often than a place's. */
export const PERSON_VERBS = words(`said says told tells asked asks rang rings phoned emailed texted messaged replied
  explained thinks thought felt feels wanted wants knows knew agreed admitted argued insisted suggested laughed cried
  smiled shouted promised decided remembers remembered organised organized helped helps covered covers chairs chaired
  translates translated interprets interpreted supervises supervised joined started runs ran signs signed took takes
  sent wrote writes kept keeps found did does used uses works worked grew came went left sits sat stayed stays swapped
  taught teaches trained trains manages managed leads led loves loved hates hated moved arrived lives lived speaks
  died retired resigned qualified would will could can should might
  must wasn't isn't doesn't didn't won't can't wasnt isnt doesnt didnt wont cant`);

/** Words before a name that make it the object of talk, not a destination ("spoke to", "an email from"). */
export const TALK_WORDS = words(`spoke speak speaking talk talked talking said say told tell wrote write sent send gave
  give handed hand report reported reporting listen listened explained explain asked ask mentioned introduced passed
  emailed email emails text texts call calls message messages letter note referral support help advice feedback heard
  thanks thank apologised apologise`);

/** Prepositions that put a place after them. */
export const LOCATIVE_WORDS = words(`in near from at around outside towards toward into via past through across beyond
  nearer closer inside`);

/** Verbs and adverbs that make a following "to" point at a place ("moved to", "the ferry to"). */
export const MOTION_WORDS = words(`moved move moving moves went go going goes drive drove driving drives travel
  travelled traveled travelling traveling commute commuting commutes relocated relocate relocating back down up over
  out ferry trip journey visit visits visiting way closer nearer near transferred flew fly flying returned return
  returning ran run running came come coming bus train`);

/** Street and building words that make the words before them a place ("Merrivale Close", "Pendle House"). */
export const PLACE_TYPES_STRONG = words(`road street lane avenue close crescent drive gardens grove terrace mews rise
  estate square parade wharf quay row way place walk`);

/** Place words that also end ordinary phrases ("Town Hall", "Family Court"): need a name-like word before them. */
export const PLACE_TYPES_WEAK = words(`house court hall centre center park green hill heath common field fields wood
  woods primary school academy college hospital surgery church chapel mosque temple gurdwara library station
  village bridge cross end marsh vale valley tower towers buildings lodge manor farm`);

/** Lower-case words after a name that make it a place ("the Penhill estate", "the Rectory Field centre"). */
export const PLACE_NOUNS_AFTER = words(`estate area village town city road street lane station hospital school primary
  academy college surgery centre center office library church mosque temple gurdwara ward borough district
  neighbourhood neighborhood high`);

/** Nouns after a possessive that show the owner is a person ("Kofi's mum", "Balogun's write-ups"). */
export const PERSONAL_POSSESSIONS = words(`mum mother dad father son daughter brother sister cousin uncle aunt auntie
  nan nana gran grandmother grandma grandad grandfather partner husband wife boyfriend girlfriend baby kids children
  family caseload cases case notes write-ups writeups phone car desk manager team actions work email emails office
  house home flat birthday wedding funeral leave foster carer carers worker social school teacher nursery
  keyworker placement assessment assessments statement statements report reports replacement visa diary signature
  birth chronology supervision`);

/** Opening words stripped from the front of a capitalised run ("Dear Chinonso", "Yesterday Kwabena"). */
export const OPENING_TAGS = new Set([
  "Determiner",
  "Adverb",
  "Pronoun",
  "Preposition",
  "Conjunction",
  "Adjective",
  "Verb",
  "Date",
  "Expression",
  "QuestionWord",
  "Value",
]);

/** "Home visit completed by JD", "initials KB", "her initials are lc": what a record or speaker says initials are. */
export function initialsCueBefore(prior: readonly string[]): boolean {
  const last = prior[prior.length - 1] ?? "";
  const before = prior[prior.length - 2] ?? "";
  if (last === "initials") return true;
  if (last === "by") return RECORDED_BY.has(before);
  return ["are", "is", "were", "was"].includes(last) && before === "initials";
}

/** What a case record says someone did: "completed by JD", "seen by KB", "authorised by MT". */
const RECORDED_BY = new Set(
  `completed seen done written signed authorised authorized approved visited allocated reviewed checked assessed
  supervised chaired led covered held taken recorded updated uploaded countersigned closed opened`.split(/\s+/u),
);
