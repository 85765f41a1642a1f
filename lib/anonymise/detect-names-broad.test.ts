import { describe, expect, it } from "vitest";
import { detectNames } from "./detect-names";
import { nameLikeness } from "./name-likeness";

const people = (text: string) =>
  detectNames(text)
    .filter((detection) => detection.category === "person")
    .map((detection) => text.slice(detection.start, detection.end));

describe("nameLikeness", () => {
  it("scores names of many origins above English words and their slips", () => {
    for (const name of ["kyeremeh", "nyamekye", "yusra", "dzifa", "sajida", "ekuban"]) {
      expect(nameLikeness(name)).toBeGreaterThan(0.5);
    }
    for (const word of ["recieve", "definately", "placment", "whatsapp", "caseload", "liquidlogic"]) {
      expect(nameLikeness(word)).toBeLessThan(0);
    }
  });
});

describe("detectNames: broad defaults for names no list holds", () => {
  it("takes a capitalised word that is no English word and is spelt like a name, even opening a sentence", () => {
    expect(people("Nyamekye? Yeah, she was in the team with me.")).toContain("Nyamekye");
    expect(people("Ekuban, can you call me back before five?")).toEqual(["Ekuban"]);
    expect(people("Ch: Mosaic entry closed.")).toEqual([]);
  });

  it("takes ordinary words capitalised together before a verb only people do", () => {
    expect(people("Charity Price started on the Step Up programme.")).toEqual(["Charity Price"]);
    expect(people("Rebel chaired the strategy meeting.")).toEqual(["Rebel"]);
    expect(people("Training started in March.")).toEqual([]);
    expect(people("Memory Power runs a women's group at the centre.")).toEqual(["Memory Power"]);
  });

  it("takes two capitalised words when one is in a name list, unless a place or team word follows", () => {
    expect(people("SW: Honey Swan (SW107733).")).toEqual(["Honey Swan"]);
    expect(people("The chair, Sugar Hunter, stopped the conference.")).toEqual(["Sugar Hunter"]);
    expect(people("She went to the Hunter Street office and the Rose Lane centre.")).toEqual([]);
  });

  it("takes a lone capitalised ordinary word mid-sentence unless something makes it a title or a common noun", () => {
    expect(people("and then Wise goes, you need to put that in writing.")).toEqual(["Wise"]);
    expect(people("so Banks did the visit and I wrote it up")).toEqual(["Banks"]);
    expect(people("I've seen eleven Directors come and go.")).toEqual([]);
    expect(people("Agreed to proceed to Section 47 enquiries.")).toEqual([]);
    expect(people("The Children in Need day raised money.")).toEqual([]);
    expect(people("Every new Director brings a new Model.")).toEqual([]);
    expect(people("And she says, 'Well, technically, yours.'")).toEqual([]);
    expect(people("We got Requires Improvement and the DCS left.")).toEqual([]);
  });
});

describe("detectNames: names in brackets after a role, initials and nicknames", () => {
  it("takes the words in brackets after a role or speaker label when they are no English words", () => {
    expect(people("my manager there (obi) actually read my assessments")).toEqual(["obi"]);
    expect(people("judge (hhj pemberton-asante) wanted a new assessment")).toEqual(["pemberton-asante"]);
    expect(people("Speaker 4 (Mehmet): Yeah so I trained in Izmir")).toContain("Mehmet");
    expect(people("the assistant director (initials HMK) is the reason")).toEqual(["HMK"]);
    expect(people("the interpreter (Tigrinya) was late and the officer (CAIT) rang")).toEqual([]);
  });

  it("keeps the word a nickname is made with", () => {
    expect(people("everybody called him Big Kev, and he'd turn up")).toEqual(["Big Kev"]);
    expect(people("Friend named only as 'Lil Dee'.")).toEqual(["Lil Dee"]);
  });

  it("keeps the lower-case particles in front of a surname", () => {
    expect(people("The judge, HHJ van der Merwe, adjourned.")).toEqual(["van der Merwe"]);
    expect(people("I met van Dijk at court.")).toEqual(["van Dijk"]);
  });
});

