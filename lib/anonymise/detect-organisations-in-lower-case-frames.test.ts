import { describe, expect, it } from "vitest";
import { detectNamesInLowerCaseFrames } from "./detect-organisations-in-lower-case-frames";

function found(text: string): string[] {
  return detectNamesInLowerCaseFrames(text).map(
    (detection) => `${text.slice(detection.start, detection.end)}:${detection.category}`,
  );
}

describe("detectNamesInLowerCaseFrames", () => {
  it("reads a word with no everyday sense after 'with', 'through' or 'by' in talk of agencies as a firm", () => {
    expect(found("been agency 6 yrs, now back with trellis and the pay is better")).toEqual(["trellis:organisation"]);
    expect(found("got paid late 3 months running by bobbin, complained to the council")).toEqual([
      "bobbin:organisation",
    ]);
  });

  it("reads one after 'then', 'now' or 'before that' in talk of agencies as the next firm", () => {
    expect(found("been agency 9 yrs, mostly with biscuit personnel n now crumpet, left haringey")).toEqual([
      "biscuit personnel:organisation",
      "crumpet:organisation",
    ]);
    expect(found("i was now gazebo mad and then teapot tea with my mum")).toEqual([]);
  });

  it("reads one after someone 'from' as their firm, a second such word included", () => {
    expect(found("the interpreter from lintel walnut never turned up for the polish family")).toEqual([
      "lintel walnut:organisation",
    ]);
  });

  it("reads any word of no fixed phrase after someone 'from' as their firm, an everyday one too", () => {
    expect(found("an interpreter from word perfect for the dad but they sent someone who spoke farsi")).toEqual([
      "word perfect:organisation",
    ]);
    expect(found("agency collegue from parallel gets paid double")).toEqual(["parallel:organisation"]);
    expect(found("the worker from home, a locum from abroad, someone from another team, staff from cafcass")).toEqual(
      [],
    );
  });

  it("reads one after 'in', 'near' or 'around' as a place", () => {
    expect(found("theyre in a hotel in hammock with 4 kids, no cooker")).toEqual(["hammock:place"]);
    expect(found("one nqsw covering 60 kids across the whole of trellis, nobody cares")).toEqual(["trellis:place"]);
    expect(found("i cover everything round parsnip and out to the coast")).toEqual(["parsnip:place"]);
  });

  it("reads one bare after 'at', 'to' or 'from' as somewhere", () => {
    expect(found("conference at thimble was cancelled twice, pls stop sending me to trellis for court")).toEqual([
      "thimble:place",
      "trellis:place",
    ]);
    expect(found("ps shes from kipper and makes the best jollof")).toEqual(["kipper:place"]);
    expect(found("she left to go to thimble it all fell apart, pls fund a room at walnut, ours is a cupboard")).toEqual(
      ["thimble:place", "walnut:place"],
    );
  });

  it("leaves an infinitive after 'to' and the terms never redacted alone", () => {
    expect(found("i need to rebook the room and want to practise more, off at christmas")).toEqual([]);
    expect(found("the letter from cafcass came late")).toEqual([]);
  });

  it("leaves everyday words, fixed phrases and capitalised text alone", () => {
    expect(found("i was in pain all week and in debt by christmas, worked with families in crisis")).toEqual([]);
    expect(found("paid by invoice through the umbrella, in fact with care")).toEqual([]);
    expect(found("We put them in a hotel in Hammock. The agency was awful.")).toEqual([]);
  });

  it("takes a word with no everyday sense after 'through the' or 'via the' in talk of agencies", () => {
    expect(found("i was on a contract through the quillion for 11 months")).toEqual(["quillion:organisation"]);
    expect(found("the agency put me through the wringer, paid through the portal")).toEqual([]);
  });

  it("takes two plain words after an interpreter 'from' before a verb or a pause, not words of which or when", () => {
    expect(found("the interpreters from tin kettle are always late")).toEqual(["tin kettle:organisation"]);
    expect(found("the interpreter from last week was fine, the interpreter from other areas came")).toEqual([]);
  });

  it("takes a plain word after 'thru' or 'via' in talk of agencies, closed by a pause, not a channel or an arrival", () => {
    expect(found("a locum role in kent thru forge, £40/hr vs £22 perm")).toEqual(["forge:organisation"]);
    expect(found("agency role sorted via email. my dbs came thru late, paid thru payroll for a year")).toEqual([]);
  });

  it("takes a plain word someone was with for a stretch of time in talk of agencies, not a relative or a given name", () => {
    expect(found("locum with kettle for 3 yrs, best agency for pay")).toEqual(["kettle:organisation"]);
    expect(found("agency life: with nan for 2 weeks, with family for 2 months, with sarah for a few years")).toEqual(
      [],
    );
  });
});
