import { assertKeys, readDemoData } from "./demo-data";
import { type DemoTheme, THEME_CODES } from "./themes";

/**
 * The phrase bank the demo survey's free-text answers are composed from. `{slot}` placeholders are filled by
 * `composeAnswer`. Every concern, positive and suggestion sentence names its theme in words `THEME_KEYWORDS`
 * knows; openings, closings and connectors name no theme at all.
 */
export interface FragmentBank {
  concern: readonly string[];
  positive: readonly string[];
  suggestion: readonly string[];
  concernDetail: readonly string[];
  positiveDetail: readonly string[];
}

/** Whose point of view a sentence is written from; a theme may word itself differently for each. */
export type Voice = "student" | "earlyCareer" | "manager" | "agency" | "practitioner";

export interface ThemeFragments {
  base: FragmentBank;
  voices?: Partial<Record<Voice, Partial<FragmentBank>>>;
}

interface AnswerFragmentsFile {
  themes: Record<DemoTheme, ThemeFragments>;
  /**
   * Openings; those ending in a comma, colon or dash run into the next sentence. `statement` openings set a
   * scene and only precede an account, not a suggestion; `change` openings only start an answer about one change.
   */
  openings: Record<"any" | "statement" | "change", string[]>;
  /** Sentences that may end any answer. */
  closings: string[];
  /** Joins a second theme onto the first; all end in a comma or colon, so the next sentence runs on. */
  connectors: string[];
}

const bank = readDemoData<AnswerFragmentsFile>("answer-fragments.json");
assertKeys("answer-fragments.json", "themes", bank.themes, THEME_CODES);

export const THEME_FRAGMENTS: Readonly<Record<DemoTheme, ThemeFragments>> = bank.themes;
export const OPENINGS: Readonly<Record<"any" | "statement" | "change", readonly string[]>> = bank.openings;
export const CLOSINGS: readonly string[] = bank.closings;
export const CONNECTORS: readonly string[] = bank.connectors;
