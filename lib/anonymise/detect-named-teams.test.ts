import { describe, expect, it } from "vitest";
import { detectNamedTeams } from "./detect-named-teams";
import { tokeniseWords } from "./text-matching";

const found = (text: string) =>
  detectNamedTeams(text, tokeniseWords(text)).map((detection) => text.slice(detection.start, detection.end));

describe("detectNamedTeams", () => {
  it("takes a lower-case unit or hub named by a word with no everyday sense, not one that says what it holds", () => {
    expect(found("still miss my old team the kilnby unit and the tolvey hub")).toEqual(["kilnby unit", "tolvey hub"]);
    expect(found("placed on the student unit, then the burns unit, then the baby unit")).toEqual([]);
  });

  it("takes a team's name quoted straight after the word, not a word of the work", () => {
    expect(found("i was seconded to the edge of care team 'kilnby' for 6 months")).toEqual(["kilnby"]);
    expect(found("moved to the team 'duty' then the team “new”")).toEqual([]);
  });
});
