import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { updateProjectSettings } from "../projects/settings";
import { projectAnonymiserOptions, rosterName } from "./project-anonymiser-options";
import { seedFocusGroup, seedQuoteProject } from "./test-fixtures";

describe("projectAnonymiserOptions", () => {
  let db: ReturnType<typeof createTestDb>;
  beforeEach(() => {
    db = createTestDb();
  });
  afterEach(() => db.cleanup());

  it("builds the roster from participants and name-holding attributes, and the terms from the project list and place attributes", () => {
    const { projectId, actors } = seedQuoteProject(db);
    seedFocusGroup(db, projectId, {
      wave: "2025",
      groupType: "mixed",
      speakers: [
        { name: "Ruth (Facilitator)", attributes: { role: "Facilitator" }, text: "Welcome." },
        {
          name: "Speaker 2",
          attributes: { role: "Social worker", "line manager": "Gwendolyn Pryce", "local authority": "Medway" },
          text: "Hi.",
        },
        {
          name: "Łukasz Wiśniewski",
          attributes: { role: "Team manager", employer: "Brightwater Fostering", region: "South East" },
          text: "Hello.",
        },
      ],
    });
    updateProjectSettings(
      db,
      projectId,
      { suppressionThreshold: 10, quoteK: 10, redactionTerms: ["Northgate Family Hub"] },
      actors.owner.userId,
    );
    const options = projectAnonymiserOptions(db, projectId);
    expect(options.roster.sort()).toEqual(["Gwendolyn Pryce", "Ruth", "Łukasz Wiśniewski"]);
    expect(options.customTerms.sort()).toEqual(["Brightwater Fostering", "Medway", "Northgate Family Hub"]);
  });

  it("keeps generic speaker labels out of the roster", () => {
    expect(rosterName("Speaker 12")).toBeNull();
    expect(rosterName("Facilitator")).toBeNull();
    expect(rosterName("P3")).toBeNull();
    expect(rosterName("  Mei  Lin Chen ")).toBe("Mei Lin Chen");
    expect(rosterName("Ruth (Facilitator)")).toBe("Ruth");
  });
});
