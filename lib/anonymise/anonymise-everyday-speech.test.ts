// Everyday speech the rules of the second session of 2026-12-07 must leave alone, as a second reader of the change
// found them taking it; each beside the shape the rule is for.
import { describe, expect, it } from "vitest";
import { anonymise } from "./anonymise";
import { flagQuasiIdentifiers } from "./flag-quasi-identifiers";

const redacted = (text: string) =>
  anonymise(text).redactions.map((redaction) => text.slice(redaction.start, redaction.end));
const flagged = (text: string) => flagQuasiIdentifiers(text).map((flag) => flag.text);

describe("everyday speech beside the new rules", () => {
  it("reads no national body, role or country as someone at an organisation", () => {
    expect(redacted("Cafcass from Croydon rang me yesterday.")).toEqual(["Croydon"]);
    expect(redacted("Ofsted at Kent said we were fine.")).toEqual(["Kent"]);
    expect(redacted("Judge at Croydon said no.")).toEqual(["Croydon"]);
    expect(redacted("my colleague amir from syria said it was hard")).toEqual(["amir"]);
  });

  it("numbers each person found at an organisation", () => {
    const result = anonymise("Penny at Reed said yes and Sol from Randstad rang me too.");
    const penny = result.redactions.find((redaction) => redaction.text === "Penny");
    expect(penny?.replacement).toMatch(/^\[person \d+\]$/u);
  });

  it("reads no count, year range or sentence opener as an address, a code or a university", () => {
    expect(redacted("the 2 siblings are very close.")).toEqual([]);
    expect(redacted("it's a 2 way street.")).toEqual([]);
    expect(redacted("we need a 360 degree view.")).toEqual([]);
    expect(redacted("during COVID-19/20 we did everything on Teams.")).toEqual([]);
    expect(redacted("After University I worked in a care home.")).toEqual([]);
  });

  it("keeps a listed firm's name to itself and a month out of a firm", () => {
    expect(redacted("Yeah Hays were rubbish to be fair.")).toEqual(["Hays"]);
    expect(redacted("In September, a company in Leeds took over the contract.")).toEqual(["Leeds"]);
  });

  it("leaves everyday words that are also places and text-speak letters alone", () => {
    expect(redacted("Those berks are useless.")).toEqual([]);
    expect(redacted("The dog was left barking all night.")).toEqual([]);
    expect(redacted("i told ravi u said it was fine")).toEqual(["ravi"]);
  });

  it("takes only the letter that stands for a child, in whole code points", () => {
    expect(redacted("I met T (aged 9). We did a T and C agreement. T said no.")).toEqual(["T", "T"]);
    expect(redacted("I met 𝐓 (aged 9) at school. 𝐓 told me")).toEqual(["𝐓", "𝐓"]);
  });

  it("reads a sentence after a long gap as a sentence, and the text's end after trailing spaces", () => {
    expect(redacted(`we talked${" ".repeat(10)}\n${" ".repeat(10)}Reading the file took ages.`)).toEqual([]);
    expect(flagged(`Her son Jasper was 19${" ".repeat(20)}`)).toContain("Jasper was 19");
    expect(anonymise(`Her son Jasper was 19${" ".repeat(20)}`).flags.map((flag) => flag.text)).toContain(
      "Jasper was 19",
    );
  });

  it("flags no event, first thing or object that is nobody", () => {
    expect(flagged("Contact was suspended after the incident.")).toEqual([]);
    expect(flagged("Appeal was dismissed in the end.")).toEqual([]);
    expect(flagged("The last one we went to was in a church hall.")).toEqual([]);
    expect(flagged("The first one they offered was miles away.")).toEqual([]);
    expect(flagged("There was only one chair so I stood.")).toEqual([]);
    expect(flagged("Personal advisers now stay until a care leaver is 25.")).toEqual([]);
  });
});

describe("everyday speech the thirty-second and thirty-third batches showed redacted", () => {
  it("leaves a cohort, a shared drive, the field's acronyms, teams named by their work and 'there are'", () => {
    expect(redacted("there were eleven of us on that ASYE cohort and only two are left")).toEqual([]);
    expect(redacted("she is precious about the shared drive folders")).toEqual([]);
    expect(redacted("ABE interview booked, the NICU nurse and the CAIT officer came, Ofsteds are tough")).toEqual([]);
    expect(redacted("the locum team and the perinatal team and the liaison team")).toEqual([]);
    expect(redacted("there are 3 in a row. here are the numbers")).toEqual([]);
  });

  it("still takes a lower-case address on a drive", () => {
    expect(redacted("he lives at 4 kestrel drive, with mum")).toEqual(["4 kestrel drive"]);
  });
});

describe("review of the second session of 2026-12-07: what the new rules must leave alone", () => {
  it("leaves months and weekdays used as dates, even once a month has named someone", () => {
    expect(redacted("I spoke to May. May is the busiest month.")).toEqual(["May"]);
    expect(redacted("Best wishes, June is nearly here.")).toEqual([]);
    expect(redacted("Thanks, June 2023 was a tough year.")).toEqual([]);
    expect(redacted("The figures were in line with May.")).toEqual([]);
    expect(redacted("April did the damage, the inspection was brutal.")).toEqual([]);
    expect(redacted("I booked leave for Monday and she approved it.")).toEqual([]);
  });

  it("leaves modals, words of grammar, lower-case words in brackets and notes in capitals", () => {
    expect(redacted("will the iro who chaired it be invited?")).toEqual([]);
    expect(redacted("Thanks to Sarah, and to all, for the cake.")).toEqual(["Sarah"]);
    expect(redacted("a senior (new) started.")).toEqual([]);
    expect(redacted("Meeting with CP-IS leads.")).toEqual([]);
    expect(redacted("NB, aged 14 at the time.")).toEqual([]);
    expect(redacted("I had a child, I, who was amazing.")).toEqual([]);
    expect(redacted("Hub is the team's nickname.")).toEqual([]);
  });

  it("leaves people and council teams used for a language, counting aloud and everyday flags", () => {
    expect(anonymise("I had sessions with Maria for Spanish.").redactions.map((found) => found.category)).toEqual([
      "person",
    ]);
    expect(redacted("We rang Duty for Somali speakers.")).toEqual([]);
    expect(redacted("we counted oh, one, two, three, four, five, six, seven, eight, nine")).toEqual([]);
    expect(redacted("oh one six one treble four five six seven eight")).toEqual([
      "oh one six one treble four five six seven eight",
    ]);
    expect(flagged("the two cases are related")).toEqual([]);
    expect(flagged("we took them to court for the final hearing")).toEqual([]);
    expect(flagged("I rang mum 12 times and dad 15 miles away")).toEqual([]);
    expect(flagged("scores in the nineties")).toEqual([]);
  });
});
