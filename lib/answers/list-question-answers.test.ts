import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { orderAttributeNames } from "../attributes/standard-attributes";
import { applyCodings } from "../coding/apply-codings";
import { AppError } from "../errors";
import { createProject } from "../projects/create-project";
import { createSearchFixture, offsetOf, type SearchFixture } from "../retrieval/test-fixtures";
import { listQuestionAnswers } from "./list-question-answers";

describe("listQuestionAnswers", () => {
  let fixture: SearchFixture;
  beforeEach(() => {
    fixture = createSearchFixture();
  });
  afterEach(() => fixture.db.cleanup());

  it("lists the answers in order with each respondent's attributes as columns", () => {
    const view = listQuestionAnswers(fixture.db, fixture.projectId, fixture.question2025);
    expect(view.document).toMatchObject({ title: "What would improve your working life?", wave: "2025" });
    expect(view.attributeNames).toEqual(["region", "role", "gender"]);
    expect(view.answers.map((a) => [a.externalId, ...a.values])).toEqual([
      ["R25-1", "South East", "Team manager", "Female"],
      ["R25-2", "London", "Team manager", "Male"],
      ["R25-3", "South East", "Service manager", "Female"],
    ]);
    const { text } = fixture.db.$client
      .prepare("select text from documents where id = ?")
      .get(fixture.question2025) as { text: string };
    for (const answer of view.answers) expect(text.slice(answer.start, answer.end)).toBe(answer.text);
  });

  it("offers the same question's document in every wave", () => {
    const view = listQuestionAnswers(fixture.db, fixture.projectId, fixture.question2023);
    expect(view.waves).toEqual([
      { documentId: fixture.question2023, wave: "2023" },
      { documentId: fixture.question2025, wave: "2025" },
    ]);
    // A blank answer is no answer: R23-3 left the question empty.
    expect(view.answers.map((a) => a.externalId)).toEqual(["R23-1", "R23-2", "R23-4"]);
    // Attributes missing for some respondents still line up with the columns.
    expect(view.attributeNames).toEqual(["region", "role"]);
  });

  it("places whole-answer and partial codings of every coder on their answer", () => {
    const { db, projectId, question2025, codes } = fixture;
    const view = listQuestionAnswers(db, projectId, question2025);
    const [first, second] = view.answers;
    applyCodings(db, {
      projectId,
      coderId: 1,
      documentId: question2025,
      ranges: [{ start: first.start, end: first.end }],
      codeIds: [codes.workload],
    });
    const partial = offsetOf(fixture, question2025, "laptop 💻 crashes");
    applyCodings(db, {
      projectId,
      coderId: 2,
      documentId: question2025,
      ranges: [partial],
      codeIds: [codes.pay, codes.caseloads],
    });
    const coded = listQuestionAnswers(db, projectId, question2025).codings;
    expect(coded.map((c) => [c.answerId, c.codeId, c.coderName, c.end - c.start])).toEqual([
      [first.id, codes.workload, "Ada Coder", first.text.length],
      [second.id, codes.pay, "Ben Coder", "laptop 💻 crashes".length],
      [second.id, codes.caseloads, "Ben Coder", "laptop 💻 crashes".length],
    ]);
    expect(second.text.slice(coded[1].start - second.start, coded[1].end - second.start)).toBe("laptop 💻 crashes");
  });

  it("finds no question in a transcript or in another project", () => {
    const other = createProject(fixture.db, { slug: "other", name: "Other" }).id;
    for (const [projectId, documentId] of [
      [fixture.projectId, fixture.transcriptId],
      [other, fixture.question2025],
      [fixture.projectId, 999_999],
    ]) {
      expect(() => listQuestionAnswers(fixture.db, projectId, documentId)).toThrow(AppError);
      expect(() => listQuestionAnswers(fixture.db, projectId, documentId)).toThrow("Question not found.");
    }
  });

  it("orders attributes standard ones first", () => {
    expect(orderAttributeNames(["team", "gender", "region", "years qualified", "area", "region"])).toEqual([
      "region",
      "gender",
      "years qualified",
      "area",
      "team",
    ]);
  });
});
