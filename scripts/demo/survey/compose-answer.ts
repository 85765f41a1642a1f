import { CLOSINGS, CONNECTORS, type FragmentBank, OPENINGS, THEME_FRAGMENTS, type Voice } from "./answer-fragments";
import { assertKeys, readDemoData } from "./demo-data";
import type { DemoTheme } from "./themes";

export type Random = () => number;

/** What a free-text question asks for: one change, a view of supervision and support, or anything else. */
export type QuestionKind = "change" | "support" | "other";

export type YearsQualified = "0-2" | "3-5" | "6-10" | "11+";

export interface AnswerContext {
  /** Points of view in order of preference; a theme uses the first it has its own wording for. */
  voices: readonly Voice[];
  region: "London" | "South East";
  yearsQualified: YearsQualified;
}

export interface ThemePick {
  code: DemoTheme;
  positive: boolean;
}

const MIN_WORDS = 8;
const MAX_WORDS = 80;

interface AnswerSlotsFile {
  teams: string[];
  yearsQualified: Record<YearsQualified, string[]>;
  supervisors: Record<Voice, string[]>;
  salaries: Record<AnswerContext["region"], string[]>;
  /** Values for the `{slot}` placeholders that do not depend on the respondent (besides `{team}`). */
  slots: Record<string, string[]>;
}

const answerSlots = readDemoData<AnswerSlotsFile>("answer-slots.json");
assertKeys("answer-slots.json", "yearsQualified", answerSlots.yearsQualified, ["0-2", "3-5", "6-10", "11+"]);
assertKeys("answer-slots.json", "salaries", answerSlots.salaries, ["London", "South East"]);

const YEARS: Readonly<Record<YearsQualified, readonly string[]>> = answerSlots.yearsQualified;
const SUPERVISORS: Readonly<Record<Voice, readonly string[]>> = answerSlots.supervisors;
const SALARIES: Readonly<Record<AnswerContext["region"], readonly string[]>> = answerSlots.salaries;

/** Values for the `{slot}` placeholders that do not depend on the respondent. */
export const SLOT_VALUES: Readonly<Record<string, readonly string[]>> = {
  ...answerSlots.slots,
  team: answerSlots.teams,
};

/** Words that keep their capital letter when a sentence runs on after an opening or connector. */
const PROPER_WORDS = new Set(["I", "Mosaic", "Liquidlogic", "Eclipse", "Copilot", "Magic", "London", "Black", "Teams"]);

const POSITIVE_EMOJI = ["🙂", "👍", "😊"];
const NEGATIVE_EMOJI = ["😩", "🙏", "😞"];

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function bankFor(code: DemoTheme, voices: readonly Voice[], field: keyof FragmentBank): readonly string[] {
  const fragments = THEME_FRAGMENTS[code];
  for (const voice of voices) {
    const override = fragments.voices?.[voice]?.[field];
    if (override && override.length > 0) return override;
  }
  return fragments.base[field];
}

function fillSlots(random: Random, context: AnswerContext, template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    if (slot === "years") return pick(random, YEARS[context.yearsQualified]);
    if (slot === "regionIn") return context.region === "London" ? "London" : "the South East";
    if (slot === "salary") return pick(random, SALARIES[context.region]);
    if (slot === "supervisor") return pick(random, SUPERVISORS[context.voices[0]]);
    const values = SLOT_VALUES[slot];
    if (!values) throw new Error(`Unknown slot {${slot}} in "${template}"`);
    return pick(random, values);
  });
}

function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function runsOn(lead: string): boolean {
  return /[,:–]$|\bbut$/.test(lead);
}

