// The learned organisation tagger's features: the person tagger's (lib/anonymise/name-tagger-features.ts), plus what
// shows a firm or a service: the words that end a trading name, the words around one, and the run of capitals it stands in.

import {
  casing,
  emitFeatures,
  type FeatureEmitter,
  type FeatureSource,
  joinedFeatures,
  type TaggedWord,
} from "./name-tagger-features";
import { EDGE, type Part, part } from "./name-tagger-word-view";

/** Classes of words around and inside organisations' names; a word's class is a feature, so no name is learnt by heart. */
const WORD_CLASSES: [string, string][] = [
  // Endings only a trading name carries.
  ["trade", "ltd limited plc llp cic cio inc co uk global"],
  // Endings that say what a firm does.
  [
    "firm",
    "recruitment recruit personnel resourcing staffing locums search selection associates consulting consultancy consultants solutions partners workforce talent agency agencies people",
  ],
  ["language", "interpreting interpreters translation translations translators languages linguistics linguists"],
  [
    "service",
    "care services healthcare homes housing fostering adoption childcare nurseries support advice solicitors chambers law trust foundation charity group network alliance association society project partnership",
  ],
  [
    "site",
    "hospital infirmary hospice surgery clinic practice ward centre center court school college academy nursery church mosque house lodge",
  ],
  // Nouns that talk about a firm or a service.
  [
    "about",
    "agency agencies company firm provider providers employer organisation organization charity service services contract locum interpreter interpreters recruiter recruiters consultant framework supplier suppliers vendor placement bank",
  ],
  // Verbs done with a firm or at a service.
  [
    "deal",
    "placed booked joined registered signed worked working contracted supplied sent commissioned referred employed hired recruited rang called emailed paid through via switched moved left",
  ],
];

const CLASS_OF = new Map<string, Part>();
for (const [name, words] of WORD_CLASSES) {
  for (const word of words.split(" ")) if (!CLASS_OF.has(word)) CLASS_OF.set(word, part(name));
}
const NONE = part("-");
const ENDING_CLASSES = new Set(["trade", "firm", "language", "service", "site"]);

/** Whether a (folded) word ends or describes an organisation's name ("ltd", "staffing", "care", "hospital"). */
export function isOrganisationWord(folded: string): boolean {
  const found = CLASS_OF.get(folded);
  return found !== undefined && ENDING_CLASSES.has(found.text);
}

function classOf(word: TaggedWord | undefined): Part {
  return word ? (CLASS_OF.get(word.token.folded) ?? NONE) : NONE;
}

/** Where a word stands in its run of capitalised words, and what is either side of the run. */
interface RunFacts {
  position: Part;
  length: Part;
  /** The class of the run's last word ("Bramble Staffing" → firm). */
  endClass: Part;
  before: Part;
  after: Part;
  /** Words since the sentence began: 0, 1, 2, 3, or "4+". */
  sentencePosition: Part;
}

const runCache = new WeakMap<readonly TaggedWord[], RunFacts[]>();
const ONLY = part("only");
const FIRST = part("first");
const MIDDLE = part("mid");
const LAST = part("last");
const OUT = part("out");
const LENGTHS = ["0", "1", "2", "3", "4"].map(part);
const SENTENCE_POSITIONS = ["0", "1", "2", "3", "4+"].map(part);

function inRun(word: TaggedWord | undefined): boolean {
  return word !== undefined && (word.token.capitalised || word.token.allCaps);
}

