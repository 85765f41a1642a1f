import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { projectSettings } from "../../db/schema";
import { proposeQuote } from "./propose-quote";
import { checkAttribution } from "./set-quote-attribution";
import { crowd, seedFocusGroup, seedQuoteProject } from "./test-fixtures";

const TEXT = "I manage an assessment team, and our caseloads doubled this year.";

describe("a label that drops a detail the quote still gives", () => {
  let db: ReturnType<typeof createTestDb>;
  beforeEach(() => {
    db = createTestDb();
  });
  afterEach(() => db.cleanup());

  it("says where the wording still gives the dropped role", () => {
    const { projectId, codeId, actors } = seedQuoteProject(db);
    const group = seedFocusGroup(db, projectId, {
      wave: "2025",
      groupType: "managers",
      speakers: [
        { name: "Ines Ferreira", attributes: { role: "Team manager", region: "London" }, text: TEXT },
        ...crowd("Padding", 12, { role: "Social worker", region: "London" }),
      ],
    });
    const turn = db.$client
      .prepare("select start_offset s, end_offset e from turns where document_id = ? and text = ?")
      .get(group.documentId, TEXT) as { s: number; e: number };
    const { id } = proposeQuote(db, actors.author, {
      projectId,
      codeId,
      documentId: group.documentId,
      start: turn.s,
      end: turn.e,
    });
    // k = 10: one team manager among 13 people, so the role is generalised then dropped.
    db.update(projectSettings).set({ quoteK: 10 }).where(eq(projectSettings.projectId, projectId)).run();
    const check = checkAttribution(db, projectId, id, ["role", "region"]);
    expect(check.steps.some((step) => step.action === "dropped" && step.attribute === "role")).toBe(true);
    expect(check.droppedDetails.map((detail) => detail.text)).toContain("I manage an assessment team");
    expect(check.summary).toMatch(/still gives what the label dropped: “I manage an assessment team”/);
    // With the role kept (a label that fits), nothing is flagged.
    db.update(projectSettings).set({ quoteK: 5 }).where(eq(projectSettings.projectId, projectId)).run();
    expect(checkAttribution(db, projectId, id, ["region"]).droppedDetails).toEqual([]);
  });
});
