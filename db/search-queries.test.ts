import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { storeTranscript } from "../lib/imports/store-transcript";
import { createProject } from "../lib/projects/create-project";
import { createSearchFixture, type SearchFixture } from "../lib/retrieval/test-fixtures";
import { parseFtsQuery } from "../lib/search/fts-query";
import { insertLongUnits } from "../lib/search/long-units-fixture";
import { countUnitHits, rankedUnits, SNIPPET_CLOSE, SNIPPET_OPEN } from "./search-queries";

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
  // Without a document filter the index may be ranked alone (no join per match); with one, always through
  // the join. Both must give the same rows in the same order, whatever share of the text the project holds.
  it("ranks the same rows, snippets and long-unit openings as the joined query, alone or beside other projects", () => {
    const { db, projectId } = fixture;
    insertLongUnits(db.$client, projectId, {
      turn: `${"A long turn about pay and workload. ".repeat(80)}End.`,
      answer: `${"Pay came up again and again. ".repeat(90)}End.`,
    });
    const documentIds = (
      db.$client.prepare("select id from documents where project_id = ?").all(projectId) as { id: number }[]
    ).map((row) => row.id);
    const compare = () => {
      for (const kind of ["turn", "answer"] as const) {
        for (const limit of [1, 2, 10]) {
          for (const withText of [false, true]) {
            const options = { projectId, match: match("pay"), limit, withText };
            const rows = rankedUnits(db, kind, options);
            expect(rows).toEqual(rankedUnits(db, kind, { ...options, documentIds }));
            expect(rows.length).toBeGreaterThan(0);
          }
        }
      }
    };
    compare();
    const heads = rankedUnits(db, "answer", { projectId, match: match("pay"), limit: 10 }).filter((row) => row.head);
    expect(heads.map((row) => [row.excerpt, row.head?.slice(0, 12)])).toEqual([[null, "Pay came up "]]);
    // A small other project whose text outranks this one's: some of the index's best rows are not ours.
    const other = createProject(db, { slug: "other", name: "Other" }).id;
    insertLongUnits(db.$client, other, { turn: "Pay pay pay.", answer: "Pay, pay and pay." });
    compare();
    // More of its short rows, each outranking ours: the index's best few hold none of ours.
    for (const label of ["More 1", "More 2", "More 3"]) {
      insertLongUnits(db.$client, other, { label, turn: "Pay pay pay pay.", answer: "Pay pay pay pay." });
    }
    compare();
    // An other project holding most of the text: the joined query answers.
    insertLongUnits(db.$client, other, { label: "Big", turn: "Pay. ".repeat(3000), answer: "Pay. ".repeat(3000) });
    compare();
  });
});
