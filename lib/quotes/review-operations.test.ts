import { describe, expect, it } from "vitest";
import {
  activeRedactions,
  addRedaction,
  openFlags,
  proposeReview,
  resolveFlag,
  restoreRedaction,
  reviewWording,
  undoRedaction,
} from "./review-operations";

const roster = ["Zofia Wójcik", "Kwame Asante", "Siobhán Murphy-Kelly"];

describe("proposeReview", () => {
  it("gives each person one pseudonym within a quote, numbered by first mention, not by roster order", () => {
    const text = "Siobhán told Kwame, and then Kwame Asante told Siobhán Murphy-Kelly again.";
    const { wording, review } = proposeReview(text, { roster });
    expect(wording).toBe("[colleague 1] told [colleague 2], and then [colleague 2] told [colleague 1] again.");
    expect(review.redactions.every((r) => r.source === "roster" && !r.undone)).toBe(true);
    expect(review.redactions.map((r) => r.id)).toEqual(["r1", "r2", "r3", "r4"]);
  });

  it("keeps pseudonyms consistent for names found without the roster, and redacts contact details and places", () => {
    const text = "I asked Adaeze Okonkwo, then Adaeze rang 07700 900 123 from Croydon. Email me at a.b@example.org.";
    const { wording, review } = proposeReview(text, {});
    expect(wording).toBe(
      "I asked [person 1], then [person 1] rang [phone] from [London borough]. Email me at [email].",
    );
    expect(new Set(review.redactions.map((r) => r.category))).toEqual(
      new Set(["person", "phone", "authority", "email"]),
    );
  });

  it("opens a flag for each quasi-identifier and leaves the words in place", () => {
    const { wording, review } = proposeReview(
      "I'm thirty-four and I qualified in 2015 — the only Black manager in the directorate.",
      {},
    );
    expect(
      openFlags(review)
        .map((flag) => flag.kind)
        .sort(),
    ).toEqual(["age", "unique_description", "years_of_service"]);
    expect(wording).toContain("thirty-four");
  });
});

describe("review operations", () => {
  const text = "Kwame said he is 52 years old and works at Nightingale Lodge 😀 in Kent.";
  const start = () => proposeReview(text, { roster });

  it("undoes and restores the anonymiser's redactions", () => {
    const { review } = start();
    const kwame = review.redactions.find((r) => r.text === "Kwame")!;
    const undone = undoRedaction(review, kwame.id);
    expect(reviewWording(undone, text)).toMatch(/^Kwame said/);
    expect(undone.redactions.find((r) => r.id === kwame.id)?.undone).toBe(true);
    expect(reviewWording(restoreRedaction(undone, kwame.id), text)).toMatch(/^\[colleague 1\] said/);
  });

  it("adds a redaction over a selection, trimming spaces, with the next person number or the same one for the same name", () => {
    const { review } = start();
    const from = text.indexOf("Nightingale Lodge");
    const withPlace = addRedaction(review, text, {
      start: from - 1,
      end: from + "Nightingale Lodge".length + 1,
      category: "organisation",
    });
    const added = withPlace.redactions.find((r) => r.source === "manual")!;
    expect(added).toMatchObject({
      text: "Nightingale Lodge",
      replacement: "[organisation]",
      reason: "Added by the author",
    });
    expect(reviewWording(withPlace, text)).toContain("works at [organisation] 😀");

    expect(withPlace.redactions.find((r) => r.text === "Nightingale Lodge" && r.source !== "manual")?.undone).toBe(
      true,
    );

    const people = "Kwame met Ifeoma, and later ifeoma met Tobiah.";
    let review2 = proposeReview(people, { roster }).review;
    for (const name of ["Ifeoma", "ifeoma", "Tobiah"]) {
      const at = people.indexOf(name);
      const existing = review2.redactions.find((r) => !r.undone && r.start === at);
      if (existing) review2 = undoRedaction(review2, existing.id);
      review2 = addRedaction(review2, people, { start: at, end: at + name.length, category: "person" });
    }
    expect(reviewWording(review2, people)).toBe("[colleague 1] met [person 1], and later [person 1] met [person 2].");
  });

  it("refuses selections that are blank, outside the text, split an emoji or cut across a redaction", () => {
    const { review } = start();
    expect(() => addRedaction(review, text, { start: 5, end: 6, category: "custom" })).toThrow(/only spaces/);
    expect(() => addRedaction(review, text, { start: 0, end: 500, category: "custom" })).toThrow(/outside/);
    const emoji = text.indexOf("😀");
    expect(() => addRedaction(review, text, { start: emoji + 1, end: emoji + 2, category: "custom" })).toThrow(
      /split a character/,
    );
    expect(() => addRedaction(review, text, { start: 2, end: 10, category: "custom" })).toThrow(
      /overlaps the redaction of “Kwame”/,
    );
    // Covering a redaction whole is allowed: the wider one wins.
    const wide = addRedaction(review, text, { start: 0, end: 10, category: "custom" });
    expect(reviewWording(wide, text)).toMatch(/^\[redacted\] he is 52/);
  });

  it("resolves a flag by keeping it or redacting it, and undoing that redaction reopens the flag", () => {
    const { review } = start();
    const age = review.flags.find((flag) => flag.kind === "age");
    expect(age).toBeDefined();
    const kept = resolveFlag(review, text, age!.id, "keep");
    expect(openFlags(kept).some((flag) => flag.id === age!.id)).toBe(false);
    expect(reviewWording(kept, text)).toContain("52");

    const redacted = resolveFlag(kept, text, age!.id, "redact");
    expect(reviewWording(redacted, text)).toContain("[age]");
    expect(activeRedactions(redacted).filter((r) => r.flagId === age!.id)).toHaveLength(1);
    const backToKeep = resolveFlag(redacted, text, age!.id, "keep");
    expect(backToKeep.redactions.some((r) => r.flagId === age!.id)).toBe(false);

    const reopened = undoRedaction(redacted, redacted.redactions.find((r) => r.flagId === age!.id)!.id);
    expect(openFlags(reopened).map((flag) => flag.id)).toContain(age!.id);
    expect(() => resolveFlag(review, text, "f99", "keep")).toThrow(/not part of this quote/);
  });
});
