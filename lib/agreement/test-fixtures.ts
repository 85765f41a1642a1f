import type { Db } from "../../db/client";
import { answers, codes, documents, members, questions, respondents, turns, users } from "../../db/schema";
import { applyCodings } from "../coding/apply-codings";
import { ensureWave } from "../imports/ensure-wave";
import { layoutText } from "../imports/layout-text";
import { createProject } from "../projects/create-project";

/**
 * A project coded by two researchers, A and B, for the agreement and adjudication tests; a lead decides.
 *
 * Question "What helps?" (answers 0–3): Workload (W) by A on answers 0, 1 and the first word of 2; by B on
 * answers 0 and 3, and on answer 2 whole. Transcript "Managers" (turns 0–2): W by A on turn 1; B on no turn
 * with W, but B coded Pay (Y) on turn 0, so B worked in the transcript.
 */
export interface AgreementFixture {
  projectId: number;
  leadId: number;
  coderA: number;
  coderB: number;
  code: { W: number; Y: number };
  question: { documentId: number; text: string; answers: { id: number; start: number; end: number }[] };
  transcript: { documentId: number; text: string; turns: { id: number; start: number; end: number }[] };
}

export const ANSWERS = ["Caseloads 😩 are heavy", "Too many cases", "Caseloads again and again", "Hours"];
export const TURNS = ["Pay is low here.", "The workload is relentless.", "Thank you all."];

export function buildAgreementFixture(db: Db): AgreementFixture {
  const person = (email: string) =>
    db
      .insert(users)
      .values({ email, name: email.split("@")[0], passwordHash: "x" })
      .returning()
      .get().id;
  const [leadId, coderA, coderB] = ["lead@example.org", "ana@example.org", "ben@example.org"].map(person);
  const projectId = createProject(db, { slug: "agreement", name: "Agreement" }).id;
  db.insert(members)
    .values([
      { projectId, userId: leadId, role: "lead" },
      { projectId, userId: coderA, role: "researcher" },
      { projectId, userId: coderB, role: "researcher" },
    ])
    .run();
  const waveId = ensureWave(db, projectId, "2025");
  const W = db.insert(codes).values({ projectId, name: "Workload" }).returning().get().id;
  const Y = db.insert(codes).values({ projectId, name: "Pay" }).returning().get().id;

  const questionId = db.insert(questions).values({ projectId, text: "What helps?" }).returning().get().id;
  const laid = layoutText(ANSWERS.map((text, index) => ({ label: String(index), text })));
  const questionDocument = db
    .insert(documents)
    .values({
      projectId,
      kind: "question",
      title: "What helps?",
      waveId,
      questionId,
      text: laid.text,
      textLength: laid.text.length,
    })
    .returning()
    .get().id;
  const answerRows = laid.units.map(({ startOffset, endOffset }, position) => {
    const respondentId = db
      .insert(respondents)
      .values({ projectId, waveId, externalId: `r${position}` })
      .returning()
      .get().id;
    const id = db
      .insert(answers)
      .values({ documentId: questionDocument, respondentId, position, startOffset, endOffset, text: ANSWERS[position] })
      .returning()
      .get().id;
    return { id, start: startOffset, end: endOffset };
  });

  let transcriptText = "";
  const turnSpans = TURNS.map((text) => {
    const start = transcriptText.length;
    transcriptText += `${text}\n`;
    return { start, end: start + text.length };
  });
  const transcriptDocument = db
    .insert(documents)
    .values({
      projectId,
      kind: "transcript",
      title: "Managers",
      text: transcriptText,
      textLength: transcriptText.length,
    })
    .returning()
    .get().id;
  const turnRows = turnSpans.map((span, position) => ({
    id: db
      .insert(turns)
      .values({
        documentId: transcriptDocument,
        position,
        speaker: `P${position}`,
        startOffset: span.start,
        endOffset: span.end,
        text: TURNS[position],
      })
      .returning()
      .get().id,
    ...span,
  }));

  const code = (coderId: number, documentId: number, start: number, end: number, codeId = W) =>
    applyCodings(db, { projectId, coderId, documentId, ranges: [{ start, end }], codeIds: [codeId] });
  const a = answerRows;
  code(coderA, questionDocument, a[0].start, a[0].end);
  code(coderA, questionDocument, a[1].start, a[1].end);
  code(coderA, questionDocument, a[2].start, a[2].start + "Caseloads".length);
  code(coderB, questionDocument, a[0].start, a[0].end);
  code(coderB, questionDocument, a[2].start, a[2].end);
  code(coderB, questionDocument, a[3].start, a[3].end);
  code(coderA, transcriptDocument, turnRows[1].start, turnRows[1].end);
  code(coderB, transcriptDocument, turnRows[0].start, turnRows[0].end, Y);

  return {
    projectId,
    leadId,
    coderA,
    coderB,
    code: { W, Y },
    question: { documentId: questionDocument, text: laid.text, answers: answerRows },
    transcript: { documentId: transcriptDocument, text: transcriptText, turns: turnRows },
  };
}
