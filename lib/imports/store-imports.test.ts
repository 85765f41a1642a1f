import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import type { SurveyRecords } from "../importers/survey/types";
import type { ParsedTranscript } from "../importers/transcript/parsed-transcript";
import { createProject } from "../projects/create-project";
import { storeSurvey } from "./store-survey";
import { storeTranscript } from "./store-transcript";

const count = (db: ReturnType<typeof createTestDb>, table: string) =>
  (db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

const transcript: ParsedTranscript = {
  format: "vtt",
  cueCount: 4,
  speakers: ["Zofia Wójcik", "Kwame 😀"],
  warnings: [],
  turns: [
    { speaker: "Zofia Wójcik", startMs: 0, endMs: 4000, text: "Caseloads were “unmanageable” last year…" },
    { speaker: "Kwame 😀", startMs: 4000, endMs: 9000, text: "<script>alert(1)</script> was in the email" },
    { speaker: null, startMs: 9000, endMs: 9500, text: "Mm." },
    { speaker: "Zofia Wójcik", startMs: 9500, endMs: 12000, text: "Supervision helps – when it happens." },
  ],
};

function survey(ids: string[]): SurveyRecords {
  return {
    respondents: ids.map((externalId, i) => ({
      externalId,
      attributes: { region: i % 2 ? "South East" : "London", role: "Social worker" },
      likert: { "My workload is manageable": (i % 5) + 1 },
    })),
    questions: [
      { header: "What would help?", answers: ids.map((_, i) => ({ respondentIndex: i, text: `Answer ${i} ś ó 😀` })) },
      { header: "Anything else?", answers: [{ respondentIndex: 0, text: "Only one" }] },
    ],
    likertColumns: [{ header: "My workload is manageable", metricKey: "workload_manageable" }],
    attributeMerges: [],
  };
}

describe("storing imports", () => {
  let db: ReturnType<typeof createTestDb>;
  let projectId: number;
  beforeEach(() => {
    db = createTestDb();
    projectId = createProject(db, { slug: "p", name: "P" }).id;
    db.$client.prepare("insert into users (email, name, password_hash) values ('u@x.org','U','x')").run();
  });
  afterEach(() => db.cleanup());

  it("stores a transcript's turns at offsets that slice back to their text, with participants", () => {
    const summary = storeTranscript(db, projectId, 1, transcript, {
      title: "Team managers",
      wave: "2025",
      filename: "t.vtt",
    });
    expect(summary).toMatchObject({ documents: 1, turns: 4, speakers: 2 });
    const document = db.$client.prepare("select text, text_length from documents").get() as {
      text: string;
      text_length: number;
    };
    expect(document.text_length).toBe(document.text.length);
    const turns = db.$client.prepare("select * from turns order by position").all() as {
      text: string;
      start_offset: number;
      end_offset: number;
      participant_id: number | null;
      speaker: string | null;
    }[];
    for (const turn of turns) expect(document.text.slice(turn.start_offset, turn.end_offset)).toBe(turn.text);
    expect(turns[1].text).toBe("<script>alert(1)</script> was in the email");
    expect(turns[2].participant_id).toBeNull();
    expect(turns[0].participant_id).toBe(turns[3].participant_id);
    expect(count(db, "participants")).toBe(2);
    // The FTS index follows the import.
    const hits = db.$client.prepare("select rowid from turns_fts where turns_fts match 'supervision'").all();
    expect(hits).toHaveLength(1);
  });

  it("stores a survey and rolls back entirely when it fails part-way", () => {
    const summary = storeSurvey(db, projectId, 1, "2025", survey(["r1", "r2", "r3"]), "s.csv");
    expect(summary).toMatchObject({ respondents: 3, answers: 4, documents: 2, likertAnswers: 3, attributes: 2 });
    const before = [
      "respondents",
      "answers",
      "documents",
      "respondent_attributes",
      "likert_answers",
      "answers_fts",
    ].map((t) => count(db, t));
    // A duplicate respondent id fails on the unique index after rows were already inserted in the transaction.
    expect(() => storeSurvey(db, projectId, 1, "2023", survey(["a", "b", "a"]), "bad.csv")).toThrow();
    const after = ["respondents", "answers", "documents", "respondent_attributes", "likert_answers", "answers_fts"].map(
      (t) => count(db, t),
    );
    expect(after).toEqual(before);
    expect(count(db, "waves")).toBe(1);
  });

  it("refuses a second import of the same wave", () => {
    storeSurvey(db, projectId, 1, "2025", survey(["r1"]), "s.csv");
    expect(() => storeSurvey(db, projectId, 1, "2025", survey(["r9"]), "s.csv")).toThrow(/already has respondents/);
  });

  it("enforces offsets and project boundaries in the database", () => {
    const { documentId } = storeTranscript(db, projectId, 1, transcript, { title: "T", filename: "t.vtt" });
    const length = (db.$client.prepare("select text_length as n from documents").get() as { n: number }).n;
    const insertSegment = db.$client.prepare(
      "insert into segments (project_id, document_id, start_offset, end_offset, text) values (?, ?, ?, ?, ?)",
    );
    expect(() => insertSegment.run(projectId, documentId, 5, length + 1, "x")).toThrow(/outside the document/);
    expect(() => insertSegment.run(projectId, documentId, 5, 5, "x")).toThrow(/CHECK/);
    const otherProject = createProject(db, { slug: "q", name: "Q" }).id;
    expect(() => insertSegment.run(otherProject, documentId, 0, 4, "Case")).toThrow(/FOREIGN KEY/);
    const segment = insertSegment.run(projectId, documentId, 0, 9, "Caseloads");
    db.$client.prepare("insert into codes (project_id, name) values (?, 'Other project code')").run(otherProject);
    const insertCoding = db.$client.prepare(
      "insert into codings (project_id, segment_id, code_id, coder_id) values (?, ?, ?, 1)",
    );
    expect(() => insertCoding.run(projectId, segment.lastInsertRowid, 1)).toThrow(/FOREIGN KEY/);
    expect(() => db.$client.prepare("update documents set text = 'changed'").run()).toThrow(/immutable/);
  });
});
