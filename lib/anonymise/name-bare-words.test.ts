import { describe, expect, it } from "vitest";
import { detectNames } from "./detect-names";

const people = (text: string) =>
  detectNames(text)
    .filter((detection) => detection.category === "person")
    .map((detection) => text.slice(detection.start, detection.end))
    .sort();

describe("detectNames: a lower-case word standing bare in a person's place", () => {
  it("takes a bare word before 'who', what a person has or a verb only a person does", () => {
    expect(people("We asked the panel. And tansy, who chairs it, said yes.")).toEqual(["tansy"]);
    expect(people("Honestly pearl's notes are the best in the team.")).toEqual(["pearl"]);
    expect(people("At the review, and bramble laughed at the idea.")).toEqual(["bramble"]);
    expect(people("The panel, who met on Tuesday, said yes.")).toEqual([]);
    expect(people("The school's notes are the best in the area.")).toEqual([]);
  });

  it("takes a bare given name or surname after a role, a title or a verb that takes a person", () => {
    expect(people("The visit went ahead. Midwife dale attended on the Monday.")).toEqual(["dale"]);
    expect(people("It was signed off by the manager thatcher, in the end.")).toEqual(["thatcher"]);
    expect(people("I went straight to Judge coral about it.")).toEqual(["coral"]);
    expect(people("The plan was completed by dawn.")).toEqual(["dawn"]);
    expect(people("Contact line for the team is on the website.")).toEqual([]);
    expect(people("The ASYE portfolio is due on Friday.")).toEqual([]);
    expect(people("Father unknown. Mother present.")).toEqual([]);
  });

  it("takes a given name and its surname together", () => {
    expect(people("Initial assessment completed by gale thatcher.")).toEqual(["gale thatcher"]);
  });

  it("does not take a bare word after an article, a number or a noun it compounds with", () => {
    expect(people("The hearing was adjourned. A gale who nobody expected blew the roof off.")).toEqual([]);
    expect(people("We went to the care leaver (DOB listed) review.")).toEqual([]);
    expect(people("SW 118204, expiry next year.")).toEqual([]);
  });

  it("takes bare words listed with the speaker or before what people do together", () => {
    expect(people("The rota that week was amber, glen and me.")).toEqual(["amber", "glen"]);
    expect(people("It was agreed. jade and dale both left in the spring.")).toEqual(["dale", "jade"]);
    expect(people("Thanks to everyone, esp ruby and violet, for the cover.")).toEqual(["ruby", "violet"]);
    expect(people("We bought bread and milk for the flat.")).toEqual([]);
    expect(people("When she left, Kemi found it in a drawer.")).toEqual(["Kemi"]);
  });

  it("reads a lower-case word opening a sentence in a text with capitals by the verb after it", () => {
    expect(people("We did the visit. glen rang the school after.")).toEqual(["glen"]);
    expect(people("Strategy discussion. Outcome: threshold met for a conference.")).toEqual([]);
  });

  it("takes a bare word that 'who' describes, a family's name and a participant's label", () => {
    expect(people("And I remember bramble, who was an NQ then, saying so.")).toEqual(["bramble"]);
    expect(people("The dale family moved to the coast in May.")).toEqual(["dale"]);
    expect(people("P4 (tansy): We used to have a proper front door.")).toEqual(["tansy"]);
    expect(people("She was the only medic who ever rang back.")).toEqual([]);
    expect(people("The foster family moved to the coast in May.")).toEqual([]);
  });

  it("takes a list opened by 'her and', and one followed by an adverb and a verb", () => {
    expect(people("Ask Dolores. Her and ruby ran the student unit for years.")).toEqual(["Dolores", "ruby"]);
    expect(people("On that estate, bramble and linden still message me now.")).toEqual(["bramble", "linden"]);
  });
});

describe("detectNames: a bare name's whole run after a name's slot", () => {
  it("takes two bare words after an agent's 'by' or a role, and a name said to be a possessed role", () => {
    expect(people("The strategy meeting was chaired by gale linden (TM, east).")).toEqual(["gale linden"]);
    expect(people("My ASYE assessor was thatcher, and she was brilliant.")).toEqual(["thatcher"]);
    expect(people("The carer was fantastic, she'd had forty kids through her door.")).toEqual([]);
    expect(people("It was all written by hand, every single time.")).toEqual([]);
  });
});

describe("detectNames: a bare word after an initial, and a school year in brackets", () => {
  it("takes a lower-case surname after an initial and its full stop, and a bare name before a school year", () => {
    expect(people("Worker: N. bramble. Case open to CIN.")).toEqual(["N. bramble"]);
    expect(people("Referral received re: linden (Y6) from the school.")).toEqual(["linden"]);
    expect(people("The kids dont even know who to ring.")).toEqual([]);
  });
});

describe("detectNames: a given name or surname standing alone in a clause", () => {
  it("takes one between a clause's start and its end, not a verb, a label or a ward's number", () => {
    expect(people("Nobody else stayed late. Just dale.")).toEqual(["dale"]);
    expect(people("It was me, then, thatcher, and the new starter.")).toEqual(["thatcher"]);
    expect(people("No, but hold on, we need the plan.")).toEqual([]);
    expect(people("Hospital: the royal infirmary, ward 219. Named nurse present.")).toEqual([]);
  });
});

describe("detectNames: capitalised ordinary words in a person's place", () => {
  it("takes capitalised ordinary words after a verb that takes a person", () => {
    expect(people("A student shadowed Anchor Pebble for a week.")).toEqual(["Anchor Pebble"]);
    expect(people("Small, the managers knew your name.")).toEqual([]);
    expect(people("He left for New Zealand in 2023.")).toEqual([]);
  });
});
