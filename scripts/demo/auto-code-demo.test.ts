import { describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { seedDemoProject } from "./seed-demo-project";
import { generateSurvey } from "./survey/generate-survey";

describe("demo codings", () => {
  it("codes each answer with the themes it was generated from, and participants' turns by keyword", async () => {
    const db = createTestDb();
    try {
      const surveyScale = { london: 30, southEast: 20 };
      const { projectId } = await seedDemoProject(db, { surveyScale });
      const coded = db.$client
        .prepare(
          `select r.external_id as respondent, d.title as question, group_concat(distinct k.name) as codes, group_concat(distinct u.email) as coders
           from codings c join segments s on s.id = c.segment_id join documents d on d.id = s.document_id
           join answers a on a.document_id = d.id and a.start_offset = s.start_offset and a.end_offset = s.end_offset
           join respondents r on r.id = a.respondent_id join codes k on k.id = c.code_id join users u on u.id = c.coder_id
           where c.project_id = ? group by a.id`,
        )
        .all(projectId) as { respondent: string; question: string; codes: string; coders: string }[];
      const expected = new Map<string, string[]>();
      for (const wave of ["2023", "2025"] as const) {
        for (const [key, themes] of generateSurvey(wave, { scale: surveyScale }).answerThemes)
          expected.set(key, themes);
      }
      expect(coded.length).toBe(expected.size);
      for (const row of coded) {
        expect(row.codes.split(",").sort(), `${row.respondent} · ${row.question}`).toEqual(
          [...expected.get(`${row.respondent}|${row.question}`)!].sort(),
        );
        expect(row.coders).toBe("researcher@demo.quoteline");
      }
      const turnCodings = db.$client
        .prepare(
          `select t.speaker, count(*) as n from codings c join segments s on s.id = c.segment_id
           join turns t on t.document_id = s.document_id and t.start_offset = s.start_offset where c.project_id = ? group by t.speaker`,
        )
        .all(projectId) as { speaker: string; n: number }[];
      expect(turnCodings.length).toBeGreaterThan(5);
      expect(turnCodings.filter((t) => /facilitator/i.test(t.speaker))).toEqual([]);
      // Facilitators known only by their role attribute (e.g. "Marianne Ellis") are skipped too.
      const byRole = db.$client
        .prepare(
          `select count(*) as n from codings c join segments s on s.id = c.segment_id
           join turns t on t.document_id = s.document_id and t.start_offset = s.start_offset
           join participant_attributes pa on pa.participant_id = t.participant_id join attributes at on at.id = pa.attribute_id
           where c.project_id = ? and at.name = 'role' and pa.value = 'Facilitator'`,
        )
        .get(projectId) as { n: number };
      const facilitatorTurns = db.$client
        .prepare(
          `select count(*) as n from turns t join participant_attributes pa on pa.participant_id = t.participant_id
           join attributes at on at.id = pa.attribute_id where at.name = 'role' and pa.value = 'Facilitator'`,
        )
        .get() as { n: number };
      expect(facilitatorTurns.n).toBeGreaterThan(0);
      expect(byRole.n).toBe(0);
    } finally {
      db.cleanup();
    }
  });
});
