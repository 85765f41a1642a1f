import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { createProject } from "../projects/create-project";
import type { SurveyRecords } from "./parsers/survey/types";
import type { ParsedTranscript } from "./parsers/transcript/parsed-transcript";
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
    const summary = storeTranscript(db, {
      projectId,
      userId: 1,
      parsed: transcript,
      metadata: {
        title: "Team managers",
        wave: "2025",
        filename: "t.vtt",
      },
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
    const summary = storeSurvey(db, {
      projectId,
      userId: 1,
      wave: "2025",
      records: survey(["r1", "r2", "r3"]),
      filename: "s.csv",
    });
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
    expect(() =>
      storeSurvey(db, { projectId, userId: 1, wave: "2023", records: survey(["a", "b", "a"]), filename: "bad.csv" }),
    ).toThrow();
    const after = ["respondents", "answers", "documents", "respondent_attributes", "likert_answers", "answers_fts"].map(
      (t) => count(db, t),
    );
    expect(after).toEqual(before);
    expect(count(db, "waves")).toBe(1);
  });

  it("links every answer, attribute and Likert score to its own respondent across many insert batches", () => {
    storeSurvey(db, { projectId, userId: 1, wave: "2023", records: survey(["x1", "x2", "x3"]), filename: "s23.csv" });
    // 203 respondents: several full multi-row batches and a part batch, after another wave's ids.
    const ids = Array.from({ length: 203 }, (_, i) => `R-${String(i).padStart(3, "0")}`);
    const records = survey(ids);
    records.likertColumns.push({ header: "I feel valued", metricKey: null });
    records.respondents.forEach((respondent, i) => {
      if (i % 3 !== 0) respondent.likert["I feel valued"] = ((i * 7) % 5) + 1;
    });
    records.questions[0].answers = ids.flatMap((id, i) =>
      i % 4 === 1 ? [] : [{ respondentIndex: i, text: `I am ${id}` }],
    );
    const progress: [number, number][] = [];
    const summary = storeSurvey(db, {
      projectId,
      userId: 1,
      wave: "2025",
      records,
      filename: "s25.csv",
      onProgress: (done, total) => progress.push([done, total]),
    });
    // Progress only moves forward and ends exactly at its total.
    expect(progress.every(([done], i) => i === 0 || done >= progress[i - 1][0])).toBe(true);
    const [lastDone, total] = progress[progress.length - 1];
    expect(lastDone).toBe(total);
    const expectedLikert = ids.length + ids.filter((_, i) => i % 3 !== 0).length;
    // 152 answers to the first question (every fourth respondent skipped it) and one to the second.
    expect(summary).toMatchObject({ respondents: 203, answers: 153, likertAnswers: expectedLikert });

    const answerRows = db.$client
      .prepare(
        `select r.external_id as id, a.text from answers a join respondents r on r.id = a.respondent_id
         join documents d on d.id = a.document_id where d.title = 'What would help?' and r.external_id like 'R-%'`,
      )
      .all() as { id: string; text: string }[];
    expect(answerRows).toHaveLength(152);
    for (const row of answerRows) expect(row.text).toBe(`I am ${row.id}`);

    const likertRows = db.$client
      .prepare(
        `select r.external_id as id, i.label, l.value from likert_answers l join respondents r on r.id = l.respondent_id
         join likert_items i on i.id = l.item_id join waves w on w.id = r.wave_id where w.label = '2025'`,
      )
      .all() as { id: string; label: string; value: number }[];
    expect(likertRows).toHaveLength(expectedLikert);
    for (const row of likertRows) {
      const i = ids.indexOf(row.id);
      expect(row.value).toBe(row.label === "I feel valued" ? ((i * 7) % 5) + 1 : (i % 5) + 1);
    }

    const regions = db.$client
      .prepare(
        `select r.external_id as id, ra.value from respondent_attributes ra join respondents r on r.id = ra.respondent_id
         join attributes t on t.id = ra.attribute_id where t.name = 'region' and r.external_id like 'R-%'`,
      )
      .all() as { id: string; value: string }[];
    expect(regions).toHaveLength(203);
    for (const row of regions) expect(row.value).toBe(ids.indexOf(row.id) % 2 ? "South East" : "London");
    const hits = db.$client.prepare("select rowid from answers_fts where answers_fts match '\"R 202\"'").all();
    expect(hits).toHaveLength(1);
  });

  it("refuses a second import of the same wave", () => {
    storeSurvey(db, { projectId, userId: 1, wave: "2025", records: survey(["r1"]), filename: "s.csv" });
    expect(() =>
      storeSurvey(db, { projectId, userId: 1, wave: "2025", records: survey(["r9"]), filename: "s.csv" }),
    ).toThrow(/already has respondents/);
  });

  it("enforces offsets and project boundaries in the database", () => {
    const { documentId } = storeTranscript(db, {
      projectId,
      userId: 1,
      parsed: transcript,
      metadata: { title: "T", filename: "t.vtt" },
    });
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
