import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { respondents, turns, users } from "../../db/schema";
import { ensureWave } from "../imports/ensure-wave";
import { storeTranscript } from "../imports/store-transcript";
import { createProject } from "../projects/create-project";
import { resolveQuoteSource } from "../quotes/quote-source";
import { fitLabel } from "./fit-label";
import { loadLabelContext } from "./load-label-context";

let db: ReturnType<typeof createTestDb>;
let projectId: number;
let userId: number;

beforeEach(() => {
  db = createTestDb();
  projectId = createProject(db, { slug: "small-groups", name: "Small groups" }).id;
  userId = db.insert(users).values({ email: "r@example.org", name: "R", passwordHash: "x" }).returning().get().id;
});

afterEach(() => {
  db.cleanup();
});

/** A focus group: a facilitator and `size` participants, each saying one line. */
function group(title: string, wave: string, groupType: string, size: number, prefix: string): number {
  const speakers = [`${prefix} Facilitator`, ...Array.from({ length: size }, (_, i) => `${prefix} Person ${i + 1}`)];
  return storeTranscript(db, {
    projectId,
    userId,
    parsed: {
      format: "txt",
      turns: speakers.map((speaker, i) => ({ speaker, startMs: null, endMs: null, text: `Line ${i} of ${title}.` })),
      cueCount: speakers.length,
      speakers,
      warnings: [],
    },
    metadata: { title, wave, groupType, filename: `${title}.txt` },
  }).documentId;
}

function addRespondents(wave: string, count: number) {
  const waveId = ensureWave(db, projectId, wave);
  for (let i = 0; i < count; i++)
    db.insert(respondents)
      .values({ projectId, waveId, externalId: `${wave}-${i}` })
      .run();
}

/** The label check for the first participant's turn of a transcript (the facilitator speaks first). */
function check(documentId: number, picked: string[], k = 10) {
  const turn = db.select().from(turns).where(eq(turns.documentId, documentId)).all()[1];
  const source = resolveQuoteSource(db, projectId, { documentId, start: turn.startOffset, end: turn.endOffset });
  const context = loadLabelContext(db, projectId, source);
  return fitLabel(context.subject, context.population, picked, k, { projectPeople: context.projectPeople });
}

describe("labels for quotes from small focus groups", () => {
  it("counts every wave's focus-group participants once the wave is dropped", () => {
    const students = group("Students", "2023", "students", 5, "S");
    group("Managers", "2025", "team managers", 8, "M");
    const result = check(students, ["group type", "wave"]);
    // "Students' focus group, 2023" fits the 5 students only, and so does it without the wave (a tie: the
    // later pick goes first); without both, the label counts the 13 participants of both waves
    // (facilitators left out).
    expect(result.steps.map((step) => step.message)).toEqual([
      "‘Students' focus group, 2023’ fits 5 people; dropped wave.",
      "‘Students' focus group’ fits 5 people; dropped group type.",
    ]);
    expect(result).toMatchObject({ ok: true, label: "Focus-group participant", fits: 13, population: 13 });
  });

  it("keeps the wave when the wave alone fits k", () => {
    const students = group("Students", "2023", "students", 5, "S");
    group("Students again", "2023", "students", 6, "T");
    group("Managers", "2025", "team managers", 8, "M");
    expect(check(students, ["wave"])).toMatchObject({ ok: true, label: "Focus-group participant, 2023", fits: 11 });
  });

  it("falls back to ‘(participant)’ over the project's people when no label reaches k, and says so", () => {
    const students = group("Students", "2023", "students", 5, "S");
    addRespondents("2025", 40);
    const result = check(students, ["wave", "group type"]);
    expect(result).toMatchObject({ ok: true, label: "(participant)", fits: 45, k: 10, parts: [] });
    expect(result.steps.at(-1)).toMatchObject({
      action: "fallback",
      message:
        "Even ‘Focus-group participant’ fits only 5 people among the focus-group participants of every wave; labelled ‘(participant)’ instead, which fits the project's 45 people.",
    });
    expect(result.summary).toMatch(/^‘\(participant\)’ fits 45 people \(k = 10\)/);
  });

  it("cannot attribute a quote when even the whole project is smaller than k", () => {
    const students = group("Students", "2023", "students", 5, "S");
    expect(check(students, [])).toMatchObject({ ok: false, label: "Focus-group participant", fits: 5 });
  });
});
