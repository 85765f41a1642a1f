import { describe, expect, it } from "vitest";
import { CLOSINGS, CONNECTORS, type FragmentBank, OPENINGS, THEME_FRAGMENTS } from "./answer-fragments";
import { SLOT_VALUES } from "./compose-answer";
import { matchThemeKeywords } from "./match-theme-keywords";
import { readCodebook } from "./seed-data";
import { readSeedDataFile } from "./seed-files";
import { THEME_CODES, THEME_KEYWORDS } from "./themes";

const codebook = readCodebook(readSeedDataFile("codebook.csv"));

/** Fills slots with a value that names no theme, except the two slots whose values always name one. */
function fillForTest(template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    if (slot === "system") return "Mosaic";
    if (slot === "ai") return "Copilot";
    return "twelve";
  });
}

describe("THEME_KEYWORDS", () => {
  it("has one entry per codebook code, in codebook order", () => {
    expect([...THEME_CODES]).toEqual(codebook.map((row) => row.code));
    expect(Object.keys(THEME_KEYWORDS).sort()).toEqual([...THEME_CODES].sort());
  });

  it("holds lowercase, non-empty, unrepeated hints", () => {
    for (const code of THEME_CODES) {
      const keywords = THEME_KEYWORDS[code];
      expect(keywords.length, code).toBeGreaterThan(2);
      expect(new Set(keywords).size, code).toBe(keywords.length);
      for (const keyword of keywords) expect(keyword, code).toBe(keyword.toLowerCase().trim());
    }
  });
});

describe("matchThemeKeywords", () => {
  it("matches whole words, prefixes marked with *, any case and either apostrophe", () => {
    expect(matchThemeKeywords("Caseloads are high")).toContain("Workload and caseloads");
    expect(matchThemeKeywords("I aim to help")).not.toContain("AI in practice");
    expect(matchThemeKeywords("The AI pilot")).toContain("AI in practice");
    expect(matchThemeKeywords("We’re paid late")).toContain("Pay and remuneration");
    expect(matchThemeKeywords("paperwork")).toEqual([]);
    expect(matchThemeKeywords("")).toEqual([]);
    expect(matchThemeKeywords("managers’ time")).toContain("Manager role complexity");
  });
});

describe("the phrase bank", () => {
  const mainFields: Array<keyof FragmentBank> = ["concern", "positive", "suggestion"];
  const allFields: Array<keyof FragmentBank> = [...mainFields, "concernDetail", "positiveDetail"];

  it("has hundreds of fragments, with every field filled for every theme", () => {
    let total = Object.values(OPENINGS).flat().length + CLOSINGS.length + CONNECTORS.length;
    for (const code of THEME_CODES) {
      const { base, voices } = THEME_FRAGMENTS[code];
      for (const field of allFields) expect(base[field].length, `${code} ${field}`).toBeGreaterThan(0);
      total += allFields.reduce((sum, field) => sum + base[field].length, 0);
      for (const voice of Object.values(voices ?? {})) {
        total += allFields.reduce((sum, field) => sum + (voice[field]?.length ?? 0), 0);
      }
    }
    expect(total).toBeGreaterThan(400);
  });

  it("names its theme in every concern, positive and suggestion sentence", () => {
    for (const code of THEME_CODES) {
      const { base, voices } = THEME_FRAGMENTS[code];
      const banks = [base, ...Object.values(voices ?? {})];
      for (const bank of banks) {
        for (const field of mainFields) {
          for (const template of bank[field] ?? []) {
            expect(matchThemeKeywords(fillForTest(template)), template).toContain(code);
          }
        }
      }
    }
    for (const system of SLOT_VALUES.system) expect(matchThemeKeywords(system), system).toContain("ICT and systems");
    for (const tool of SLOT_VALUES.ai) expect(matchThemeKeywords(tool), tool).toContain("AI in practice");
  });

  it("names no theme in openings, closings, connectors or neutral slot values", () => {
    const neutral = [...Object.values(OPENINGS).flat(), ...CLOSINGS, ...CONNECTORS].map(fillForTest);
    const neutralSlots = ["team", "span", "period", "freq", "days", "weekday", "hours", "commute", "n", "lowN"];
    for (const slot of neutralSlots) neutral.push(...SLOT_VALUES[slot]);
    for (const text of neutral) expect(matchThemeKeywords(text), text).toEqual([]);
  });

  it("writes typographic apostrophes, not straight ones", () => {
    const texts = [...Object.values(OPENINGS).flat(), ...CLOSINGS, ...CONNECTORS];
    for (const code of THEME_CODES) {
      const { base, voices } = THEME_FRAGMENTS[code];
      for (const bank of [base, ...Object.values(voices ?? {})]) {
        for (const field of allFields) texts.push(...(bank[field] ?? []));
      }
    }
    for (const text of texts) expect(text, text).not.toMatch(/\w'\w/);
  });
});