describe("detectNames: lower-case names in a lower-case comment", () => {
  it("does not take a name for a slip in an English word's ending", () => {
    expect(people("when i was struggling it was heledd who noticed. he took me for a coffee.")).toEqual(["heledd"]);
    expect(people("i recieved the letter and the interpreters were late")).toEqual([]);
  });
});

describe("detectNames: a role word in front of a name, a case label, a rarer word as a surname", () => {
  it("takes the name after a capitalised role word or after 're:'", () => {
    expect(people("Seen at home. Midwife Kudakwashe Akpabio, contact by phone.")).toEqual(["Kudakwashe Akpabio"]);
    expect(people("Call from police re: Tahira Selorm, aged 16, missing from placement.")).toEqual(["Tahira Selorm"]);
    expect(people("Concerns re: neonatal abstinence.")).toEqual([]);
  });

  it("takes a rarer English word capitalised mid-sentence as a surname", () => {
    expect(people("So I said, look, Parry, I'm not doing another shift.")).toEqual(["Parry"]);
  });
});

describe("detectNames: more of the same defaults", () => {
  it("takes a lone ordinary word capitalised mid-sentence even when only the larger word list knows it", () => {
    expect(people("Honestly if it wasn't for Clover on the duty desk I'd have walked out.")).toEqual(["Clover"]);
  });

  it("takes a word opening a sentence then described after a comma", () => {
    expect(people("Honour, my student, picked up on it before I did.")).toEqual(["Honour"]);
  });

  it("takes a lower-case given name listed before another name", () => {
    expect(people("big shout out to the admin team esp. precious and shola")).toEqual(["precious", "shola"]);
  });
});

describe("detectNames: a name typed in lower case in a comment otherwise typed with capitals", () => {
  it("takes a lower-case word that no list knows and that is spelt like a name", () => {
    expect(people("My manager tendai is great and always has our back.")).toEqual(["tendai"]);
    expect(people("The carers were brill and the domiciliary team helped.")).toEqual([]);
  });
});

describe("detectNames: a name is no inflection of an English word it only resembles", () => {
  it("does not read 'Waleed' as 'wale' + 'ed', and takes initials before a verb of a person", () => {
    expect(people("Waleed came into care at fourteen.")).toEqual(["Waleed"]);
    expect(people("JD never answers his phone on a Friday.")).toEqual(["JD"]);
    expect(people("She hoped the visit was seeing progress.")).toEqual([]);
  });
});

describe("detectNames: speech around a name", () => {
  it("reads a description after a comma through fillers and false starts", () => {
    expect(people("Um, Scarlet, the, the daughter, she's sixteen.")).toEqual(["Scarlet"]);
    expect(people("Honestly, she was great. Sadly, the manager left.")).toEqual([]);
  });

  it("never reads a possessive determiner as a name", () => {
    expect(people("My, she was quick. My manager said so.")).toEqual([]);
  });
});

describe("detectNames: what is no name", () => {
  it("does not take the first word of a speaker's turn, a mixed-case acronym or an adjective in -driven", () => {
    expect(people("Speaker 3: Summer, spring, doesn't matter, we're always short.")).toEqual([]);
    expect(people("Speaker 4: Can I add one thing?")).toEqual([]);
    expect(people("Rates dropped after the MoU and the Ofsted-driven audit culture.")).toEqual([]);
  });
});

describe("detectNames: a dictionary's proper noun typed in lower case", () => {
  it("takes one spelt clearly like a name, not a festival or a language", () => {
    expect(people("the twins, jahangir and tahira, are with separate carers")).toEqual(["jahangir", "tahira"]);
    expect(people("we had a party for christmas and the interpreter spoke amharic")).toEqual([]);
  });
});
