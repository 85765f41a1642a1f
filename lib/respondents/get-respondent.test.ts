import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { getParticipant } from "../participants/get-participant";
import { codeText, createSearchFixture, type SearchFixture } from "../retrieval/test-fixtures";
import { getRespondent } from "./get-respondent";

describe("per-person views", () => {
  let fixture: SearchFixture;
  const idOf = (sql: string, ...args: unknown[]) => (fixture.db.$client.prepare(sql).get(...args) as { id: number }).id;
  const code = (documentId: number, needle: string, codeId: number, coderId = 1) =>
    codeText(fixture, documentId, needle, codeId, coderId);

  beforeEach(() => {
    fixture = createSearchFixture();
    const { transcriptId, question2025, codes } = fixture;
    code(question2025, "Caseloads are unmanageable.", codes.caseloads);
    code(question2025, "Pay rise please!", codes.pay, 2);
    code(question2025, "Better ICT", codes.workload); // another respondent's answer
    code(transcriptId, "Supervision is rare!", codes.workload);
    code(transcriptId, "Pay is not great.", codes.pay); // Tom's turn
  });
  afterEach(() => fixture.db.cleanup());

  it("shows a respondent's attributes and every answer with only its own codings", () => {
    const id = idOf("select id from respondents where external_id = 'R25-1'");
    const view = getRespondent(fixture.db, fixture.projectId, id);
    expect(view).toMatchObject({ externalId: "R25-1", wave: "2025", otherWaves: [] });
    expect(view.attributes).toEqual([
      ["region", "South East"],
      ["role", "Team manager"],
      ["gender", "Female"],
    ]);
    expect(view.answers).toHaveLength(1);
    const [answer] = view.answers;
    expect(answer.text).toBe("Caseloads are unmanageable. Pay rise please!");
    expect(
      answer.codings.map((c) => [
        c.codeName,
        c.coderName,
        answer.text.slice(c.start - answer.start, c.end - answer.start),
      ]),
    ).toEqual([
      ["Caseloads", "Ada Coder", "Caseloads are unmanageable."],
      ["Pay", "Ben Coder", "Pay rise please!"],
    ]);
    const unanswered = getRespondent(
      fixture.db,
      fixture.projectId,
      idOf("select id from respondents where external_id = 'R23-3'"),
    );
    expect(unanswered.answers).toEqual([]);
  });

  it("shows a participant's turns across transcripts with their codings", () => {
    const id = idOf("select id from participants where name = 'Ewa Wójcik'");
    const view = getParticipant(fixture.db, fixture.projectId, id);
    expect(view.attributes).toEqual([
      ["region", "South East"],
      ["role", "Team manager"],
    ]);
    expect(view.turnCount).toBe(2);
    expect(view.documents).toHaveLength(1);
    const [first, second] = view.documents[0].turns;
    expect(first.text).toBe("My caseload 😀 is 31 children. Supervision is rare!");
    expect(first.codings.map((c) => c.codeName)).toEqual(["Workload"]);
    expect(second.codings).toEqual([]);
  });

  it("refuses people from other projects", () => {
    expect(() => getRespondent(fixture.db, fixture.projectId + 1, 1)).toThrow(AppError);
    expect(() => getParticipant(fixture.db, fixture.projectId + 1, 1)).toThrow("Participant not found.");
  });
});
