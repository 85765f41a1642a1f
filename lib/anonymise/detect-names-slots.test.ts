import { describe, expect, it } from "vitest";
import { detectNames } from "./detect-names";

const people = (text: string) =>
  detectNames(text)
    .filter((detection) => detection.category === "person")
    .map((detection) => text.slice(detection.start, detection.end))
    .sort();

describe("detectNames: words in a name's place", () => {
  it("takes any word after a role's label, an initial or a title, even an ordinary one", () => {
    expect(people("Ward tel 01276 604 882. Named nurse: Frost. Discharge pending.")).toEqual(["Frost"]);
    expect(people("Worker: N. Snow. Supervisor: J. Banks.")).toEqual(["J. Banks", "N. Snow"]);
    expect(people("Previous SW: Storm White. Mosaic ID 7734192.")).toEqual(["Storm White"]);
    expect(people("Health visitor: Story White. Paternal grandmother present.")).toEqual(["Story White"]);
    expect(people("And she said, 'Is Mr Blue coming?' and I said no.")).toEqual(["Blue"]);
  });

  it("takes a word in brackets after a role, a colour surname after a title, and an ordinary word greeted", () => {
    expect(people("the service manager (Wood) should never have promoted him")).toEqual(["Wood"]);
    expect(people("Left cos of the caseloads under DCS Black")).toEqual(["Black"]);
    expect(people("Thanks, Young, yeah, I'd agree with that.")).toEqual(["Young"]);
    expect(people("Seen with an interpreter (Uzbek) provided by the council.")).toEqual([]);
    expect(people("Thanks, Everyone, see you Monday.")).toEqual([]);
  });

  it("takes a name spoken to at a sentence's start, not a word of talk", () => {
    expect(people("Okonkwo, you were brilliant.")).toEqual(["Okonkwo"]);
    expect(people("Honestly, you should see it. Look, you know what it's like.")).toEqual([]);
  });

  it("takes a word then given a person's role ('… as our senior') and initials before 'who'", () => {
    expect(people("we were lucky to have sparrow as our senior, she really cared")).toEqual(["sparrow"]);
    expect(people("We had Frost as my manager for years.")).toEqual(["Frost"]);
    expect(people("our team is run by TK who is honestly amazing")).toEqual(["TK"]);
    expect(people("she was assessed as her own carer")).toEqual([]);
  });

  it("leaves labels and words that cannot be names alone", () => {
    expect(people("Moderator: Go on, then.")).toEqual([]);
    expect(people("Outcome: Section 47 enquiry. Plan: Review in May.")).toEqual([]);
    expect(people("NI QQ 55 20 71 A. Consent to share obtained.")).toEqual([]);
    expect(people("Contact: Duty Team, Civic Centre.")).toEqual([]);
  });

  it("takes any word after mr, mrs or ms typed in lower case, but not Microsoft's products", () => {
    expect(people("the IRO mr house is the only constant for the kids")).toEqual(["house"]);
    expect(people("shout out to ms bliss in business support")).toEqual(["bliss"]);
    expect(people("we use ms teams for everything")).toEqual([]);
  });
});

describe("detectNames: initials, lists and speakers", () => {
  it("takes dotted initials that spell no acronym, and initials described as a person", () => {
    expect(people("Discussed: J.T. (CP), the Farouk siblings (CIN).")).toEqual(["Farouk", "J.T."]);
    expect(people("D.O.B. 12/03/2010, seen in the U.K. since 2019.")).toEqual([]);
    expect(people("KS is the best manager ive had in 11 yrs.")).toEqual(["KS"]);
    expect(people("manager 'jb' reads every case note. its not a spelling test jb")).toEqual(["jb", "jb"]);
  });

  it("reads a quotation opened before a word as speech, not a name after a role or a verb", () => {
    expect(people("the barrister, 'Where is the social worker?' she said")).toEqual([]);
    expect(people("the iro escalated it and got told 'sufficiency is a national problem'")).toEqual([]);
  });

  it("takes a possible name listed beside a person's name, but not an English word", () => {
    expect(people("social worker changed 4 times: Petra, then ugo, then a locum")).toEqual(["Petra", "ugo"]);
    expect(people("Petra, then a locum, then nobody")).toEqual(["Petra"]);
  });

  it("takes two capitalised words joined by 'and' before a verb of people, not places or systems", () => {
    expect(people("Star and Cherry are in the same school.")).toEqual(["Cherry", "Star"]);
    expect(people("Mosaic and Liquidlogic are both awful.")).toEqual([]);
    expect(people("Health and Safety were there.")).toEqual([]);
  });

  it("takes a nickname made of 'big' or 'lil' and a capital letter", () => {
    expect(people("shout out to the duty senior, big T, kept the front door running")).toEqual(["big T"]);
    expect(people("a big TV in the contact room")).toEqual([]);
  });

  it("reads a lower-case name before a contraction typed without its apostrophe", () => {
    expect(people("drove 6 hrs for a 40 min visit. dontae didnt even want to see me")).toEqual(["dontae"]);
  });

  it("takes a double-barrelled name spelt like a name in both halves", () => {
    expect(people("Health visitor: Tamsin Kerr-Dobbie. Grandmother present.")).toEqual(["Tamsin Kerr-Dobbie"]);
    expect(people("Post-Brexit it changed.")).toEqual([]);
  });

  it("takes a speaker's label after a sentence's end and an ordinary word before speech, not a form's field", () => {
    expect(people("Moderator: And Osprey? Kerensa: No, that's the other team.")).toEqual(["Kerensa"]);
    expect(people("Rebel: Yeah, so the duty team was drowning.")).toEqual(["Rebel"]);
    expect(people("Hospital: William Harvey. Ward: Padua.")).not.toContain("Ward");
    expect(people("Outcome: No further action.")).toEqual([]);
  });
});
