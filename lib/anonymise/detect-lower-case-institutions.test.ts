import { describe, expect, it } from "vitest";
import {
  detectLowerCasePrisons,
  detectLowerCaseTrusts,
  detectLowerCaseUniversities,
} from "./detect-lower-case-institutions";
import { tokeniseWords } from "./text-matching";

const trusts = (text: string) =>
  detectLowerCaseTrusts(text, tokeniseWords(text)).map((detection) => text.slice(detection.start, detection.end));
const universities = (text: string) =>
  detectLowerCaseUniversities(text, tokeniseWords(text)).map((detection) => text.slice(detection.start, detection.end));
const prisons = (text: string) =>
  detectLowerCasePrisons(text, tokeniseWords(text)).map((detection) => text.slice(detection.start, detection.end));

describe("detectLowerCaseTrusts: an NHS trust typed in lower case", () => {
  it("takes the place and kind words before (nhs) (foundation) trust", () => {
    expect(trusts("the mum is under east london foundation trust for her mh")).toEqual([
      "east london foundation trust",
    ]);
    expect(trusts("referred to south london and maudsley nhs foundation trust")).toEqual([
      "south london and maudsley nhs foundation trust",
    ]);
    expect(trusts("oxleas nhs trust never rang back")).toEqual(["oxleas nhs trust"]);
  });

  it("leaves a trust named by describing words alone, and trust in its everyday sense", () => {
    expect(trusts("our local nhs trust is slow and the mental health foundation trust too")).toEqual([]);
    expect(trusts("i lost trust in the foundation years ago")).toEqual([]);
  });
});

describe("detectLowerCasePrisons: a prison by its title typed in lower case", () => {
  it("takes the title and up to two name words, stopping at a preposition or verb", () => {
    expect(prisons("dad (wayne) is in hmp elmley on remand")).toEqual(["hmp elmley"]);
    expect(prisons("hmp wormwood scrubs is grim")).toEqual(["hmp wormwood scrubs"]);
    expect(prisons("he is at hmp & yoi bronzefield now")).toEqual(["hmp & yoi bronzefield"]);
  });

  it("leaves a title with no name after it", () => {
    expect(prisons("visits at the hmp are booked. hmp")).toEqual([]);
  });
});

describe("detectLowerCaseUniversities: a university by its place typed in lower case", () => {
  it("takes 'uni of' or 'university of' and a listed place or a county", () => {
    expect(universities("my practice educator at uni of kent, strict but fair")).toEqual(["uni of kent"]);
    expect(universities("did my masters at university of east london")).toEqual(["university of east london"]);
  });

  it("leaves 'uni of' before an everyday word", () => {
    expect(universities("the uni of life, the university of hard knocks")).toEqual([]);
  });
});