function decapitalise(sentence: string): string {
  const firstWord = sentence.split(/[\s,;:.]/, 1)[0];
  const keepsCapital = PROPER_WORDS.has(firstWord) || firstWord.startsWith("I’") || /\p{Lu}/u.test(firstWord.slice(1));
  return keepsCapital ? sentence : sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

function lead(opening: string, sentence: string): string {
  return runsOn(opening) ? `${opening} ${decapitalise(sentence)}` : `${opening} ${sentence}`;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

interface Sentence {
  text: string;
  suggestion: boolean;
  /** A suggestion is followed by the problem behind it, whatever the respondent's leaning. */
  positive: boolean;
}

function themeSentence(random: Random, context: AnswerContext, theme: ThemePick, suggestionShare: number): Sentence {
  const asSuggestion = random() < suggestionShare;
  const field: keyof FragmentBank = asSuggestion ? "suggestion" : theme.positive ? "positive" : "concern";
  const template = pick(random, bankFor(theme.code, context.voices, field));
  return {
    text: capitalise(fillSlots(random, context, template)),
    suggestion: asSuggestion,
    positive: theme.positive && !asSuggestion,
  };
}

function themeDetail(random: Random, context: AnswerContext, code: DemoTheme, positive: boolean): string {
  const field: keyof FragmentBank = positive ? "positiveDetail" : "concernDetail";
  return capitalise(fillSlots(random, context, pick(random, bankFor(code, context.voices, field))));
}

const SUGGESTION_SHARE: Record<QuestionKind, number> = { change: 0.75, support: 0.2, other: 0.25 };

/**
 * One free-text answer built from the phrase bank: an optional opening, a sentence on the first theme, optional
 * detail, an optional second theme after a connector, and an optional closing, kept to 8–80 words.
 */
export function composeAnswer(
  random: Random,
  context: AnswerContext,
  question: QuestionKind,
  themes: readonly ThemePick[],
): string {
  const [first, second] = themes;
  if (!first) throw new Error("composeAnswer needs at least one theme");
  const share = SUGGESTION_SHARE[question];

  const main = themeSentence(random, context, first, share);
  const mainDetail = () => themeDetail(random, context, first.code, main.positive);
  const openings = [
    ...OPENINGS.any,
    ...(main.suggestion ? [] : OPENINGS.statement),
    ...(question === "change" ? OPENINGS.change : []),
  ];
  const opening = random() < 0.5 ? fillSlots(random, context, pick(random, openings)) : null;
  let detail = random() < 0.65 ? mainDetail() : null;
  const secondMain = second ? themeSentence(random, context, second, share) : null;
  const secondSentence = secondMain ? `${pick(random, CONNECTORS)} ${decapitalise(secondMain.text)}` : null;
  const secondDetail =
    second && secondMain && random() < 0.3 ? themeDetail(random, context, second.code, secondMain.positive) : null;
  const closing = random() < 0.45 ? pick(random, CLOSINGS) : null;
  if (!opening && !detail && !secondSentence && !closing) detail = mainDetail();
  const paragraphBreak = random() < 0.06;
  const emoji = random() < 0.01 ? pick(random, main.positive ? POSITIVE_EMOJI : NEGATIVE_EMOJI) : null;

  const assemble = (withOpening: boolean, withDetail: boolean, withSecondDetail: boolean, withClosing: boolean) => {
    const start = withOpening && opening ? lead(opening, main.text) : main.text;
    const firstPart = [start, withDetail ? detail : null].filter(Boolean).join(" ");
    const secondPart = [secondSentence, withSecondDetail ? secondDetail : null].filter(Boolean).join(" ");
    const body = secondPart ? [firstPart, secondPart].join(paragraphBreak ? "\n\n" : " ") : firstPart;
    const ending = [withClosing ? closing : null, emoji].filter(Boolean).join(" ");
    return ending ? `${body} ${ending}` : body;
  };

  // Drop the optional parts, least important first, until the answer fits.
  const attempts: Array<[boolean, boolean, boolean, boolean]> = [
    [true, true, true, true],
    [true, true, true, false],
    [false, true, true, false],
    [false, true, false, false],
    [false, false, false, false],
  ];
  let text = "";
  for (const [withOpening, withDetail, withSecondDetail, withClosing] of attempts) {
    text = assemble(withOpening, withDetail, withSecondDetail, withClosing);
    if (countWords(text) <= MAX_WORDS) break;
  }
  while (countWords(text) < MIN_WORDS) text = `${text} ${mainDetail()}`;
  return text;
}
