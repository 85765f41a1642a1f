import { describe, expect, it } from "vitest";
import { detectNames } from "./detect-names";

const people = (text: string) =>
  detectNames(text)
    .filter((detection) => detection.category === "person")
    .map((detection) => text.slice(detection.start, detection.end));

describe("detectNames: cues that make ordinary words names", () => {
  it("takes a capitalised given name mid-sentence, even an ordinary word", () => {
    expect(people("I rang Hope on Tuesday.")).toEqual(["Hope"]);
    expect(people("Honestly Will is the only reason I stayed.")).toEqual(["Will"]);
  });

  it("takes any word after a role or relation, a possessive before a personal noun, and 'the … family'", () => {
    expect(people("My colleague Storm covered duty.")).toEqual(["Storm"]);
    expect(people("My manager, Justice, always says it.")).toEqual(["Justice"]);
    expect(people("We told Rain's dad.")).toEqual(["Rain"]);
    expect(people("The Wood family were known to us.")).toEqual(["Wood"]);
  });

  it("takes a sentence-initial given name before a verb of speech or a past tense", () => {
    expect(people("Hope said it was fine.")).toEqual(["Hope"]);
    expect(people("Grace covered my visits.")).toEqual(["Grace"]);
    expect(people("Dean manages the team.")).toEqual(["Dean"]);
    expect(people("Hope is what keeps us going.")).toEqual([]);
  });

  it("finds lower-case names after cues and in lists", () => {
    expect(people("i asked summer to cover my visits")).toEqual(["summer"]);
    expect(people("ask mrs kowalczyk in business support")).toEqual(["kowalczyk"]);
    expect(people("the duty senior, frank, sent it back")).toEqual(["frank"]);
    expect(people("we lost oluwaseun and priyanka to agency")).toEqual(["oluwaseun", "priyanka"]);
    expect(people("i hope the summer will be quieter")).toEqual([]);
  });

  it("finds initials with a cue, with or without full stops, but not acronyms of the field", () => {
    expect(people("JD said we should close it.")).toEqual(["JD"]);
    expect(people("Ask KO about the bundle.")).toEqual(["KO"]);
    expect(people("J.D. rang me back.")).toEqual(["J.D."]);
    expect(people("CP said nothing; the LAC review and DC Bains.")).not.toContain("CP");
  });

  it("finds initials after a verb of talking and 'to', beside a role, or given a role after 'as the'", () => {
    expect(people("I spoke to JD about the bundle.")).toEqual(["JD"]);
    expect(people("Our PE, TS, was great.")).toEqual(["TS"]);
    expect(people("Discussed with TM (KB) on Monday.")).toEqual(["KB"]);
    expect(people("We had JD as the IRO that year.")).toEqual(["JD"]);
    expect(people("We went to PLO after the review.")).toEqual([]);
  });

  it("takes a lower-case word after a role's short form (dtm, bsa) as a name", () => {
    expect(people("my dtm rk and the other dtm ama were great")).toEqual(["rk", "ama"]);
    expect(people("shoutout to our bsa bex, on reception since forever")).toEqual(["bex"]);
  });

  it("does not take a language before 'interpreter' or a department after 'rang'", () => {
    expect(people("We used the Tigrinya interpreter and rang Housing.")).toEqual([]);
  });

  it("takes speaker labels and names in greetings and sign-offs", () => {
    expect(people("Zerbino: I think it's fine.\nInterviewer: thanks.")).toEqual(["Zerbino"]);
    expect(people("Hi Tunde, can you send it? Thanks, Bex")).toEqual(["Tunde", "Bex"]);
    expect(people("Thanks, everyone. Note: none.")).toEqual([]);
  });

  it("takes an unknown capitalised word mid-sentence as a name", () => {
    expect(people("I was buddied with Gaz since induction.")).toEqual(["Gaz"]);
  });
});

describe("detectNames: a month that names someone", () => {
  it("takes a month before a team then a verb, and after a role and 'there,'", () => {
    expect(people("April from the duty team rang me back.")).toEqual(["April"]);
    expect(people("my mentor there, may, is still a friend")).toEqual(["may"]);
    expect(people("My old supervisor here, Brannoc, is great.")).toEqual(["Brannoc"]);
  });

  it("leaves a month that is a date or a modal", () => {
    expect(people("June from the team's side was a hard month. We met in August from the duty rota.")).toEqual([]);
    expect(people("you may, of course, ask the manager there, may i add")).toEqual([]);
  });
});

describe("detectNames: a lower-case name stops before an everyday word", () => {
  it("ends the name before a noun no name list knows, and reads a contraction typed without its apostrophe as none", () => {
    expect(people("we hadnt used the vorsk assessment from the old proceedings")).toEqual(["vorsk"]);
    expect(people("they werent sure and weve not heard")).toEqual([]);
  });

  it("keeps a building's or a firm's word in the span, where it closes the name", () => {
    expect(people("a new report from vorskmere assessments. it took weeks")).toEqual(["vorskmere assessments"]);
  });
});

describe("detectNames: a lower-case list of names ends where a clause opens", () => {
  it("takes the names of a list, not a past tense or a typed contraction after the last name's comma", () => {
    expect(people("the duty clerk, zorvanne, said it was fine")).toEqual(["zorvanne"]);
    expect(people("the carers, okonjo and brisel, didnt know")).not.toContain("didnt");
    expect(people("shout out to zorvanne, brisel, rose, and femi")).toContain("rose");
  });
});

describe("detectNames: the eve of a festival is no person", () => {
  it("leaves 'Christmas Eve' and 'New Year's Eve', takes Eve as a name elsewhere", () => {
    expect(people("It was Christmas Eve and New Year's Eve after, both on call.")).toEqual([]);
    expect(people("I rang Eve on Tuesday.")).toEqual(["Eve"]);
  });
});

describe("detectNames: shorthand and plural acronyms typed in lower case are no names", () => {
  it("leaves typed shorthand and an acronym of the field with a plural 's', takes an unknown word", () => {
    expect(people("the asyes and iros had an appt before the xmas do, incl the senco")).toEqual([]);
    expect(people("i met brannock at the hub")).toEqual(["brannock"]);
  });
});
