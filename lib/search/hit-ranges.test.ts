import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { parseFtsQuery, parseFtsQueryTerms } from "./fts-query";
import { expandToSentences, hitRanges, sentenceRanges } from "./hit-ranges";
import { foldWord, locateTerms, mergeRanges } from "./locate-terms";

const slices = (text: string, ranges: { start: number; end: number }[]) =>
  ranges.map((r) => text.slice(r.start, r.end));

describe("locateTerms", () => {
  it("finds words without case or accents, with UTF-16 offsets past emoji", () => {
    const text = "😀 Ania WÓJCIK met wojcik and Wo\u0301jcik 👍🏿 in Łódź.";
    const found = locateTerms(text, ["Wójcik"]);
    expect(slices(text, found)).toEqual(["WÓJCIK", "wojcik", "Wo\u0301jcik"]);
    expect(found[0].start).toBe(8); // the emoji is two code units and the space one
    expect(slices(text, locateTerms(text, ["łodz"]))).toEqual(["Łódź"]);
  });

  it("matches phrases as consecutive words and prefixes on the last word", () => {
    const text = "Pay rise? A pay - rise, then workload and work-life balance; payroll too.";
    expect(slices(text, locateTerms(text, ["pay rise"]))).toEqual(["Pay rise", "pay - rise"]);
    expect(slices(text, locateTerms(text, [{ text: "work", prefix: true }]))).toEqual(["workload", "work"]);
    expect(slices(text, locateTerms(text, [{ text: "pay", prefix: true }]))).toEqual(["Pay", "pay", "payroll"]);
    expect(slices(text, locateTerms(text, ["pay"]))).toEqual(["Pay", "pay"]);
    expect(locateTerms(text, ["😀", "  "])).toEqual([]);
  });

  it("merges overlapping matches of different terms", () => {
    const text = "a pay rise now";
    expect(slices(text, locateTerms(text, ["pay", "pay rise", "rise"]))).toEqual(["pay rise"]);
    expect(
      mergeRanges([
        { start: 5, end: 7 },
        { start: 0, end: 2 },
        { start: 2, end: 4 },
      ]),
    ).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 5, end: 7 },
    ]);
  });

  it("folds like unicode61 remove_diacritics 2", () => {
    expect(foldWord("Żółć")).toBe("zołc");
    expect(foldWord("NAÏVE")).toBe("naive");
    expect(foldWord("café")).toBe(foldWord("cafe\u0301"));
  });

  describe("agrees with FTS5's own highlight()", () => {
    const sqlite = new Database(":memory:");
    sqlite.exec("create virtual table f using fts5(text, tokenize='unicode61 remove_diacritics 2')");
    afterAll(() => sqlite.close());
    const cases: [string, string][] = [
      ["Ania Wójcik 😀 said naïve things about the café in Łódź.", "wojcik OR naive OR cafe OR łodz"],
      ["Children's services: the children’s social care team's ICT.", '"children s" OR team*'],
      ["Pay, pay and more PAY!! 👍🏿 Payroll; repay.", "pay*"],
      ["Working part-time with a 4-day week in 2025 💻", '"part time" OR "4 day" OR 2025'],
      ["Supervision is rare. Super vision is not a thing.", "supervision OR super*"],
      ["Zdrowie 😀 żółć — ŻÓŁĆ, zolc.", "żółć"],
    ];
    it.each(cases)("in %j for %j", (text, query) => {
      sqlite.prepare("delete from f").run();
      sqlite.prepare("insert into f (text) values (?)").run(text);
      const marked = (
        sqlite
          .prepare("select highlight(f, 0, char(57344), char(57345)) as h from f where f match ?")
          .get(parseFtsQuery(query).match) as { h: string } | undefined
      )?.h;
      expect(marked).toBeDefined();
      const expected: { start: number; end: number }[] = [];
      let plain = 0;
      let open = -1;
      for (const character of marked!) {
        if (character === "\uE000") open = plain;
        else if (character === "\uE001") expected.push({ start: open, end: plain });
        else plain += character.length;
      }
      expect(locateTerms(text, parseFtsQueryTerms(query))).toEqual(mergeRanges(expected));
    });
  });
});

describe("hit scopes", () => {
  const answer = { text: "Caseloads are unmanageable. Pay rise please! 😀 Pay matters.", startOffset: 100 };

  it("exact: each located term, shifted into document offsets", () => {
    const ranges = hitRanges(answer, parseFtsQueryTerms("pay"), "exact");
    expect(ranges).toEqual([
      { start: 128, end: 131 },
      { start: 148, end: 151 },
    ]);
    expect(ranges.map((r) => answer.text.slice(r.start - 100, r.end - 100))).toEqual(["Pay", "Pay"]);
  });

  it("sentence: widens to whole sentences and merges matches in one sentence", () => {
    const ranges = hitRanges(answer, parseFtsQueryTerms("pay OR rise"), "sentence");
    expect(ranges.map((r) => answer.text.slice(r.start - 100, r.end - 100))).toEqual([
      "Pay rise please!",
      "😀 Pay matters.",
    ]);
    expect(sentenceRanges("One.  Two?\n\nThree").map((r) => "One.  Two?\n\nThree".slice(r.start, r.end))).toEqual([
      "One.",
      "Two?",
      "Three",
    ]);
    expect(expandToSentences("Ab. Cd ef. Gh.", [{ start: 1, end: 5 }])).toEqual([{ start: 0, end: 10 }]);
  });

  it("unit: the whole turn or answer, once, even with many matches", () => {
    expect(hitRanges(answer, parseFtsQueryTerms("pay"), "unit")).toEqual([
      { start: 100, end: 100 + answer.text.length },
    ]);
    expect(hitRanges({ text: "   ", startOffset: 0 }, ["pay"], "unit")).toEqual([]);
  });

  it("gives no range where the terms cannot be found", () => {
    expect(hitRanges(answer, ["salary"], "exact")).toEqual([]);
    expect(hitRanges(answer, ["salary"], "sentence")).toEqual([]);
  });
});
