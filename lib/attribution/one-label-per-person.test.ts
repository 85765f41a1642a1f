import { describe, expect, it } from "vitest";
import { assertSameLabel, findLabelConflicts } from "./one-label-per-person";

describe("one label per person", () => {
  const approved = [
    { quoteId: 1, personKey: "participant:4", label: "Manager, focus-group participant, 2025" },
    { quoteId: 2, personKey: "respondent:9", label: "Social worker, London, survey respondent, 2025" },
    { quoteId: 3, personKey: null, label: "Focus-group participant" },
  ];

  it("accepts a second quote of the same person with the same label, and any label for someone else", () => {
    expect(() =>
      assertSameLabel(
        { quoteId: 5, personKey: "participant:4", label: "Manager, focus-group participant, 2025" },
        approved,
      ),
    ).not.toThrow();
    expect(() =>
      assertSameLabel({ quoteId: 5, personKey: "participant:7", label: "London, focus-group participant" }, approved),
    ).not.toThrow();
    expect(() => assertSameLabel({ quoteId: 5, personKey: null, label: "Anything" }, approved)).not.toThrow();
  });

  it("refuses a different label for the same person, naming the label to use", () => {
    expect(() =>
      assertSameLabel({ quoteId: 5, personKey: "respondent:9", label: "Social worker, survey respondent" }, approved),
    ).toThrow(/already has an approved quote labelled ‘Social worker, London, survey respondent, 2025’/);
  });

  it("ignores the quote itself when it is already among the approved", () => {
    expect(() => assertSameLabel({ quoteId: 2, personKey: "respondent:9", label: "Changed" }, approved)).not.toThrow();
  });

  it("finds every person carrying two labels", () => {
    expect(findLabelConflicts(approved)).toEqual([]);
    const conflicts = findLabelConflicts([
      ...approved,
      { quoteId: 6, personKey: "participant:4", label: "Team manager, London" },
      { quoteId: 7, personKey: "participant:4", label: "Team manager, London" },
    ]);
    expect(conflicts).toEqual([
      {
        personKey: "participant:4",
        labels: [
          { label: "Manager, focus-group participant, 2025", quoteIds: [1] },
          { label: "Team manager, London", quoteIds: [6, 7] },
        ],
      },
    ]);
  });
});
