import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { storeTranscript } from "../lib/imports/store-transcript";
import { createProject } from "../lib/projects/create-project";
import { createSearchFixture, type SearchFixture } from "../lib/retrieval/test-fixtures";
import { parseFtsQuery } from "../lib/search/fts-query";
import { insertLongUnits } from "../lib/search/long-units-fixture";
import { countUnitHits, type RankedUnitRow, rankedUnits, SNIPPET_CLOSE, SNIPPET_OPEN } from "./search-queries";

describe("db/search-queries", () => {
  let fixture: SearchFixture;
  beforeEach(() => {
    fixture = createSearchFixture();
  });
  afterEach(() => fixture.db.cleanup());

  const match = (query: string) => parseFtsQuery(query).match;

  it("ranks a project's turns and answers and marks the hits in snippets", () => {
    const { db, projectId } = fixture;
    const turns = rankedUnits(db, "turn", { projectId, match: match("pay"), limit: 10 });
    expect(turns.map((row) => row.excerpt)).toEqual([
      `${SNIPPET_OPEN}Pay${SNIPPET_CLOSE} is not great. We need a ${SNIPPET_OPEN}pay${SNIPPET_CLOSE} rise.`,
    ]);
    const answers = rankedUnits(db, "answer", { projectId, match: match("pay"), limit: 10 });
    expect(answers).toHaveLength(3);
    // bm25 ranks: lower is better, and rows come back in that order.
    expect(answers.map((row) => row.rank)).toEqual([...answers.map((row) => row.rank)].sort((a, b) => a - b));
    for (const row of answers) expect(row.excerpt).toMatch(new RegExp(`${SNIPPET_OPEN}pay${SNIPPET_CLOSE}`, "i"));
  });

  it("gives the unit's offsets and whole text on request, and limits to documents", () => {
    const { db, projectId, transcriptId } = fixture;
    const [row] = rankedUnits(db, "turn", { projectId, match: match("wojcik OR naive"), limit: 5, withText: true });
    expect(row.excerpt).toBe("Naïve managers think hybrid working is easy.");
    const { text } = db.$client.prepare("select text from documents where id = ?").get(transcriptId) as {
      text: string;
    };
    expect(text.slice(row.startOffset, row.endOffset)).toBe(row.excerpt);
    expect(
      rankedUnits(db, "answer", { projectId, match: match("pay"), limit: 5, documentIds: [fixture.question2023] }),
    ).toHaveLength(2);
  });

  it("keeps other projects' text out and counts up to a cap", () => {
    const { db, projectId } = fixture;
    const other = createProject(db, { slug: "other", name: "Other" }).id;
    storeTranscript(db, {
      projectId: other,
      userId: 1,
      parsed: {
        format: "txt",
        cueCount: 1,
        speakers: [],
        warnings: [],
        turns: [{ speaker: null, startMs: null, endMs: null, text: "Pay pay pay." }],
      },
      metadata: { title: "Other", filename: "o.txt" },
    });
    expect(countUnitHits(db, "turn", projectId, match("pay"), 100)).toBe(1);
    expect(countUnitHits(db, "turn", other, match("pay"), 100)).toBe(1);
    expect(countUnitHits(db, "answer", projectId, match("pay"), 100)).toBe(3);
    expect(countUnitHits(db, "answer", projectId, match("pay"), 2)).toBe(2);
    expect(rankedUnits(db, "turn", { projectId, match: match("pay"), limit: 10 }).map((r) => r.documentId)).toEqual([
      fixture.transcriptId,
    ]);
  });
  // With one project the index is ranked alone (no join per match); with two, through the join.
  it("ranks the same rows, snippets and long-unit openings whether or not another project exists", () => {
    const { db, projectId } = fixture;
    insertLongUnits(db.$client, projectId, {
      turn: `${"A long turn about pay and workload. ".repeat(80)}End.`,
      answer: `${"Pay came up again and again. ".repeat(90)}End.`,
    });
    // A second project changes bm25's corpus statistics, so compare the rows without their scores.
    const unscored = (rows: RankedUnitRow[]) => {
      expect(rows.map((row) => row.rank)).toEqual(rows.map((row) => row.rank).sort((a, b) => a - b));
      return rows.map(({ rank: _rank, ...row }) => row).sort((a, b) => a.unitId - b.unitId);
    };
    const search = () =>
      (["turn", "answer"] as const).flatMap((kind) => [
        ...unscored(rankedUnits(db, kind, { projectId, match: match("pay"), limit: 10 })),
        ...unscored(rankedUnits(db, kind, { projectId, match: match("pay"), limit: 10, withText: true })),
        ...unscored(rankedUnits(db, kind, { projectId, match: match("pay"), limit: 1 })),
      ]);
    const alone = search();
    // The long turn and answer come as their openings, every other row as a snippet or its text.
    expect(alone.filter((row) => row.head !== null).map((row) => row.kind)).toEqual([
      "turn",
      "turn",
      "answer",
      "answer",
    ]);
    expect(alone.filter((row) => row.head === null && row.excerpt === null)).toHaveLength(0);
    const other = createProject(db, { slug: "other", name: "Other" }).id;
    insertLongUnits(db.$client, other, { turn: "Nothing to find here.", answer: "Nor here." });
    expect(search()).toEqual(alone);
  });
});
