import { describe, expect, it } from "vitest";
import { detectPlaces } from "./detect-places";
import { detectPlacesBesidePlaces } from "./detect-places-beside-places";
import { tokeniseWords } from "./text-matching";
import type { Detection } from "./types";

const OWN_REASON = /^Lower-case (?:word joined|word said in parallel|stop of a journey)/u;

/** What the rule adds beside the places `detectPlaces` finds by its other rules. */
function besides(text: string): string[] {
  const places = detectPlaces(text).filter((found: Detection) => !OWN_REASON.test(found.reason));
  return detectPlacesBesidePlaces(text, tokeniseWords(text), places).map((found) => text.slice(found.start, found.end));
}

describe("detectPlacesBesidePlaces", () => {
  it("finds a lower-case word joined to a place, said in parallel with it, or a stop of the same journey", () => {
    expect(besides("half my kids r placed in ripple n wicket so thats most weeks")).toEqual(["wicket"]);
    expect(besides("lived in tandem, worked in prism, visits in ember + saddle. never home")).toEqual(["saddle"]);
    expect(besides("mondays in pebble, weds in heather, fri in copper which isnt ours")).toEqual(["heather"]);
    expect(besides("the travel is killing me, harvest to ember to gable same day")).toEqual(["harvest"]);
  });

  it("leaves a verb, a describing word and a word of time or of the work beside a place", () => {
    expect(besides("i live in deal and commute to maidstone every day")).toEqual([]);
    expect(besides("she was placed in ripple n happy there, then in care, in march")).toEqual([]);
    expect(besides("i drive to ripple to see mum")).toEqual([]);
  });
});
