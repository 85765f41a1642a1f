import { describe, expect, it } from "vitest";
import { detectNames } from "./detect-names";

const found = (text: string) => detectNames(text).map((d) => [text.slice(d.start, d.end), d.category]);

describe("detectNames: people", () => {
  it("finds given names and full names of many origins", () => {
    expect(found("Nkechi and Oisín left. Adaeze Okonkwo stayed with Gurpreet Dhaliwal.")).toEqual([
      ["Nkechi", "person"],
      ["Oisín", "person"],
      ["Adaeze Okonkwo", "person"],
      ["Gurpreet Dhaliwal", "person"],
    ]);
  });

  it("keeps accented letters and particles inside the name", () => {
    expect(found("Małgorzata Wiśniewska and Siobhán Ní Bhriain met Zoé.")).toEqual([
      ["Małgorzata Wiśniewska", "person"],
      ["Siobhán Ní Bhriain", "person"],
      ["Zoé", "person"],
    ]);
  });

  it("uses context for names no list knows", () => {
    expect(found("My manager Quillon is kind.")).toEqual([["Quillon", "person"]]);
    expect(found("We visited Mrs Quarrendon at home.")).toEqual([["Quarrendon", "person"]]);
    expect(found("A boy called Tobiah ran off.")).toEqual([["Tobiah", "person"]]);
    expect(found("Ask Jovanka about it.")).toEqual([["Jovanka", "person"]]);
    expect(found("The review went to Vettriano, our senior practitioner, last week.")).toEqual([
      ["Vettriano", "person"],
    ]);
    expect(found("Tremaine is great; he grew up here.")).toEqual([["Tremaine", "person"]]);
  });

  it("reads a name listed with a person as a person", () => {
    expect(found("Precious and Blessing organised it.")).toEqual([
      ["Precious", "person"],
      ["Blessing", "person"],
    ]);
  });

  it("does not include a title or a possessive in the span", () => {
    expect(found("Dr Olamide Ogunleye's team and Kofi's mum.")).toEqual([
      ["Olamide Ogunleye", "person"],
      ["Kofi", "person"],
    ]);
  });

  it("finds a lower-case name after “my manager”", () => {
    expect(found("my line manager dorcas is great")).toEqual([["dorcas", "person"]]);
  });

  it("gives mentions of one person words to share a pseudonym", () => {
    const [full, short] = detectNames("Ayaan Warsame came. Ayaan's Somali helped.");
    expect(full.identity).toBe("person:ayaan warsame");
    expect(short.identity).toBe("person:ayaan");
  });
});

describe("detectNames: places", () => {
  it("finds small places after a place preposition and streets, estates and buildings by their type word", () => {
    expect(
      found("We moved from Tadley to Great Missenden, then to Merrivale Close near the Ocean Estate and Pendle House."),
    ).toEqual([
      ["Tadley", "place"],
      ["Great Missenden", "place"],
      ["Merrivale Close", "place"],
      ["Ocean Estate", "place"],
      ["Pendle House", "place"],
    ]);
  });

  it("finds a place before a place word and a place listed with a place", () => {
    expect(found("The Penhill estate is rough. They end up in Sheerness or Minster.")).toEqual([
      ["Penhill", "place"],
      ["Sheerness", "place"],
      ["Minster", "place"],
    ]);
  });
});

describe("detectNames: words that are not names", () => {
  it("leaves regulators, products, practice models, days, months and regions alone", () => {
    const text =
      "Ofsted, Social Work England, the DfE, NHS and CAMHS said my ASYE on Magic Notes, Copilot, Teams and Zoom was fine on Monday in March. Family Help and Signs of Safety work across London and the South East, I think.";
    expect(found(text)).toEqual([]);
  });

  it("leaves countries, languages and nationalities alone", () => {
    expect(found("She came from Poland, speaks Polish, and the Kosovan family are Muslim.")).toEqual([]);
    expect(found("My colleague from Sierra Leone worked at the council.")).toEqual([]);
  });

  it("leaves ordinary words at the start of a sentence alone", () => {
    expect(found("Reading the notes back, Supervision matters. Honestly, Caseloads are high. May was quiet.")).toEqual(
      [],
    );
  });

  it("reports UTF-16 offsets after emoji", () => {
    const text = "😂👩🏽‍⚕️ honestly Kwame rang";
    expect(found(text)).toEqual([["Kwame", "person"]]);
  });

  it("returns nothing for empty or whitespace text", () => {
    expect(detectNames("")).toEqual([]);
    expect(detectNames("  \n ")).toEqual([]);
  });
});
