import { describe, expect, it } from "vitest";
import {
  detectCamelCaseNames,
  detectNamesAfterCapitalThe,
  detectNamesAfterThe,
  detectRoyalNamedPlaces,
  detectStandingPossessives,
} from "./detect-venues";
import { findAllowedSpans } from "./known-words";
import { foldForMatch, tokeniseWords } from "./text-matching";

function found(text: string): string[] {
  const allowed = findAllowedSpans(text, foldForMatch(text));
  return detectNamesAfterThe(text, tokeniseWords(text), allowed).map(
    (detection) => `${text.slice(detection.start, detection.end)}:${detection.category}`,
  );
}

describe("detectNamesAfterThe", () => {
  it("takes one capitalised word after a lower-case 'the' as a named place or service", () => {
    expect(found("So I'm ringing the Memorial, ringing the crisis line.")).toEqual(["Memorial:organisation"]);
    expect(found("He was assaulted outside the Arches, near the station.")).toEqual(["Arches:organisation"]);
    expect(found("I was at, um, the Medway office on the Pentagon side.")).toEqual(["Pentagon:organisation"]);
    expect(found("We meet the Sunflower group every Tuesday.")).toEqual(["Sunflower:organisation"]);
  });

  it("leaves roles, days, languages, products, roads and longer titles alone", () => {
    expect(
      found(
        "We told the Guardian on the Monday, booked the Polish interpreter, logged it in the Mosaic record, " +
          "drove the M25, filed the MoU, spoke to the Welsh-speaking carers and the Head of Service at the Family Court.",
      ),
    ).toEqual([]);
  });

  it("needs the word mid-sentence and 'the' in lower case", () => {
    expect(found("The Memorial rang. The Foyer is full.")).toEqual([]);
  });

  it("takes capitalised words after a capitalised 'The' mid-sentence as one name", () => {
    const text = "Interpreter booked through The Big Voice; placement at The Mulberry Centre. The Foyer is full.";
    const allowed = findAllowedSpans(text, foldForMatch(text));
    expect(
      detectNamesAfterCapitalThe(text, tokeniseWords(text), allowed).map((found) => text.slice(found.start, found.end)),
    ).toEqual(["The Big Voice", "The Mulberry Centre"]);
  });

  it("takes a possessive with nothing owned after it, after 'at', 'for' or 'with'", () => {
    const text = "her key worker at Thackley's, Yonas; he went to work for Marble's. So. Priya's car; at Sainsbury's.";
    const allowed = findAllowedSpans(text, foldForMatch(text));
    expect(detectStandingPossessives(text, allowed).map((found) => text.slice(found.start, found.end))).toEqual([
      "Thackley's",
      "Marble's",
    ]);
  });

  it("takes a word with a capital inside it as a trading name, but not Mac and Mc names or products", () => {
    const text =
      "The interpreter — Language Link? No, LinguaBridge — and AmbuCare; Ms MacLeod, Mr McKenzie, on WhatsApp.";
    const allowed = findAllowedSpans(text, foldForMatch(text));
    expect(detectCamelCaseNames(text, allowed).map((found) => text.slice(found.start, found.end))).toEqual([
      "LinguaBridge",
      "AmbuCare",
    ]);
  });

  it("takes a royal title before a name as a hospital or school", () => {
    const text = "the health visitors at Queen Osier's, the lot; born at the Princess Alexandra; the Royal Borough";
    const allowed = findAllowedSpans(text, foldForMatch(text));
    expect(detectRoyalNamedPlaces(text, allowed).map((found) => text.slice(found.start, found.end))).toEqual([
      "Queen Osier's",
      "Princess Alexandra",
    ]);
  });

  it("takes 'the Royal' and a name as a hospital's short form, not a national body", () => {
    const text = "The Royal Thimble, the Royal Thimble, not the Royal Mail or the Royal College; Royal Walnut";
    const allowed = findAllowedSpans(text, foldForMatch(text));
    expect(detectRoyalNamedPlaces(text, allowed).map((found) => text.slice(found.start, found.end))).toEqual([
      "Royal Thimble",
      "Royal Thimble",
    ]);
  });

  it("takes a royal title before a word of no everyday sense in lower case, not before an everyday word", () => {
    const royal = (text: string) => detectRoyalNamedPlaces(text, []).map((found) => text.slice(found.start, found.end));
    expect(royal("parking at the royal thimbleby is awful; an appt at queen osier's")).toEqual([
      "royal thimbleby",
      "queen osier's",
    ]);
    expect(royal("she was queen bee, king size bed, the royal we, prince charming")).toEqual([]);
  });
});
