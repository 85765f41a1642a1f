import { describe, expect, it } from "vitest";
import { anonymise } from "./anonymise";
import { detectNames } from "./detect-names";

const people = (text: string) =>
  detectNames(text)
    .filter((detection) => detection.category === "person")
    .map((detection) => text.slice(detection.start, detection.end));

const redactedPeople = (text: string) =>
  anonymise(text)
    .redactions.filter((redaction) => redaction.category === "person")
    .map((redaction) => text.slice(redaction.start, redaction.end));

describe("detectNames: a name said again with its surname", () => {
  it("takes the word and the full name after a comma or a dash", () => {
    expect(people("And Wood, Wood Hunter, she's our principal social worker.")).toEqual(["Wood", "Wood Hunter"]);
    expect(people("the MASH manager there — Black, Black Rowan — she was brilliant.")).toEqual(
      expect.arrayContaining(["Black", "Black Rowan"]),
    );
    expect(people("I used to work with a Archer — Archer Sharp — at the hub.")).toEqual(["Archer", "Archer Sharp"]);
  });

  it("leaves a stammer, a title before a name and a firm's name alone", () => {
    expect(people("and the, the family in Harrow were, were lovely")).toEqual([]);
    expect(people("And the judge, Judge Pemberton-Shah, she was not amused.")).not.toContain("judge");
    expect(redactedPeople("it was that smaller firm, Tongues — Tongues Interpreting — she was late")).toEqual([]);
    expect(redactedPeople("She was on Universal, Universal Credit by then")).toEqual([]);
    expect(redactedPeople("We did Early, Early Help first")).toEqual([]);
  });
});

describe("detectNames: an ordinary word as the subject of what a person does", () => {
  it("takes a word opening a sentence before an age, working hours or a perfect with its object", () => {
    expect(people("Star turned 18 on the Monday and the PA found him.")).toEqual(["Star"]);
    expect(people("Families don't trust it. Trinity has raised it with commissioning twice.")).toEqual(["Trinity"]);
    expect(people("Honour got picked up in Chatham again.")).toEqual(["Honour"]);
  });

  it("leaves a service said to do or work so many days", () => {
    expect(people("Respite does two weekends a month.")).toEqual([]);
    expect(people("Outreach works four evenings a week.")).toEqual([]);
  });

  it("takes a capitalised word after “and” before a verb and its object", () => {
    expect(people("I have ever seen, and Church runs the reflective group on Fridays.")).toEqual(["Church"]);
  });

  it("leaves institutions, uncountable nouns and everyday words in those places", () => {
    expect(people("School has raised it with us. Progress has stalled. Work got done.")).toEqual([]);
    expect(people("We met, and Court ordered the assessment, and School rang us.")).toEqual([]);
    expect(people("Rain turned to snow by the afternoon.")).toEqual([]);
  });
});

describe("anonymise: a word joined by “and” to a name the tagger read", () => {
  it("takes the partner before a team or a plural verb", () => {
    expect(redactedPeople("miller and reign in business support are the only reason our team functions")).toEqual([
      "miller",
      "reign",
    ]);
  });

  it("leaves an everyday word joined to the name", () => {
    expect(redactedPeople("Jade and support from the team were great.")).toEqual(["Jade"]);
  });
});

describe("detectNames: a bare word after “my” and a role", () => {
  it("takes the word when a verb or the phrase's end follows", () => {
    expect(people("my tm black went on long term sick and nobody told families.")).toEqual(["black"]);
    expect(people("my NQSW mentee bridge got put on a CP case alone in week 2.")).toEqual(["bridge"]);
  });

  it("leaves a noun after “the” and a role, and a function word after “my” and a role", () => {
    expect(people("Shout out also to Oksana on the admin side.")).toEqual(["Oksana"]);
    expect(people("my manager today said no, so my supervisor meeting was cancelled")).toEqual([]);
    expect(people("my tm is off and my manager was away")).toEqual([]);
  });
});

describe("detectNames: a bare word opening a clause, then its team and a verb", () => {
  it("takes the word whose team and verb follow", () => {
    expect(people("dom at the youth offending service is brilliant tbh")).toContain("dom");
    expect(people("sharp from the edge of care team is the only one who ever rings back")).toEqual(["sharp"]);
  });

  it("leaves everyday nouns said of a team", () => {
    expect(people("morale in the team is low and workload in the duty team is mad")).toEqual([]);
    expect(people("support from the mash was good but training in the team was rubbish")).toEqual([]);
    expect(people("honestly faith in the service has gone")).toEqual([]);
    expect(people("and trust in the service was low")).toEqual([]);
  });
});

describe("detectNames: a lower-case word alone in brackets after a role", () => {
  it("takes the word, even an everyday one, after a role or a role and where it is", () => {
    expect(people("asye coordinator (money) lovely but cant protect us from duty")).toEqual(["money"]);
    expect(people("I was told by my manager (n. rivers) that I'd be moved")).toEqual(["n. rivers"]);
    expect(people("my consultant at reed (church) says its a hiring freeze")).toEqual(["church"]);
  });

  it("leaves a language, a status, a registration's bracket and a university", () => {
    expect(people("the interpreter (dari) was late and my manager (acting) was off")).toEqual([]);
    expect(people("SWE registration checked: SW104773 (active).")).toEqual([]);
    expect(redactedPeople("my practice educator at uni (uea) was great")).toEqual([]);
  });
});

describe("detectNames: a colour people use as a surname ends a run of names", () => {
  it("takes the whole run before what a person does", () => {
    expect(people("Please don't quote me, but Gem Black in HR told us the supplement was cut.")).toEqual(["Gem Black"]);
    expect(people("Pepper Cooper Black did the viability assessment for the grandparents.")).toEqual([
      "Pepper Cooper Black",
    ]);
  });

  it("leaves a colour describing people", () => {
    expect(people("The Mixed White and Black Caribbean children said. Young Black men told us.")).toEqual([]);
  });
});
