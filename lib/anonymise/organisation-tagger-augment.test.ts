import { describe, expect, it } from "vitest";
import { seededPicker } from "./name-tagger-augment";
import { organisationTrainingCopies, renameOrganisations, tradingNameWords } from "./organisation-tagger-augment";

const passage = {
  id: "t1",
  text: "I joined Quillmarsh Staffing in May; Quillmarsh then sent me to the QVX team and Dorrit Penhale was my manager.",
  gold: [
    { text: "Quillmarsh Staffing", category: "organisation" as const },
    { text: "QVX", category: "organisation" as const },
    { text: "Dorrit Penhale", category: "person" as const },
  ],
};

describe("renaming organisations", () => {
  it("swaps each naming word everywhere, keeps the ending and the people, and gives an acronym other capitals", () => {
    const copy = renameOrganisations(passage, ["harbour", "linnet", "bright"], seededPicker(5));
    expect(copy).not.toBeNull();
    const [firm, acronym] = copy!.gold.map((gold) => gold.text);
    expect(firm).toMatch(/^\p{Lu}\p{L}+ Staffing$/u);
    expect(acronym).toMatch(/^\p{Lu}{3}$/u);
    expect(acronym).not.toBe("QVX");
    expect(copy!.text).not.toContain("Quillmarsh");
    expect(copy!.text).toContain(`${firm} in May; ${firm.split(" ")[0]} then`);
    expect(copy!.text).toContain("Dorrit Penhale");
  });

  it("types the new names in lower case when asked, and leaves a passage with no organisation alone", () => {
    const copy = renameOrganisations(passage, ["harbour"], seededPicker(2), { lowerCaseNames: true });
    expect(copy!.gold[0].text).toMatch(/^harbour(?:harbour)? Staffing$/u);
    expect(
      renameOrganisations({ id: "t2", text: "We met at ten.", gold: [] }, ["harbour"], seededPicker(1)),
    ).toBeNull();
  });

  it("draws the training copies and the stress test from different halves of the pool", () => {
    const trainingHalf = new Set(tradingNameWords("B"));
    expect(tradingNameWords("A").some((word) => trainingHalf.has(word))).toBe(false);
    expect(organisationTrainingCopies(passage, 0, seededPicker(3))).toHaveLength(2);
  });
});
