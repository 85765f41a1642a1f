import { describe, expect, it } from "vitest";
import {
  boundedSnippet,
  locateFirstHits,
  SNIPPET_LENGTH,
  SNIPPET_MAX_HITS,
  SNIPPET_SCAN_LIMIT,
} from "./bounded-snippet";
import { parseFtsQueryTerms } from "./fts-query";
import { locateTerms } from "./locate-terms";

type Parts = { text: string; hit: boolean }[];
const plain = (parts: Parts) => parts.map((part) => part.text).join("");
const highlighted = (parts: Parts) => parts.filter((part) => part.hit).map((part) => part.text);
const marked = (parts: Parts) => parts.map((part) => (part.hit ? `[${part.text}]` : part.text)).join("");

const filler = (length: number) => "Lorem ipsum dolor sit amet, ".repeat(Math.ceil(length / 28)).slice(0, length);

describe("boundedSnippet", () => {
  it("shows a short unit whole, with its hits marked whatever their accents, emoji and quote marks", () => {
    const text = "Ania Wójcik 😀 said the “café” in Świebodzin isn’t naïve.";
    const parts = boundedSnippet(text, parseFtsQueryTerms("wojcik OR cafe OR swiebodzin OR naive OR isn"));
    expect(plain(parts)).toBe(text);
    expect(marked(parts)).toBe("Ania [Wójcik] 😀 said the “[café]” in [Świebodzin] [isn]’t [naïve].");
  });

  it("cuts a window around the first hit deep inside a long unit, marked with ellipses", () => {
    const text = `${filler(150_000)}the “pay rise” for Śląsk 👍🏿 café staff ${filler(40_000)}`;
    const terms = parseFtsQueryTerms('"pay rise" OR slask OR cafe');
    const parts = boundedSnippet(text, terms, { scanLimit: Number.POSITIVE_INFINITY });
    const shown = plain(parts);
    expect(shown.startsWith("…")).toBe(true);
    expect(shown.endsWith("…")).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
    expect(highlighted(parts)).toEqual(["pay rise", "Śląsk", "café"]);
    expect(text.includes(shown.slice(1, -1))).toBe(true);
    expect(shown).toContain("👍🏿");
  });

  it("highlights at most SNIPPET_MAX_HITS hits however often the unit repeats the word", () => {
    const text = "pay ".repeat(250_000);
    const parts = boundedSnippet(text, ["pay"]);
    expect(highlighted(parts)).toEqual(Array(SNIPPET_MAX_HITS).fill("pay"));
    expect(plain(parts).length).toBeLessThanOrEqual(SNIPPET_LENGTH + 1);
  });

  it("shows the unit's opening when its first hit lies beyond the scanned window", () => {
    const text = `${filler(SNIPPET_SCAN_LIMIT + 5_000)} pay`;
    const parts = boundedSnippet(text, ["pay"]);
    expect(highlighted(parts)).toEqual([]);
    expect(plain(parts)).toBe(
      `${filler(SNIPPET_LENGTH)
        .slice(0, plain(parts).length - 1)
        .trimEnd()}…`,
    );
    expect(plain(parts).startsWith("Lorem ipsum")).toBe(true);
    expect(highlighted(boundedSnippet("pay rise", ["pay"], { scanLimit: 0 }))).toEqual([]);
  });

  it("says the text goes on when it is only the start of the unit", () => {
    expect(plain(boundedSnippet("a pay rise", ["pay"], { continues: true }))).toBe("a pay rise…");
    expect(plain(boundedSnippet("a pay rise", ["pay"]))).toBe("a pay rise");
  });

  it("never cuts through an emoji, a decomposed accent or a word", () => {
    const emoji = "😀👍🏿💻".repeat(200);
    for (const shift of [0, 1, 2, 3, 5, 7]) {
      const text = `${"x".repeat(shift)}${emoji} Wo\u0301jcik ${emoji}`;
      const parts = boundedSnippet(text, ["wojcik"]);
      for (const part of parts) expect(/\p{Cs}/u.test(part.text), JSON.stringify(part.text)).toBe(false);
      expect(highlighted(parts)).toEqual(["Wo\u0301jcik"]);
    }
    const words = `${"ś".repeat(30)} ${"wordy ".repeat(100)}`;
    const cut = plain(boundedSnippet(words, ["zzz"]));
    expect(cut.endsWith("wordy…")).toBe(true);
  });
});

describe("locateFirstHits", () => {
  it("finds the same first hits as locating in the whole text, across chunk ends", () => {
    const pieces = ["pay", "rise", "Pay-rise", "payroll", "café", "😀", "“pay”", "rise’s", "x".repeat(37), "\n"];
    let seed = 11;
    const words: string[] = [];
    for (let index = 0; index < 30_000; index++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      words.push(pieces[seed % pieces.length]);
    }
    const text = words.join(" ");
    for (const query of ['"pay rise"', "pay*", "cafe OR rise"]) {
      const terms = parseFtsQueryTerms(query);
      expect(locateFirstHits(text, terms, { maxHits: 400, scanLimit: text.length })).toEqual(
        locateTerms(text, terms).slice(0, 400),
      );
    }
  });

  it("looks no further than the scan limit", () => {
    const text = `${filler(10_000)} pay ${filler(10_000)} pay`;
    expect(locateFirstHits(text, ["pay"], { scanLimit: 5_000 })).toEqual([]);
    expect(locateFirstHits(text, ["pay"], { scanLimit: 12_000 })).toHaveLength(1);
  });
});
