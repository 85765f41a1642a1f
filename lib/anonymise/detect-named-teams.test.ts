import { describe, expect, it } from "vitest";
import { detectNamedTeams } from "./detect-named-teams";
import { tokeniseWords } from "./text-matching";

const found = (text: string) =>
  detectNamedTeams(text, tokeniseWords(text)).map((detection) => text.slice(detection.start, detection.end));

describe("detectNamedTeams", () => {
  it("takes a team's name quoted straight after the word, not a word of the work", () => {
    expect(found("i was seconded to the edge of care team 'kilnby' for 6 months")).toEqual(["kilnby"]);
    expect(found("moved to the team 'duty', told the team 'why', the team “new”, the team 'family first'")).toEqual([]);
  });
});

describe("detectNamedTeams after a preposition", () => {
  it("takes an everyday noun before 'team' after 'on', 'in' or 'from', not a word of the work", () => {
    expect(found("the tm on jupiter team is super supportive, i came from teapot team")).toEqual([
      "jupiter team",
      "teapot team",
    ]);
    expect(found("i do the on call team rota, im in duty team, she was in another team")).toEqual([]);
  });

  it("takes a name quoted before 'team', and one word before a cohort or a lower-case team manager after 'the'", () => {
    expect(found("they moved us into the 'bright kettle' team last spring")).toEqual(["bright kettle"]);
    expect(found("i miss the lantern tm and the kestrel cohort")).toEqual(["lantern", "kestrel cohort"]);
    expect(found("the 'duty' team, our nqsw cohort, one Irish TM, the Step Up cohort")).toEqual([]);
  });

  it("takes a capitalised word a team is said to be, not how it was or who", () => {
    expect(found("we were one team, and the disabilities team was Kestle.")).toEqual(["Kestle"]);
    expect(found("the team was Great, our team is Brilliant now, the team was Two")).toEqual([]);
  });
});
