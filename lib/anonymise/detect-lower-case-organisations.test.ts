import { describe, expect, it } from "vitest";
import {
  detectCalledOrganisations,
  detectLowerCaseCompanies,
  detectLowerCaseNamedPlaces,
  detectLowerCaseTradingNames,
} from "./detect-lower-case-organisations";
import { tokeniseWords } from "./text-matching";

const found = (text: string) =>
  detectLowerCaseNamedPlaces(text, tokeniseWords(text)).map((detection) => text.slice(detection.start, detection.end));

describe("detectLowerCaseNamedPlaces", () => {
  it("takes a lower-case court, school or hospital named by a word with no everyday sense, with its opening word", () => {
    expect(
      found("final hearing at east tolvey family court. a judge at the brackwater court. conf at king kilnby hospital"),
    ).toEqual(["east tolvey family court", "brackwater court", "king kilnby hospital"]);
  });

  it("takes 'fc' after a town as its family court and 'pru' as a school", () => {
    expect(found("pulled into court at brackwater fc again; the boys at tolvey pru")).toEqual([
      "brackwater fc",
      "tolvey pru",
    ]);
    expect(found("the local fc and the nearest pru")).toEqual([]);
  });

  it("leaves a court, school or hospital described by an everyday word or a word of the work", () => {
    expect(
      found(
        "the virtual school, the local court, the youth court, the appeal court, the nearest hospital, a boarding school",
      ),
    ).toEqual([]);
  });
});

const called = (text: string) =>
  detectCalledOrganisations(text, tokeniseWords(text)).map((detection) => text.slice(detection.start, detection.end));

describe("detectCalledOrganisations", () => {
  it("takes the name after a firm's noun and 'called', two capitalised names joined by 'and' included", () => {
    expect(called("we switched to a firm called Tongue and Tinsel last year")).toEqual(["Tongue and Tinsel"]);
    expect(called("a recruitment firm called tidewater global rang me")).toEqual(["tidewater global"]);
  });

  it("takes up to four quoted words after 'called', and 'is called' after the firm's noun", () => {
    expect(called("the interpreting firm is called 'clear saying' and they are late")).toEqual(["clear saying"]);
    expect(called("an agency called “Open Doorways” rang")).toEqual(["Open Doorways"]);
  });

  it("leaves quoted words that only describe, and quotes that run on", () => {
    expect(called("the service called 'early help' said")).toEqual([]);
    expect(called("a firm called 'the one i told you about before' rang")).toEqual([]);
  });

  it("stops before 'and' that opens a clause", () => {
    expect(called("a firm called Tidewater and they were fine")).toEqual(["Tidewater"]);
  });
});

const trading = (text: string) =>
  detectLowerCaseTradingNames(text, tokeniseWords(text)).map((detection) => text.slice(detection.start, detection.end));

describe("detectLowerCaseTradingNames", () => {
  it("takes a word that is no English word before an ending, whatever part of speech its spelling suggests", () => {
    expect(trading("we use brimbly staffing for cover")).toEqual(["brimbly staffing"]);
  });

  it("keeps a middle word or ordinal opening a name after a word that introduces a firm", () => {
    expect(trading("we were sold it by people second recruitment as low caseloads")).toEqual([
      "people second recruitment",
    ]);
    expect(trading("my first recruitment agency. via social care recruitment. through third recruitment")).toEqual([]);
  });

  it("leaves the word that introduces the firm out of its name", () => {
    expect(trading("we used quellon staffing, then via zarvo locums")).toEqual(["quellon staffing", "zarvo locums"]);
  });

  it("takes a name of its own or a place before 'direct' or 'trust'", () => {
    expect(trading("pay was poor. quibble direct were better")).toEqual(["quibble direct"]);
    expect(trading("then moved to kestle childrens trust")).toEqual(["kestle childrens trust"]);
  });

  it("takes a name before 'cic' or 'languages'", () => {
    expect(trading("contact supervised by tansy lanes cic at the hall")).toEqual(["tansy lanes cic"]);
    expect(trading("we booked via quorble languages. they speak two languages, foreign languages too")).toEqual([
      "quorble languages",
    ]);
  });

  it("leaves everyday words before 'direct' or 'trust'", () => {
    expect(trading("we paid direct for it. i lost trust. moved to a foundation trust. via social care direct")).toEqual(
      [],
    );
  });
});

const companies = (text: string) =>
  detectLowerCaseCompanies(text, tokeniseWords(text)).map((detection) => text.slice(detection.start, detection.end));

describe("detectLowerCaseCompanies", () => {
  it("takes one or two lower-case name words before '& co' or '& sons' after a word that introduces a firm", () => {
    expect(companies("got someone from quills & co in the end")).toEqual(["quills & co"]);
    expect(companies("went with bright lark & sons")).toEqual(["bright lark & sons"]);
  });

  it("leaves '& co' after people or words that describe", () => {
    expect(companies("mum & co came round. from the family & co. with dad and co")).toEqual([]);
  });
});

describe("a lower-case firm named by 'assessments'", () => {
  const trading = (text: string) =>
    detectLowerCaseTradingNames(text, tokeniseWords(text)).map((found) => text.slice(found.start, found.end));

  it("takes the name before 'assessments' after a word that introduces a firm", () => {
    expect(trading("ours was done by clarity assessments and it was thorough")).toEqual(["clarity assessments"]);
  });

  it("leaves the kinds of assessment", () => {
    expect(
      trading("the info from viability assessments, done by independent assessments, with age assessments"),
    ).toEqual([]);
  });
});
