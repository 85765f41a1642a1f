import { describe, expect, it } from "vitest";
import { detectCodes, detectReferences, detectRegistrationNumbers } from "./detect-structured";

const spans = (detections: { start: number; end: number }[], text: string) =>
  detections.map((detection) => text.slice(detection.start, detection.end));

describe("detectRegistrationNumbers", () => {
  it("finds Social Work England numbers with a space, a hyphen or in lower case", () => {
    const text = "SW 104522, sw98231, SW-55612 and SW1234567, SW 1045 22, SW.104522; not SW1 or SW11 2AB or SW19 4DG.";
    expect(spans(detectRegistrationNumbers(text), text)).toEqual([
      "SW 104522",
      "sw98231",
      "SW-55612",
      "SW1234567",
      "SW 1045 22",
      "SW.104522",
    ]);
    expect(detectRegistrationNumbers(text)[0].replacement).toBe("[registration number]");
  });

  it("takes a letter O typed for a zero among at least four digits, but no word", () => {
    const text = "my reg is sw 40O912, not the SWOOO team or sw oooooo.";
    expect(spans(detectRegistrationNumbers(text), text)).toEqual(["sw 40O912"]);
  });
});

describe("detectReferences", () => {
  it("finds references after the words that introduce them, with those words", () => {
    const cases: [string, string][] = [
      ["Case ref 22/0417 was closed.", "Case ref 22/0417"],
      ["I logged it under LCS 88213 and waited.", "LCS 88213"],
      ["Can you look at case no. CN-20931?", "case no. CN-20931"],
      ["The Mosaic ID is 4471903.", "Mosaic ID is 4471903"],
      ["The record ref is AB12/3345 on the old system.", "record ref is AB12/3345"],
      ["file ref MOS/CP/2291 has it", "file ref MOS/CP/2291"],
      ["client id 00-447-12 is the sibling", "client id 00-447-12"],
      ["Referral number 2024-0031 came in.", "Referral number 2024-0031"],
      ["the LCS number for him is 44 5521, then", "LCS number for him is 44 5521"],
      ["lcs 0091 22 was the old one", "lcs 0091 22"],
      ["lcs ref 61 3307 4 has been closed", "lcs ref 61 3307 4"],
      ["file ref 80 1124 9.", "file ref 80 1124 9"],
      ["mosaic ref m4421 is his", "mosaic ref m4421"],
      ["CIN 2231/B was opened", "CIN 2231/B"],
      ["referral 77120 came in", "referral 77120"],
      ["case refs 4471 and 4472 are siblings", "case refs 4471 and 4472"],
      ["Police attended, log 0937 of 02/03/2024.", "0937"],
      ["crime number 88/21734 was given", "number 88/21734"],
      ["incident no. 4410 raised by the duty officer", "no. 4410"],
      ["my complaint 20931 is still open, ticket #8812 too", "20931"],
    ];
    for (const [text, expected] of cases) expect(spans(detectReferences(text), text), text).toContain(expected);
  });

  it("takes a lone last digit into a grouped reference only where the sentence goes on", () => {
    const closed = "lcs ref 61 3307 4 has been closed";
    expect(new Set(spans(detectReferences(closed), closed))).toEqual(new Set(["lcs ref 61 3307 4"]));
    const counted = "case ref 31 2208 2 kids";
    expect(new Set(spans(detectReferences(counted), counted))).toEqual(new Set(["case ref 31 2208"]));
  });

  it("leaves years, small counts and section numbers alone", () => {
    for (const text of [
      "the case in 2019 was",
      "Section 47 case 47 times",
      "we had 300 cases",
      "ref 3 of 4",
      "ID 123",
      "a log of 1500 calls in one week",
      "a complaint of 400 words",
      "the incident in 2021 shook everyone",
    ]) {
      expect(detectReferences(text), text).toEqual([]);
    }
  });
});

describe("detectCodes", () => {
  it("finds coded references and NHS-shaped numbers without a cue", () => {
    const text = "the CP-2023-118 file, LAC/0931 and 485 777 3458, but not COVID-19, M25 or A&E";
    expect(spans(detectCodes(text), text)).toEqual(["CP-2023-118", "LAC/0931", "485 777 3458"]);
  });

  it("finds a code of letters, a two-digit year and a number", () => {
    const text = "quote LADO-23-114 or CIN/24/0091, but not KS-2-3 or Year-12";
    expect(spans(detectCodes(text), text)).toEqual(["LADO-23-114", "CIN/24/0091"]);
  });
});
