import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { events, participants, turns } from "../../db/schema";
import { listParticipants } from "./list-participants";
import { mergeParticipants } from "./merge-participants";
import { normaliseAttributeName } from "./participant-attribute-keys";
import { listAttributeNames, setParticipantAttributes } from "./set-participant-attributes";
import { seedTranscriptProject } from "./test-fixtures";

let db: ReturnType<typeof createTestDb>;

beforeEach(() => {
  db = createTestDb();
});

afterEach(() => {
  db.cleanup();
});

describe("listParticipants", () => {
  it("lists participants with the documents and turns they speak in", () => {
    const { projectId, documentId } = seedTranscriptProject(db, "alpha", [
      "Facilitator",
      "Amira",
      "Facilitator",
      "Ben",
    ]);
    const listed = listParticipants(db, projectId);
    expect(listed.map((p) => [p.name, p.turns])).toEqual([
      ["Amira", 1],
      ["Ben", 1],
      ["Facilitator", 2],
    ]);
    expect(listed[2].documents).toEqual([{ documentId, title: "alpha focus group", turns: 2 }]);
  });

  it("never shows another project's participants", () => {
    seedTranscriptProject(db, "alpha", ["Amira"]);
    const other = seedTranscriptProject(db, "beta", ["Zoë"]);
    expect(listParticipants(db, other.projectId).map((p) => p.name)).toEqual(["Zoë"]);
  });
});

describe("setParticipantAttributes", () => {
  it("stores normalised names, drops blanks and replaces earlier values", () => {
    const { projectId, participantIds, userId } = seedTranscriptProject(db, "alpha", ["Amira"]);
    const amira = participantIds.get("Amira")!;
    setParticipantAttributes(
      db,
      { projectId, userId },
      { participantId: amira, attributes: { Region: " London ", "Employment  Type": "Agency", gender: "" } },
    );
    expect(listParticipants(db, projectId)[0].attributes).toEqual({ "employment type": "Agency", region: "London" });

    setParticipantAttributes(
      db,
      { projectId, userId },
      { participantId: amira, attributes: { region: "North West", "years qualified": "3–5" } },
    );
    expect(listParticipants(db, projectId)[0].attributes).toEqual({ region: "North West", "years qualified": "3–5" });
    expect(listAttributeNames(db, projectId)).toEqual(["employment type", "region", "years qualified"]);
  });

  it("keeps Unicode values as typed", () => {
    const { projectId, participantIds, userId } = seedTranscriptProject(db, "alpha", ["Amira"]);
    const result = setParticipantAttributes(
      db,
      { projectId, userId },
      { participantId: participantIds.get("Amira")!, attributes: { ethnicity: "Mixed – White & Asian 🙂" } },
    );
    expect(result).toEqual({ ethnicity: "Mixed – White & Asian 🙂" });
  });

  it("refuses a value without a name, and conflicting duplicates", () => {
    const { projectId, participantIds, userId } = seedTranscriptProject(db, "alpha", ["Amira"]);
    const amira = participantIds.get("Amira")!;
    expect(() =>
      setParticipantAttributes(db, { projectId, userId }, { participantId: amira, attributes: { " ": "London" } }),
    ).toThrow(/needs a name/);
    expect(() =>
      setParticipantAttributes(
        db,
        { projectId, userId },
        { participantId: amira, attributes: { Region: "London", region: "Leeds" } },
      ),
    ).toThrow(/twice/);
  });

  it("answers not_found for a participant of another project", () => {
    const alpha = seedTranscriptProject(db, "alpha", ["Amira"]);
    const beta = seedTranscriptProject(db, "beta", ["Ben"]);
    expect(() =>
      setParticipantAttributes(
        db,
        { projectId: alpha.projectId, userId: alpha.userId },
        { participantId: beta.participantIds.get("Ben")!, attributes: { region: "London" } },
      ),
    ).toThrow(expect.objectContaining({ code: "not_found" }));
  });
});

describe("mergeParticipants", () => {
  it("re-points turns, copies missing attributes, keeps the target's values and deletes the source", () => {
    const { projectId, participantIds, userId } = seedTranscriptProject(db, "alpha", ["Sarah", "Sarah K", "Sarah K"]);
    const sarah = participantIds.get("Sarah")!;
    const sarahK = participantIds.get("Sarah K")!;
    setParticipantAttributes(db, { projectId, userId }, { participantId: sarah, attributes: { region: "London" } });
    setParticipantAttributes(
      db,
      { projectId, userId },
      { participantId: sarahK, attributes: { region: "Leeds", gender: "Woman" } },
    );

    const result = mergeParticipants(db, { projectId, userId: userId }, { sourceId: sarahK, targetId: sarah });
    expect(result).toEqual({ targetId: sarah, turnsMoved: 2, attributesCopied: 1 });
    expect(db.select().from(participants).where(eq(participants.id, sarahK)).get()).toBeUndefined();
    expect(
      db
        .select()
        .from(turns)
        .all()
        .every((turn) => turn.participantId === sarah),
    ).toBe(true);
    const [merged] = listParticipants(db, projectId);
    expect(merged.attributes).toEqual({ gender: "Woman", region: "London" });
    expect(merged.turns).toBe(3);
    expect(db.select().from(events).where(eq(events.action, "participant.merge")).all()).toHaveLength(1);
  });

  it("refuses merging into itself or across projects", () => {
    const alpha = seedTranscriptProject(db, "alpha", ["Amira"]);
    const beta = seedTranscriptProject(db, "beta", ["Ben"]);
    const amira = alpha.participantIds.get("Amira")!;
    expect(() =>
      mergeParticipants(db, { projectId: alpha.projectId, userId: alpha.userId }, { sourceId: amira, targetId: amira }),
    ).toThrow(/different participant/);
    expect(() =>
      mergeParticipants(
        db,
        { projectId: alpha.projectId, userId: alpha.userId },
        { sourceId: amira, targetId: beta.participantIds.get("Ben")! },
      ),
    ).toThrow(expect.objectContaining({ code: "not_found" }));
    expect(
      db
        .select()
        .from(turns)
        .all()
        .map((t) => t.participantId),
    ).toEqual([amira, beta.participantIds.get("Ben")]);
  });
});

describe("normaliseAttributeName", () => {
  it.each([
    ["Region", "region"],
    ["  Employment   type ", "employment type"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(normaliseAttributeName(input)).toBe(expected);
  });
});

describe("setParticipantAttributes with a list of name–value pairs", () => {
  it("treats repeated names case-insensitively and lets a blank repeat be ignored", () => {
    const { projectId, participantIds, userId } = seedTranscriptProject(db, "alpha", ["Amira"]);
    const amira = participantIds.get("Amira")!;
    const saved = setParticipantAttributes(
      db,
      { projectId, userId },
      {
        participantId: amira,
        attributes: [
          { name: "Region", value: "London" },
          { name: "region", value: "" },
          { name: "REGION", value: "London" },
        ],
      },
    );
    expect(saved).toEqual({ region: "London" });
  });
});
