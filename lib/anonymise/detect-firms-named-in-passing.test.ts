import { describe, expect, it } from "vitest";
import { detectEmployersOfSomeoneFrom, detectFirmsNamedInPassing } from "./detect-firms-named-in-passing";
import { findAllowedSpans } from "./known-words";
import { foldForMatch, tokeniseWords } from "./text-matching";

function found(text: string): [string, string | undefined][] {
  const allowed = findAllowedSpans(text, foldForMatch(text));
  return detectFirmsNamedInPassing(text, tokeniseWords(text), allowed).map((detection) => [
    text.slice(detection.start, detection.end),
    detection.replacement,
  ]);
}

describe("detectFirmsNamedInPassing", () => {
  it("takes ordinary words capitalised mid-sentence in talk about agencies or interpreters as the firm", () => {
    expect(found("I'm not going to go agency now, am I? Though Harvest did ring me.")).toEqual([
      ["Harvest", "[agency]"],
    ]);
    expect(found("the interpreter never came, so we rang Copper Kettle again")).toEqual([
      ["Copper Kettle", "[interpreting firm]"],
    ]);
  });

  it("leaves titles, contractions, people, days and sentences about nothing of the kind", () => {
    expect(found("Mum is on Statutory Maternity Pay until March, I'm told, says Mr Shah of the agency.")).toEqual([]);
    expect(found("We went to Harvest festival and the Copper Kettle café.")).toEqual([]);
  });

  it("takes what someone comes from, said right after who they are, as their firm or service", () => {
    const text =
      "the interpreter from Tongues Direct was late; a barrister from Kenyon Chambers; the rep from Unison; a lad from Priya's";
    const allowed = findAllowedSpans(text, foldForMatch(text));
    expect(
      detectEmployersOfSomeoneFrom(text, tokeniseWords(text), allowed).map((detection) => [
        text.slice(detection.start, detection.end),
        detection.replacement,
      ]),
    ).toEqual([
      ["Tongues Direct", "[interpreting firm]"],
      ["Kenyon Chambers", "[organisation]"],
    ]);
  });
});
