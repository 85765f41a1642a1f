import { describe, expect, it } from "vitest";
import {
  createPhraseMatcher,
  findPhrase,
  foldForMatch,
  isSentenceStart,
  isTypedInLowerCase,
  startingAtCapitals,
  tokeniseWords,
} from "./text-matching";

describe("foldForMatch", () => {
  it("keeps the length of the input, so offsets carry over", () => {
    for (const text of ["Małgorzata Wiśniewska", "Ó Briain’s", "Seán 😂 Nguyễn", "İstanbul", "", "   "]) {
      expect(foldForMatch(text)).toHaveLength(text.length);
    }
  });

  it("lower-cases and strips accents, including letters with no decomposition", () => {
    expect(foldForMatch("Łukasz Dąbrowski")).toBe("lukasz dabrowski");
    expect(foldForMatch("Siobhán Ó")).toBe("siobhan o");
    expect(foldForMatch("O’Neill")).toBe("o'neill");
  });
});

describe("findPhrase", () => {
  const find = (text: string, phrase: string) =>
    findPhrase(text, foldForMatch(text), phrase).map((m) => text.slice(m.start, m.end));

  it("matches whole words only, in any case and with or without accents", () => {
    expect(find("Priya's notes; priya; Priyanka", "Priya")).toEqual(["Priya", "priya"]);
    expect(find("Sean and SEÁN", "Seán")).toEqual(["Sean", "SEÁN"]);
  });

  it("lets any whitespace stand for a space", () => {
    expect(find("Kent\nCounty  Council", "Kent County Council")).toEqual(["Kent\nCounty  Council"]);
  });

  it("finds nothing in empty text", () => {
    expect(find("", "Kent")).toEqual([]);
  });
});

describe("createPhraseMatcher", () => {
  const matcher = createPhraseMatcher(["Brighton and Hove", "Brighton", "H&F", "Children's Trust"]);
  const find = (text: string) => matcher.find(text, foldForMatch(text)).map((m) => text.slice(m.start, m.end));

  it("prefers the longest phrase and treats & as and", () => {
    expect(find("Brighton & Hove, then Brighton")).toEqual(["Brighton & Hove", "Brighton"]);
  });

  it("keeps punctuation adjacency", () => {
    expect(find("H&F or H & F, a Children's Trust")).toEqual(["H&F", "Children's Trust"]);
  });
});

describe("isSentenceStart", () => {
  it("recognises text, line and sentence starts but not abbreviations", () => {
    const text = "Reading it. Mr. Ward came.\nGrant left: Jun stayed";
    expect(isSentenceStart(text, 0)).toBe(true);
    expect(isSentenceStart(text, text.indexOf("Mr."))).toBe(true);
    expect(isSentenceStart(text, text.indexOf("Ward"))).toBe(false);
    expect(isSentenceStart(text, text.indexOf("Grant"))).toBe(true);
    expect(isSentenceStart(text, text.indexOf("Jun"))).toBe(true);
    expect(isSentenceStart(text, text.indexOf("came"))).toBe(false);
  });
});

describe("tokeniseWords", () => {
  it("keeps hyphens and inner apostrophes and splits off a possessive", () => {
    const [first, second] = tokeniseWords("Adebayo-Okafor O'Brien's");
    expect(first.text).toBe("Adebayo-Okafor");
    expect(second).toMatchObject({ text: "O'Brien's", base: "O'Brien", possessive: true });
  });

  it("reports UTF-16 offsets past emoji", () => {
    const text = "😂👩🏽‍⚕️ Kwame";
    const [token] = tokeniseWords(text);
    expect(text.slice(token.start, token.end)).toBe("Kwame");
  });

  it("treats plural acronyms as acronyms", () => {
    expect(tokeniseWords("LAs and CSWs").map((token) => token.allCaps)).toEqual([true, false, true]);
  });
});

describe("isTypedInLowerCase", () => {
  it("tells a comment typed in lower case from ordinary prose", () => {
    expect(isTypedInLowerCase("left islington for tact. better pay now")).toBe(true);
    expect(isTypedInLowerCase("Honestly i think it's fine.")).toBe(true);
    expect(isTypedInLowerCase("I left Islington. The pay is better.")).toBe(false);
    expect(isTypedInLowerCase("")).toBe(false);
  });
});

describe("startingAtCapitals", () => {
  it("finds what the pattern finds, at capitals of any script", () => {
    const pattern = /(?<![\p{L}])\p{Lu}\p{Ll}+/gu;
    const text = "met Ángel, Łucja, Zoë and Ørjan in µ-town; 𝐀bc too";
    const found = (regExp: RegExp) => [...text.matchAll(regExp)].map((match) => [match.index, match[0]]);
    expect(found(startingAtCapitals(pattern))).toEqual(found(pattern));
    expect(found(startingAtCapitals(pattern)).map(([, word]) => word)).toEqual([
      "Ángel",
      "Łucja",
      "Zoë",
      "Ørjan",
      "𝐀bc",
    ]);
  });

  it("refuses a pattern that ignores case, where a capital may match a small letter", () => {
    expect(() => startingAtCapitals(/\p{Lu}x/giu)).toThrow();
  });
});