/** Each word's run facts, worked out once per text. */
function runFacts(words: readonly TaggedWord[]): RunFacts[] {
  let facts = runCache.get(words);
  if (facts) return facts;
  facts = [];
  let sentenceIndex = 0;
  for (let start = 0; start < words.length; ) {
    let end = start + 1;
    if (inRun(words[start]) && !words[start].token.sentenceInitial) {
      while (end < words.length && inRun(words[end]) && joins(words[end])) end++;
    }
    const runs = inRun(words[start]) && !words[start].token.sentenceInitial;
    const before = (words[start - 1]?.view ?? EDGE).identity;
    const after = (words[end]?.view ?? EDGE).identity;
    const length = LENGTHS[runs ? Math.min(end - start, 4) : 0];
    const endClass = runs ? classOf(words[end - 1]) : NONE;
    for (let index = start; index < end; index++) {
      if (words[index].token.sentenceInitial) sentenceIndex = 0;
      const position = !runs
        ? OUT
        : end - start === 1
          ? ONLY
          : index === start
            ? FIRST
            : index === end - 1
              ? LAST
              : MIDDLE;
      facts.push({
        position,
        length,
        endClass,
        before,
        after,
        sentencePosition: SENTENCE_POSITIONS[Math.min(sentenceIndex, 4)],
      });
      sentenceIndex++;
    }
    start = end;
  }
  runCache.set(words, facts);
  return facts;
}

/** A word goes on with the run before it when only a space, or "&", comes between. */
function joins(word: TaggedWord): boolean {
  return word.gapBefore.text === "" || word.gapBefore.text === "&";
}

const TEMPLATE = {
  class: part("o:class"),
  "class-1": part("o:class-1"),
  "class-2": part("o:class-2"),
  "class+1": part("o:class+1"),
  "class+2": part("o:class+2"),
  "class|case": part("o:class|case"),
  "class+1|case": part("o:class+1|case"),
  "class-1|class+1": part("o:class-1|class+1"),
  run: part("o:run"),
  "run|len": part("o:run|len"),
  "run|end": part("o:run|end"),
  "run|before": part("o:run|before"),
  "run|after": part("o:run|after"),
  "run|before|end": part("o:run|before|end"),
  "sent|case": part("o:sent|case"),
  "w-3": part("o:w-3"),
  "w-3,w-2": part("o:w-3,w-2"),
} as const;

/** The organisation tagger's own features of the word at `index`, read after the person tagger's. */
export const emitOrganisationFeatures: FeatureEmitter = (words, index, lowerCaseText, emit) => {
  const word = words[index];
  const here = casing(word, lowerCaseText);
  const own = classOf(word);
  const run = runFacts(words)[index];
  const beforeThree = (words[index - 3]?.view ?? EDGE).identity;
  const beforeTwo = (words[index - 2]?.view ?? EDGE).identity;
  emit(TEMPLATE.class, own);
  emit(TEMPLATE["class-1"], classOf(words[index - 1]));
  emit(TEMPLATE["class-2"], classOf(words[index - 2]));
  emit(TEMPLATE["class+1"], classOf(words[index + 1]));
  emit(TEMPLATE["class+2"], classOf(words[index + 2]));
  emit(TEMPLATE["class|case"], own, here);
  emit(TEMPLATE["class+1|case"], classOf(words[index + 1]), here);
  emit(TEMPLATE["class-1|class+1"], classOf(words[index - 1]), classOf(words[index + 1]));
  emit(TEMPLATE.run, run.position);
  emit(TEMPLATE["run|len"], run.position, run.length);
  emit(TEMPLATE["run|end"], run.position, run.endClass);
  emit(TEMPLATE["run|before"], run.position, run.before);
  emit(TEMPLATE["run|after"], run.position, run.after);
  emit(TEMPLATE["run|before|end"], run.position, run.before, run.endClass);
  emit(TEMPLATE["sent|case"], run.sentencePosition, here);
  emit(TEMPLATE["w-3"], beforeThree);
  emit(TEMPLATE["w-3,w-2"], beforeThree, beforeTwo);
};

/**
 * The organisation tagger's features: the person tagger's, then its own. The person tagger's are those it read of
 * the same text just before, when it has (the anonymiser runs it first).
 */
export const organisationFeatures: FeatureSource = joinedFeatures(emitFeatures, emitOrganisationFeatures);
