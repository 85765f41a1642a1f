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
