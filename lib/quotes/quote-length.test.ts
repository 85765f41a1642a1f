import { afterEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { AppError } from "../errors";
import { MAX_QUOTE_LENGTH, proposeQuote } from "./propose-quote";
import { seedFocusGroup, seedQuoteProject } from "./test-fixtures";

describe("quote length", () => {
  const db = createTestDb();
  afterEach(() => db.cleanup());

  it("refuses a passage longer than a quote can be, with the lengths, and stores nothing", () => {
    const { projectId, codeId, actors } = seedQuoteProject(db);
    const long = "Ewa said the caseload was too much again. ".repeat(200);
    const group = seedFocusGroup(db, projectId, {
      wave: "2025",
      groupType: "managers",
      speakers: [{ name: "Ewa Nowak", attributes: { role: "Team manager" }, text: long }],
    });
    const count = (table: string) => (db.$client.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;
    const segmentsBefore = count("segments");
    const propose = (end: number) =>
      proposeQuote(db, actors.author, { projectId, codeId, documentId: group.documentId, start: 0, end });

    expect(long.length).toBeGreaterThan(MAX_QUOTE_LENGTH);
    let refused: unknown = null;
    try {
      propose(long.length);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("invalid_input");
    expect((refused as AppError).message).toMatch(/at most 5,000 characters; this passage has 8,400/);
    expect(count("segments")).toBe(segmentsBefore);
    expect(count("quotes")).toBe(0);

    // A passage of exactly the limit is a quote, anonymised as usual.
    const quote = propose(MAX_QUOTE_LENGTH);
    expect(quote.created).toBe(true);
    const { wording } = db.$client.prepare("select wording from quotes where id = ?").get(quote.id) as {
      wording: string;
    };
    expect(wording).not.toContain("Ewa");
  });
});
