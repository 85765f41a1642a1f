import { describe, expect, it } from "vitest";
import {
  detectAgenciesByBooks,
  detectLowerCaseFirmsBySubjectUse,
  detectOrganisationsInSlots,
} from "./detect-organisations-in-slots";
import { tokeniseWords } from "./text-matching";

const found = (text: string) =>
  detectOrganisationsInSlots(text, tokeniseWords(text), []).map((detection) => [
    text.slice(detection.start, detection.end),
    detection.replacement,
  ]);

describe("detectOrganisationsInSlots", () => {
  it("takes where someone works after 'at', in lower case when the word has no everyday sense", () => {
    expect(found("housing officer at brackwater said no. the ward at tolvey kilnby was full")).toEqual([
      ["brackwater", "[organisation]"],
      ["tolvey kilnby", "[hospital]"],
    ]);
    expect(found("the guys at work were great and the nurse at home visits helped")).toEqual([]);
  });

  it("takes where someone started or trained, and what the agency was", () => {
    expect(found("started at kilnby as a family support worker. agency was dunmarsh then")).toEqual([
      ["kilnby", "[organisation]"],
      ["dunmarsh", "[agency]"],
    ]);
    expect(found("started at home as a carer; the agency was great")).toEqual([]);
    expect(found("the agency before, thimble, were a nightmare. best agency ive had is probably walnut.")).toEqual([
      ["thimble", "[agency]"],
      ["walnut", "[agency]"],
    ]);
    expect(
      found("the agency before, sadly, were late. best agency is probably mine, the one is probably great."),
    ).toEqual([]);
  });

  it("takes a titled person's firm and where a child was conveyed", () => {
    expect(
      found("Mother represented by Ms Ibironke Salami of Tolvey Kiln. Child conveyed to Brackwater General."),
    ).toEqual([
      ["Tolvey Kiln", "[organisation]"],
      ["Brackwater General", "[hospital]"],
    ]);
    expect(found("The Head of Service and the Chair of Governors met Ms Obi of the panel.")).toEqual([]);
  });

  it("reads past fillers after the slot and takes what the court was, a compass word opening it", () => {
    expect(
      found("The discharge nurse at, um, Thimble Walnut was kind. The court was East Quillet, and the judge"),
    ).toEqual([
      ["Thimble Walnut", "[hospital]"],
      ["East Quillet", "[court]"],
    ]);
    expect(found("The court was East, and the court was Busy")).toEqual([]);
  });

  it("takes whom post is sent in the care of and who referred or raised something, not a titled person or a given name", () => {
    expect(found("Letter sent c/o Thimble Walnut, 4 Mill Street. Concern raised by Quillet Care on Monday.")).toEqual([
      ["Thimble Walnut", "[organisation]"],
      ["Quillet Care", "[organisation]"],
    ]);
    expect(found("Letter sent c/o Mrs Obi; referred by Dr Obi and raised by Sarah")).toEqual([]);
  });

  it("takes who supervises, funds or delivers a service", () => {
    expect(found("Contact is supervised by Kilnby and the group funded by Quillet.")).toEqual([
      ["Kilnby", "[organisation]"],
      ["Quillet", "[organisation]"],
    ]);
    expect(found("Contact is supervised by Amara on Tuesdays.")).toEqual([]);
  });

  it("takes a lower-case word opening a clause before what firms do, in a comment about agencies", () => {
    const text = "worked with two agencies, thimble were way more supportive. walnut paid on time. kids were great";
    expect(
      detectLowerCaseFirmsBySubjectUse(text, tokeniseWords(text)).map((found) => text.slice(found.start, found.end)),
    ).toEqual(["thimble", "walnut"]);
    const other = "thimble were lovely at the party";
    expect(detectLowerCaseFirmsBySubjectUse(other, tokeniseWords(other))).toEqual([]);
  });

  it("takes such a word after 'but', 'tbh' or 'meanwhile', before a firm's 'kept' or 'wouldnt', not a given name", () => {
    const text = "agency work is fine tbh but thimble kept my timesheets back and meanwhile walnut wouldnt pay";
    expect(
      detectLowerCaseFirmsBySubjectUse(text, tokeniseWords(text)).map((found) => text.slice(found.start, found.end)),
    ).toEqual(["thimble", "walnut"]);
    const person = "the agency is fine but priya kept my timesheets back";
    expect(detectLowerCaseFirmsBySubjectUse(person, tokeniseWords(person))).toEqual([]);
  });

  it("takes what a school, nursery or surgery was called, not how it was", () => {
    expect(found("school was thimble something. his nursery is Walnut, near the park")).toEqual([
      ["thimble", "[school]"],
      ["Walnut", "[school]"],
    ]);
    expect(found("the school was fantastic, the nursery is Outstanding and the surgery was closed")).toEqual([]);
  });

  it("takes where someone works, any capitalised word or a listed firm in lower case, not a holiday or 'the' word", () => {
    expect(found("Dad works nights at Marrow in town. She has a job at Lantern Yard.")).toEqual([
      ["Marrow", "[organisation]"],
      ["Lantern Yard", "[organisation]"],
    ]);
    expect(found("the lads at quillet social care sorted it. the tutor at KLNU never replied")).toEqual([
      ["quillet", "[organisation]"],
      ["KLNU", "[organisation]"],
    ]);
    expect(found("she works at weekends, a placement at the ifa, the staff at MASH, he works at home")).toEqual([]);
    expect(found("the staff at Reception were rude and my placement at Uni was fine")).toEqual([]);
  });

  it("takes two plain lower-case nouns where someone worked, closed by a pause or a word of when", () => {
    expect(found("i worked at copper kettle for 3 yrs then left")).toEqual([["copper kettle", "[organisation]"]]);
    expect(found("i worked at full capacity for years, worked at night shifts, worked at home then")).toEqual([]);
  });

  it("takes a plain lower-case noun where someone started or worked before the role taken there", () => {
    expect(
      found("started at copper as a family support worker, then the rec consultant at tide quill social care"),
    ).toEqual([
      ["copper", "[organisation]"],
      ["tide quill", "[agency]"],
    ]);
    expect(
      found("started at home as a carer; worked at night as a cleaner, started at uni as a mature student"),
    ).toEqual([]);
  });

  it("takes who approved, placed or represented someone, capitalised, not a relative or a titled person", () => {
    expect(found("she was approved by Oak Hollow and represented by Tolvey Kiln")).toEqual([
      ["Oak Hollow", "[organisation]"],
      ["Tolvey Kiln", "[organisation]"],
    ]);
    expect(found("we were supported by Mum and assessed by Dr Khan")).toEqual([]);
  });
});

describe("detectAgenciesByBooks", () => {
  const books = (text: string) => detectAgenciesByBooks(text, []).map((found) => text.slice(found.start, found.end));

  it("takes whose books someone is on, whatever its words, not a pronoun's or the agency's", () => {
    expect(books("been on kettle's books since jan. I was on Tin Roof books for a year")).toEqual([
      "kettle",
      "Tin Roof",
    ]);
    expect(books("on their books, on the agency's books, on loads of agencies' books, on the books")).toEqual([]);
  });
});
