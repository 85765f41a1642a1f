import { describe, expect, it } from "vitest";
import { detectListed } from "../detect-listed";
import { tuningSet as labelledSet } from "./labelled-sets";
import { locateGold } from "./score";

describe("the labelled set", () => {
  it("has at least 60 passages with unique ids", () => {
    expect(labelledSet.length).toBeGreaterThanOrEqual(60);
    expect(new Set(labelledSet.map((passage) => passage.id)).size).toBe(labelledSet.length);
  });

  it("has every gold text and expected flag in its passage", () => {
    for (const passage of labelledSet) {
      const located = locateGold(passage);
      for (const gold of passage.gold) {
        expect(
          located.some((occurrence) => occurrence.text === gold.text),
          `${passage.id}: ${gold.text}`,
        ).toBe(true);
      }
      for (const flag of passage.expectedFlags ?? []) expect(passage.text, passage.id).toContain(flag.text);
    }
  });

  // Note: the seventh and later batches were written blind to the shipped lists, so they name listed places freely.
  const writtenBesideTheList = labelledSet.filter(
    (passage) =>
      ![
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
        "twenty-first",
        "twenty-second",
        "twenty-third",
        "twenty-fourth",
        "twenty-fifth",
        "twenty-seventh",
        "twenty-eighth",
        "twenty-sixth",
        "twenty-ninth",
        "thirtieth",
        "thirty-second",
        "thirty-third",
        "thirty-fourth",
        "thirty-first",
        "thirty-fifth",
        "thirty-sixth",
      ].includes(passage.batch ?? ""),
  );

  it("takes no person, place or roster name from the shipped authority and town list", () => {
    for (const passage of writtenBesideTheList) {
      const names = [
        ...passage.gold
          .filter((gold) => gold.category === "person" || gold.category === "place")
          .map((gold) => gold.text),
        ...(passage.roster ?? []),
      ];
      for (const name of names) expect(detectListed(name), `${passage.id}: ${name}`).toEqual([]);
    }
  });

  it("mentions listed names only where they are gold authorities", () => {
    for (const passage of writtenBesideTheList) {
      const authorities = locateGold(passage).filter((occurrence) => occurrence.category === "authority");
      for (const found of detectListed(passage.text)) {
        const isGold = authorities.some((gold) => gold.start < found.end && found.start < gold.end);
        expect(isGold, `${passage.id}: ${passage.text.slice(found.start, found.end)}`).toBe(true);
      }
    }
  });

  it("covers names of many origins, the roster and the project's own terms", () => {
    expect(labelledSet.filter((passage) => passage.roster).length).toBeGreaterThanOrEqual(3);
    expect(labelledSet.some((passage) => passage.customTerms)).toBe(true);
    expect(labelledSet.filter((passage) => passage.gold.length === 0).length).toBeGreaterThanOrEqual(5);
  });
});
