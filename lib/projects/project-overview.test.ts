import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { imports, users } from "../../db/schema";
import { seedTranscriptProject } from "../participants/test-fixtures";
import { seedSurveyWave } from "../respondents/test-fixtures";
import { listUserProjects } from "./list-user-projects";
import { getProjectOverview } from "./project-overview";

let db: ReturnType<typeof createTestDb>;

beforeEach(() => {
  db = createTestDb();
});

afterEach(() => {
  db.cleanup();
});

describe("getProjectOverview", () => {
  it("counts documents, turns, respondents and answers per wave", () => {
    const { projectId, userId } = seedTranscriptProject(db, "alpha", ["Facilitator", "Amira", "Ben"]);
    seedSurveyWave(db, projectId, "2023", [
      { id: "r1", answer: "Too many cases" },
      { id: "r2", answer: null },
    ]);
    seedSurveyWave(db, projectId, "2025", [
      { id: "r1", answer: "Better support" },
      { id: "r2", answer: "Fine" },
    ]);
    db.insert(imports)
      .values({ projectId, userId, filename: "survey.csv", storedPath: "/nowhere", byteSize: 10 })
      .run();

    const overview = getProjectOverview(db, projectId);
    expect(overview).toMatchObject({
      transcripts: 1,
      questions: 2,
      turns: 3,
      respondents: 4,
      answers: 3,
      participants: 3,
    });
    expect(overview.waves.map(({ waveId: _id, ...rest }) => rest)).toEqual([
      { wave: "2023", respondents: 2, answers: 1, questions: 1, transcripts: 0 },
      { wave: "2025", respondents: 2, answers: 2, questions: 1, transcripts: 0 },
    ]);
    expect(overview.recentImports).toMatchObject([
      { filename: "survey.csv", status: "uploaded", byEmail: "alpha@example.org" },
    ]);
  });

  it("counts nothing of another project", () => {
    seedTranscriptProject(db, "alpha", ["Amira"]);
    const beta = seedTranscriptProject(db, "beta", ["Ben", "Cara"]);
    expect(getProjectOverview(db, beta.projectId)).toMatchObject({ transcripts: 1, turns: 2, participants: 2 });
  });
});

describe("listUserProjects", () => {
  it("lists only the user's projects with their role", () => {
    const alpha = seedTranscriptProject(db, "alpha", ["Amira"]);
    seedTranscriptProject(db, "beta", ["Ben"]);
    expect(listUserProjects(db, alpha.userId)).toEqual([
      { slug: "alpha", name: "alpha", description: "", role: "owner", documents: 1, href: "/projects/alpha" },
    ]);
    const stranger = db
      .insert(users)
      .values({ email: "x@example.org", name: "x", passwordHash: "x" })
      .returning()
      .get();
    expect(listUserProjects(db, stranger.id)).toEqual([]);
  });
});
