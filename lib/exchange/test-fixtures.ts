import type { Db } from "../../db/client";
import { codes, documents, participantAttributes, participants, turns, users } from "../../db/schema";
import { applyCodings } from "../coding/apply-codings";
import { ensureAttribute } from "../imports/ensure-attribute";
import { layoutText } from "../imports/layout-text";
import { memoFromText } from "../memos/memo-body";
import { createMemo } from "../memos/save-memo";
import { createProject } from "../projects/create-project";
import { seedSurveyWave } from "../respondents/test-fixtures";

/** Turns of the exchange test transcript: emoji (astral), accents, CRLF inside a turn. */
export const EXCHANGE_TURNS = [
  { speaker: "Facilitator", text: "Welcome — what made this year hard? 😀" },
  { speaker: "Aisha", text: "Caseloads 📈 went up again.\r\nAnd the duty rota — every week 👩🏽‍⚕️ someone's off." },
  { speaker: "Tomás", text: "Supervision helps; my manager é listens. 🎉🎉" },
  { speaker: null, text: "[crosstalk]" },
  { speaker: "Aisha", text: "Agency staff leave after 3 months 😞, so we start again." },
];

/**
 * A small demo-like project for exchange tests: a transcript with emoji, CRLF and overlapping
 * codings by two coders, a nested code tree with notes, participants with attributes, memos on
 * every kind of target, and optionally one survey question with respondents.
 */
export function seedExchangeProject(db: Db, slug: string, options: { withSurvey?: boolean } = {}) {
  const owner = db
    .insert(users)
    .values({ email: `${slug}-owner@example.org`, name: "Olu Owner", passwordHash: "x" })
    .returning({ id: users.id })
    .get().id;
  const researcher = db
    .insert(users)
    .values({ email: `${slug}-researcher@example.org`, name: "Rhea Researcher", passwordHash: "x" })
    .returning({ id: users.id })
    .get().id;
  const project = createProject(db, { slug, name: `Exchange ${slug}`, ownerId: owner });
  const projectId = project.id;

  const code = (
    name: string,
    parentId: number | null,
    position: number,
    extra: Partial<typeof codes.$inferInsert> = {},
  ) =>
    db
      .insert(codes)
      .values({ projectId, name, parentId, position, colour: "#1971c2", ...extra })
      .returning({ id: codes.id })
      .get().id;
  const workload = code("Workload", null, 0, {
    description: "Pressure of work",
    inclusion: "Caseload numbers",
    exclusion: "Pay",
    colour: "#d9480f",
  });
  const caseloads = code("Caseloads & <rota>", workload, 0, { description: 'Says "too many" 😀' });
  const support = code("Support", null, 1, { colour: "#2b8a3e" });
  const supervision = code("Supervision", support, 0);
  const turnover = code("Turnover", null, 2);

  const participantIds = new Map<string, number>();
  const region = ensureAttribute(db, projectId, "region");
  const role = ensureAttribute(db, projectId, "role");
  for (const [name, attributes] of [
    ["Facilitator", {}],
    ["Aisha", { [region]: "London", [role]: "Social worker" }],
    ["Tomás", { [region]: "South East", [role]: "Team manager" }],
  ] as const) {
    const id = db.insert(participants).values({ projectId, name }).returning({ id: participants.id }).get().id;
    participantIds.set(name, id);
    for (const [attributeId, value] of Object.entries(attributes)) {
      db.insert(participantAttributes)
        .values({ participantId: id, attributeId: Number(attributeId), value })
        .run();
    }
  }
  const { text, units } = layoutText(EXCHANGE_TURNS);
  const documentId = db
    .insert(documents)
    .values({ projectId, kind: "transcript", title: "Focus group 1 — ✨", text, textLength: text.length })
    .returning({ id: documents.id })
    .get().id;
  units.forEach(({ unit, startOffset, endOffset }, position) => {
    db.insert(turns)
      .values({
        documentId,
        position,
        speaker: unit.speaker,
        participantId: unit.speaker ? participantIds.get(unit.speaker)! : null,
        startOffset,
        endOffset,
        text: unit.text,
      })
      .run();
  });
  const range = (phrase: string, extend = 0) => {
    const start = text.indexOf(phrase);
    if (start < 0) throw new Error(`no "${phrase}"`);
    return { start, end: start + phrase.length + extend };
  };
  // Overlapping, nested and identical ranges; one crossing a CRLF, several bounded by emoji.
  applyCodings(db, {
    projectId,
    coderId: owner,
    documentId,
    codeIds: [caseloads, workload],
    ranges: [range("Caseloads 📈 went up again.\r\nAnd the duty rota")],
  });
  applyCodings(db, {
    projectId,
    coderId: researcher,
    documentId,
    codeIds: [workload],
    ranges: [range("📈 went up again.\r\nAnd")],
  });
  applyCodings(db, {
    projectId,
    coderId: researcher,
    documentId,
    codeIds: [supervision],
    ranges: [range("Supervision helps; my manager é listens. 🎉🎉")],
  });
  applyCodings(db, { projectId, coderId: owner, documentId, codeIds: [support], ranges: [range("🎉")] });
  applyCodings(db, {
    projectId,
    coderId: owner,
    documentId,
    codeIds: [turnover],
    ranges: [range("3 months 😞, so we start again.")],
  });
  applyCodings(db, {
    projectId,
    coderId: researcher,
    documentId,
    codeIds: [turnover, workload],
    ranges: [range("Supervision helps; my manager é listens. 🎉🎉\n\n[crosstalk]\n\nAgency staff leave")],
  });
  const segment = applyCodings(db, {
    projectId,
    coderId: owner,
    documentId,
    codeIds: [supervision],
    ranges: [range("my manager é listens")],
  })[0];

  createMemo(
    db,
    { projectId, userId: owner },
    { on: { target: "project" }, body: memoFromText("Project memo: first wave.") },
  );
  createMemo(
    db,
    { projectId, userId: researcher },
    { on: { target: "document", documentId }, body: memoFromText("Noisy room 😀.") },
  );
  createMemo(
    db,
    { projectId, userId: owner },
    { on: { target: "segment", segmentId: segment.segmentId }, body: memoFromText("Good quote?") },
  );
  createMemo(
    db,
    { projectId, userId: researcher },
    { on: { target: "code", codeId: turnover }, body: memoFromText("Leaving & staying.") },
  );

  let questionDocumentId: number | null = null;
  if (options.withSurvey) {
    questionDocumentId = seedSurveyWave(db, projectId, "2025", [
      { id: "R1", answer: "Fewer cases 🙏", attributes: { region: "London" } },
      { id: "R2", answer: null, attributes: { region: "Kent" } },
      { id: "R3", answer: "Better IT.", attributes: { region: "Kent" } },
    ]).documentId;
    const answerText = "Fewer cases 🙏";
    applyCodings(db, {
      projectId,
      coderId: researcher,
      documentId: questionDocumentId,
      codeIds: [workload],
      ranges: [{ start: 0, end: answerText.length }],
    });
  }
  return {
    projectId,
    slug,
    owner,
    researcher,
    documentId,
    questionDocumentId,
    codes: { workload, caseloads, support, supervision, turnover },
  };
}
