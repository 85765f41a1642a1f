import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { createSearchFixture, type SearchFixture } from "../retrieval/test-fixtures";
import { hitRanges } from "./hit-ranges";
import { insertLongUnits } from "./long-units-fixture";
import { listCodableHits, NARROW_SEARCH_MESSAGE, searchProject } from "./search-project";

const plain = (parts: { text: string }[]) => parts.map((p) => p.text).join("");
const highlighted = (parts: { text: string; hit: boolean }[]) => parts.filter((p) => p.hit).map((p) => p.text);

describe("searchProject", () => {
  let fixture: SearchFixture;
  beforeEach(() => {
    fixture = createSearchFixture();
  });
  afterEach(() => fixture.db.cleanup());

  it("finds turns and answers with their source, wave and highlighted snippet", () => {
    const result = searchProject(fixture.db, fixture.projectId, "pay");
    expect(result.total).toBe(4);
    expect(result.hits).toHaveLength(4);
    const turn = result.hits.find((hit) => hit.kind === "turn")!;
    expect(turn).toMatchObject({
      documentId: fixture.transcriptId,
      documentKind: "transcript",
      source: "Tom Reed",
      wave: "2025",
    });
    expect(highlighted(turn.snippet)).toEqual(["Pay", "pay"]);
    expect(plain(turn.snippet)).toBe("Pay is not great. We need a pay rise.");
    const answers = result.hits.filter((hit) => hit.kind === "answer");
    expect(answers.map((hit) => hit.source).sort()).toEqual(["R23-1", "R23-2", "R25-1"]);
    expect(answers.find((hit) => hit.source === "R25-1")).toMatchObject({ wave: "2025", documentKind: "question" });
    expect(result.hits.map((hit) => hit.rank)).toEqual([...result.hits.map((hit) => hit.rank)].sort((a, b) => a - b));
  });

  it("supports phrases, prefixes, AND / OR / NOT and diacritic-free spelling", () => {
    const sources = (query: string) =>
      searchProject(fixture.db, fixture.projectId, query)
        .hits.map((hit) => hit.source)
        .sort();
    expect(sources('"pay rise"')).toEqual(["R25-1", "Tom Reed"]);
    expect(sources("case*")).toEqual(["Ewa Wójcik", "R23-1", "R25-1"]);
    expect(sources("pay NOT rise")).toEqual(["R23-1", "R23-2"]);
    expect(sources("supervision AND rare")).toEqual(["Ewa Wójcik"]);
    expect(sources("laptop OR driving")).toEqual(["R23-4", "R25-2"]);
    expect(sources("wojcik")).toEqual(["R25-3"]);
    expect(sources("NAIVE cafe")).toEqual([]);
    expect(sources("naive OR cafe")).toEqual(["Ewa Wójcik", "R25-3"]);
  });

  it("pages through hits", () => {
    const first = searchProject(fixture.db, fixture.projectId, "pay", { pageSize: 3 });
    const second = searchProject(fixture.db, fixture.projectId, "pay", { pageSize: 3, page: 2 });
    expect(first).toMatchObject({ pageCount: 2, page: 1 });
    expect(second.hits).toHaveLength(1);
    const seen = [...first.hits, ...second.hits].map((hit) => `${hit.kind}${hit.unitId}`);
    expect(new Set(seen).size).toBe(4);
  });

  it.each([
    ['"pay', /quote mark/],
    ["pay AND", /cannot end with AND/],
    ["(pay", /never closed/],
    ["💻", /at least one word/],
  ])("refuses %j with a message", (query, message) => {
    let caught: unknown;
    try {
      searchProject(fixture.db, fixture.projectId, query);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe("invalid_input");
    expect((caught as AppError).message).toMatch(message);
  });
});

describe("searchProject on very long turns and answers", () => {
  let fixture: SearchFixture;
  beforeEach(() => {
    fixture = createSearchFixture();
  });
  afterEach(() => fixture.db.cleanup());

  it("cuts short snippets around the first hits of a 190,000-character turn and a 1 MB answer", () => {
    const turn = `Opening words. ${"Caseload and pay rise talk. ".repeat(6_800)}`;
    const answer = `${"Żółć and café 😀 “workload” matters. ".repeat(27_000)}`;
    insertLongUnits(fixture.db.$client, fixture.projectId, { turn, answer });
    const result = searchProject(fixture.db, fixture.projectId, "caseload* OR workload");
    const long = result.hits.filter((hit) => hit.source === "Long speaker" || hit.source === "Long units: respondent");
    expect(long).toHaveLength(2);
    for (const hit of long) {
      expect(plain(hit.snippet).length).toBeLessThan(300);
      expect(plain(hit.snippet).endsWith("…")).toBe(true);
      expect(highlighted(hit.snippet).length).toBeGreaterThan(0);
      expect(highlighted(hit.snippet).length).toBeLessThanOrEqual(8);
    }
    const turnHit = long.find((hit) => hit.kind === "turn")!;
    expect(plain(turnHit.snippet).startsWith("Opening words. Caseload")).toBe(true);
    expect(highlighted(turnHit.snippet)[0]).toBe("Caseload");
    const answerHit = long.find((hit) => hit.kind === "answer")!;
    expect(highlighted(answerHit.snippet)).toContain("workload");
    // Short units keep FTS5's own snippets.
    expect(result.hits.find((hit) => hit.source === "Ewa Wójcik")?.snippet).toEqual([
      { text: "My ", hit: false },
      { text: "caseload", hit: true },
      { text: " 😀 is 31 children. Supervision is rare!", hit: false },
    ]);
  });

  it("asks to narrow a search that has used up its time", () => {
    let caught: unknown;
    try {
      searchProject(fixture.db, fixture.projectId, "pay", { budgetMs: 0 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).message).toBe(NARROW_SEARCH_MESSAGE);
    expect(NARROW_SEARCH_MESSAGE).toMatch(/Narrow it/);
  });
});

describe("listCodableHits", () => {
  let fixture: SearchFixture;
  beforeEach(() => {
    fixture = createSearchFixture();
  });
  afterEach(() => fixture.db.cleanup());

  it("lists every hit with its whole text, whose ranges land on the document's text", () => {
    const { hits, terms, truncated } = listCodableHits(fixture.db, fixture.projectId, "pay OR hybrid*");
    expect(truncated).toBe(false);
    expect(terms).toEqual([
      { text: "pay", prefix: false },
      { text: "hybrid", prefix: true },
    ]);
    expect(hits).toHaveLength(6);
    for (const hit of hits) {
      const { text } = fixture.db.$client.prepare("select text from documents where id = ?").get(hit.documentId) as {
        text: string;
      };
      expect(text.slice(hit.startOffset, hit.endOffset)).toBe(hit.text);
      for (const range of hitRanges({ text: hit.text, startOffset: hit.startOffset }, terms, "exact")) {
        expect(text.slice(range.start, range.end)).toMatch(/^(pay|hybrid)/i);
      }
    }
  });

  it("says when it kept only the best hits", () => {
    const { hits, truncated } = listCodableHits(fixture.db, fixture.projectId, "pay", 2);
    expect(hits).toHaveLength(2);
    expect(truncated).toBe(true);
  });
});
