import { and, eq } from "drizzle-orm";
import { createTestDb } from "../../db/client";
import { codes, participantAttributes, participants } from "../../db/schema";
import { applyCodings } from "../coding/apply-codings";
import { ensureAttribute } from "../imports/ensure-attribute";
import type { SurveyRecords } from "../imports/parsers/survey/types";
import { storeSurvey } from "../imports/store-survey";
import { storeTranscript } from "../imports/store-transcript";
import { createProject } from "../projects/create-project";

export const QUESTION = "What would improve your working life?";

export interface FixtureRespondent {
  id: string;
  region: string;
  role: string;
  gender?: string;
  answer: string | null;
}

export const WAVE_2023: FixtureRespondent[] = [
  { id: "R23-1", region: "London", role: "Social worker", answer: "Lower caseloads 😀 and better pay." },
  { id: "R23-2", region: "South East", role: "Team manager", answer: "Pay. Supervision that is regular." },
  { id: "R23-3", region: "South East", role: "Service manager", answer: null },
  { id: "R23-4", region: "South East", role: "Social worker", answer: "Less driving between visits." },
];

export const WAVE_2025: FixtureRespondent[] = [
  {
    id: "R25-1",
    region: "South East",
    role: "Team manager",
    gender: "Female",
    answer: "Caseloads are unmanageable. Pay rise please!",
  },
  {
    id: "R25-2",
    region: "London",
    role: "Team manager",
    gender: "Male",
    answer: "Better ICT; the laptop 💻 crashes daily.",
  },
  {
    id: "R25-3",
    region: "South East",
    role: "Service manager",
    gender: "Female",
    answer: "Café-style hubs for hybrid work, said Wójcik.",
  },
];

export const TURNS = [
  { speaker: "Ewa Wójcik", text: "My caseload 😀 is 31 children. Supervision is rare!" },
  { speaker: "Tom Reed", text: "Pay is not great. We need a pay rise." },
  { speaker: "Ewa Wójcik", text: "Naïve managers think hybrid working is easy." },
];

function surveyRecords(rows: FixtureRespondent[]): SurveyRecords {
  const answered = rows.map((row, index) => ({ row, index })).filter(({ row }) => row.answer !== null);
  return {
    respondents: rows.map((row) => ({
      externalId: row.id,
      attributes: { region: row.region, role: row.role, ...(row.gender ? { gender: row.gender } : {}) },
      likert: {},
    })),
    questions: [
      { header: QUESTION, answers: answered.map(({ row, index }) => ({ respondentIndex: index, text: row.answer! })) },
    ],
    likertColumns: [],
    attributeMerges: [],
  };
}

/**
 * A small project imported through the real importers: one transcript (two participants with
 * attributes) and one question in two waves, plus a code tree Workload > Caseloads, and Pay.
 */
export function createSearchFixture() {
  const db = createTestDb();
  const projectId = createProject(db, { slug: "p", name: "P" }).id;
  db.$client
    .prepare(
      "insert into users (email, name, password_hash) values ('a@x.org','Ada Coder','x'), ('b@x.org','Ben Coder','x')",
    )
    .run();
  const transcriptId = storeTranscript(db, {
    projectId,
    userId: 1,
    parsed: {
      format: "txt",
      cueCount: TURNS.length,
      speakers: ["Ewa Wójcik", "Tom Reed"],
      warnings: [],
      turns: TURNS.map((t) => ({ ...t, startMs: null, endMs: null })),
    },
    metadata: { title: "Managers focus group", wave: "2025", filename: "group.txt" },
  }).documentId;
  const attributesOf: Record<string, Record<string, string>> = {
    "Ewa Wójcik": { region: "South East", role: "Team manager" },
    "Tom Reed": { region: "London", role: "Social worker" },
  };
  for (const [name, values] of Object.entries(attributesOf)) {
    const participant = db
      .select({ id: participants.id })
      .from(participants)
      .where(and(eq(participants.projectId, projectId), eq(participants.name, name)))
      .get()!;
    for (const [attribute, value] of Object.entries(values)) {
      db.insert(participantAttributes)
        .values({ participantId: participant.id, attributeId: ensureAttribute(db, projectId, attribute), value })
        .run();
    }
  }
  storeSurvey(db, { projectId, userId: 1, wave: "2023", records: surveyRecords(WAVE_2023), filename: "s23.csv" });
  storeSurvey(db, { projectId, userId: 1, wave: "2025", records: surveyRecords(WAVE_2025), filename: "s25.csv" });
  const questionDocuments = db.$client
    .prepare(
      "select d.id, w.label from documents d join waves w on w.id = d.wave_id where d.kind = 'question' order by w.label",
    )
    .all() as { id: number; label: string }[];
  const workload = db.insert(codes).values({ projectId, name: "Workload", position: 0 }).returning().get().id;
  const caseloads = db
    .insert(codes)
    .values({ projectId, name: "Caseloads", parentId: workload, position: 0 })
    .returning()
    .get().id;
  const pay = db.insert(codes).values({ projectId, name: "Pay", position: 1, colour: "#b45309" }).returning().get().id;
  return {
    db,
    projectId,
    transcriptId,
    question2023: questionDocuments[0].id,
    question2025: questionDocuments[1].id,
    codes: { workload, caseloads, pay },
  };
}

export type SearchFixture = ReturnType<typeof createSearchFixture>;

/** Where `needle` starts in the document's text (UTF-16). */
export function offsetOf(fixture: SearchFixture, documentId: number, needle: string): { start: number; end: number } {
  const { text } = fixture.db.$client.prepare("select text from documents where id = ?").get(documentId) as {
    text: string;
  };
  const start = text.indexOf(needle);
  if (start === -1) throw new Error(`"${needle}" is not in document ${documentId}`);
  return { start, end: start + needle.length };
}

/** Codes the first place `needle` stands in the document with one code, as the coder (Ada, 1, unless told). */
export function codeText(fixture: SearchFixture, documentId: number, needle: string, codeId: number, coderId = 1) {
  return applyCodings(fixture.db, {
    projectId: fixture.projectId,
    coderId,
    documentId,
    ranges: [offsetOf(fixture, documentId, needle)],
    codeIds: [codeId],
  });
}
