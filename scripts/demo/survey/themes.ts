import { assertKeys, readDemoData } from "./demo-data";

/** The code names of `db/seed/data/codebook.csv`, in file order. */
export const THEME_CODES = [
  "Workload and caseloads",
  "Protected caseloads",
  "Manager role complexity",
  "Supervision and feeling valued",
  "Psychological safety",
  "Inclusive practice",
  "Pay and remuneration",
  "Hybrid and flexible working",
  "ICT and systems",
  "AI in practice",
  "Social care reforms",
  "Career development and progression",
  "Agency working",
  "Commute and housing",
  "Early career support",
  "Retention",
] as const;

export type DemoTheme = (typeof THEME_CODES)[number];

/**
 * Keyword hints per codebook code, for auto-coding the demo. Each entry is a lowercase word or phrase matched
 * case-insensitively on whole words; a trailing `*` also accepts any continuation (`caseload*` matches
 * "caseloads"). Straight and curly apostrophes are treated alike.
 */
export const THEME_KEYWORDS: Readonly<Record<DemoTheme, string[]>> = readDemoData("theme-keywords.json");
assertKeys("theme-keywords.json", "themes", THEME_KEYWORDS, THEME_CODES);
