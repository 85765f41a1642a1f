import { describe, expect, it } from "vitest";
import { detectNames } from "./detect-names";

const people = (text: string) =>
  detectNames(text)
    .filter((detection) => detection.category === "person")
    .map((detection) => text.slice(detection.start, detection.end))
    .sort();

describe("detectNames: capitalised ordinary words that only a name's grammar explains", () => {
  it("takes a speaker's label before speech and a numbered speaker's bracketed name", () => {
    expect(people("Moderator: Who went first?\nThistle: My first manager, she was kind.")).toContain("Thistle");
    expect(people("Speaker 3 (Juniper): We never had supervision.")).toEqual(["Juniper"]);
    expect(people("Outcome: No further action.")).toEqual([]);
  });

  it("takes a word after a district judge's or a circuit judge's title", () => {
    expect(people("Hearing listed before DJ Marble at the family court.")).toEqual(["Marble"]);
    expect(people("and the judge — HHJ Thistle — adjourned it")).toEqual(["Thistle"]);
  });

  it("takes a noun or an adjective spoken to, not an adverb", () => {
    expect(people("Pebble, if you're reading this, thank you.")).toEqual(["Pebble"]);
    expect(people("Honestly, if you ask me it was fine.")).toEqual([]);
  });

  it("takes a sentence's subject that no article could drop, before an active verb, not a note's passive", () => {
    expect(people("Scarlet left after the inspection.")).toEqual(["Scarlet"]);
    expect(people("Pebble moved here from Leeds.")).toEqual(["Pebble"]);
    expect(people("Case allocated to the duty team. Threshold met. Card left.")).toEqual([]);
    expect(people("Hope isn't a plan, is it.")).toEqual([]);
  });

  it("takes two or three capitalised words then described as one person, not a team or a benefit", () => {
    expect(people("We waited, and Tempest Orchard, the interpreter, never came.")).toEqual(["Tempest Orchard"]);
    expect(people("I heard, and Pebble Marble in HR told us the rota had changed.")).toEqual(["Pebble Marble"]);
    expect(people("Visit to Juniper Thistle (15) at the unit.")).toEqual(["Juniper Thistle"]);
    expect(people("We rang the Duty Team, who said no.")).toEqual([]);
  });

  it("takes names listed after the speaker ('Me, …, …') and a colour surname paired before a verb of people", () => {
    expect(people("Four of us left that year. Me, Pebble, Thistle, and one of the students.")).toEqual([
      "Pebble",
      "Thistle",
    ]);
    expect(people("The others were Grey and Juniper from the night duty team.")).toEqual(["Grey", "Juniper"]);
    expect(people("Me, personally, I would not.")).toEqual([]);
  });

  it("takes a word opening a sentence then described as one person, an adjective spoken to, a colour after a title", () => {
    expect(people("Tempest, he's fifteen and he runs that house.")).toEqual(["Tempest"]);
    expect(people("Marble, the youngest, wasn't even two.")).toEqual(["Marble"]);
    expect(people("Small, the managers knew your name.")).toEqual([]);
    expect(people("Swift, can you call the school back?")).toEqual(["Swift"]);
    expect(people("Great, can you send it over?")).toEqual([]);
    expect(people("Officer: PC Juniper Grey, ext 2218.")).toEqual(["Juniper Grey"]);
  });

  it("takes a possessive before what a person writes or is replaced by", () => {
    expect(people("Thistle's assessment was the one the judge relied on.")).toEqual(["Thistle"]);
  });
});
