import { describe, expect, it } from "vitest";
import { detectListedOrganisations } from "./detect-listed-organisations";
import { foldForMatch } from "./text-matching";

const found = (text: string) =>
  detectListedOrganisations(text, foldForMatch(text)).map((detection) => text.slice(detection.start, detection.end));

describe("detectListedOrganisations", () => {
  it("takes an ordinary word spelled in the list's capitals, unless everything around is in capitals", () => {
    expect(found("Strategy call with a nurse (GOSH safeguarding) today.")).toEqual(["GOSH"]);
    expect(found("She's with TACT now.")).toEqual(["TACT"]);
    expect(found("He showed real tact. WE NEED TACT AND CARE HERE.")).toEqual([]);
  });

  it("takes a listed name right after the noun for what it is, with its trading name's last word in any case", () => {
    expect(found("the locum agency (apex people) told me i'd be in fostering")).toEqual(["apex people"]);
    expect(found("placed with hertfordshire via nonstop consult. at 61 i was the oldest")).toEqual(["nonstop consult"]);
    expect(found("the apex of my career; the people at the summit")).toEqual([]);
  });

  it("takes a listed name of ordinary words when a later word is capitalised", () => {
    expect(found("Big Word sent someone who spoke Farsi.")).toEqual(["Big Word"]);
    expect(found("Referred to Foster Care Associates and Fostering People.")).toEqual([
      "Foster Care Associates",
      "Fostering People",
    ]);
    expect(found("the big word for it is burnout")).toEqual([]);
  });

  it("takes a listed name typed in lower case after 'via', 'for' or 'with' in a sentence about work", () => {
    expect(found("worked via hays for 3 yrs then perm")).toEqual(["hays"]);
    expect(found("left tower hamlets for an agency role via reed")).toEqual(["reed"]);
    expect(found("now with sanctuary in essex since i left")).toEqual(["sanctuary"]);
    expect(found("the church was a sanctuary for the family")).toEqual([]);
    expect(found("placement at a women's refuge run by Oasis, near Canterbury Christ Church")).toEqual([
      "Canterbury Christ Church",
    ]);
    expect(found("The MASH triage is quick.")).toEqual([]);
  });

  it("reads an acronym in a comment typed in lower case, and a name after 'used'", () => {
    expect(found("baby born at the whittington, then transferred to gosh")).toEqual(["whittington", "gosh"]);
    expect(found("used language line on speaker phone")).toEqual(["language line"]);
    expect(found("Oh gosh, the Whittington was busy.")).toEqual(["Whittington"]);
  });

  it("takes a name in lower case before the word for what it is, and a lower-case acronym with a cue", () => {
    expect(found("left islington for tact fostering")).toEqual(["tact"]);
    expect(found("a good practice educator at uni (uea)")).toEqual(["uea"]);
  });

  it("takes a listed name of ordinary words in lower case with a word of its field", () => {
    expect(found("dr o'callaghan at the royal free was the only medic who called")).toEqual(["royal free"]);
    expect(found("anyone who worked for outcomes first group knows")).toEqual(["outcomes first group"]);
  });

  it("reads a short comment as one context for a word of the field", () => {
    expect(found("hospital sw for years. the referrals from gosh vs from a gp are night and day")).toEqual(["gosh"]);
    expect(found("oh gosh, the referrals were late again and nobody rang")).toEqual([]);
  });

  it("names national charities as any organisation, and universities only as a workplace", () => {
    // Note: the labelled set marks a named charity as an organisation 29 times in 30, in passing or not.
    expect(found("Referral via NSPCC helpline this morning.")).toEqual(["NSPCC"]);
    expect(found("the only reason i know anything about adoption is a training day run by coram")).toEqual(["coram"]);
    expect(found("A student from the University of Sussex shadowed her.")).toEqual([]);
    expect(found("Then Rhodri went to work for Barnardo's.")).toEqual(["Barnardo's"]);
    expect(found("When I was at NSPCC, in the Merton service, for nine years")).toEqual(["NSPCC"]);
  });

  it("takes a listed name joined by 'and' or 'then' to one already found", () => {
    expect(found("we get our locums mostly from pulse and sanctuary")).toEqual(["pulse", "sanctuary"]);
    expect(found("went agency with hays then sanctuary then reed")).toEqual(["hays", "sanctuary", "reed"]);
    expect(found("the agency gave us hope and a sanctuary")).toEqual([]);
  });

  it("takes a listed everyday word with a plural verb as a firm", () => {
    expect(found("Horizon were better than the council.")).toEqual(["Horizon"]);
    expect(found("Horizon is a long way off.")).toEqual([]);
  });

  it("takes a listed name typed as one word, with a capitalised 'The', or opening a sentence before a verb", () => {
    expect(found("the interpreter company — it was Clear Voice? Clearvoice?")).toEqual(["Clear Voice", "Clearvoice"]);
    expect(found("interpreter provided by The Language Shop.")).toEqual(["The Language Shop"]);
    expect(found("Tbh the onboarding. Nonstop asked for my SWE number.")).toEqual(["Nonstop"]);
  });

  it("takes a named service of a listed organisation with it", () => {
    expect(found("Referral from Barnardo's Hope Service (worker: Aisha).")).toEqual(["Barnardo's Hope Service"]);
  });

  it("takes a lower-case listed name beside a sure one, after a preposition and 'the', or before what a firm did", () => {
    expect(found("since pulse took over from nonstop we reregister every year, lost 2 locums over it")).toEqual([
      "pulse",
      "nonstop",
    ]);
    expect(found("my nan was in the royal marsden for a week")).toEqual(["royal marsden"]);
    expect(found("renewal took weeks and meanwhile anchor wouldnt let me work a shift")).toEqual(["anchor"]);
    expect(found("the pulse was weak. we dropped anchor and she took a shift")).toEqual([]);
  });
});
