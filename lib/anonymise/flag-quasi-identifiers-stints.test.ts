import { describe, expect, it } from "vitest";
import { flagQuasiIdentifiers } from "./flag-quasi-identifiers";
import { STINT_RULES } from "./flag-quasi-identifiers-stints";
import { withFastWordStarts } from "./flag-quasi-identifiers-word-start";

const flagged = (text: string) => flagQuasiIdentifiers(text).map((flag) => flag.text);
const matches = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((match) => [match.index, match[0]]);

describe("quasi-identifier wordings of stints, bare ages, awards and counts", () => {
  it("flags a stint in weeks, months or a year after 'for'", () => {
    expect(flagged("we had a locum called Brindlewick for 6 wks then nothing")).toContain("for 6 wks");
    expect(flagged("I was with them for about a year, then went back")).toContain("for about a year");
    expect(flagged("covered the duty rota for nearly a month")).toContain("for nearly a month");
  });

  it("flags the last part of a career without its preposition", () => {
    expect(flagged("Thirty years in the job, the last eleven at the council, and then this")).toContain(
      "the last eleven",
    );
  });

  it("flags an age set off after a name or a person, and at a sentence's start", () => {
    expect(flagged("Mother: Ms Quenby Tarrow, 22. Assessment booked.")).toContain("22");
    expect(flagged("Care leaver, 20, housing review.")).toContain("20");
    expect(flagged("we had a young man, 17 next week, and no bed")).toContain("17");
    expect(flagged("I think of Pell often. Sixteen, clever, and moved four times.")).toContain("Sixteen");
    expect(flagged("Lovely man. Eighty-one and still driving the kids to school.")).toContain("Eighty-one");
  });

  it("leaves times, list points and small numbers at a sentence's start alone", () => {
    expect(flagged("Panel at Marlow House, 4.30pm on Tuesday.")).toEqual([]);
    expect(flagged("Two, we need more staff. Three, pay.")).toEqual([]);
    expect(flagged("Item 4, the budget.")).toEqual([]);
  });

  it("flags awards, counts of children cared for, how often a child was moved, and a cyber attack", () => {
    expect(flagged("she won Practice Educator of the Year last spring")).toContain("Practice Educator of the Year");
    expect(flagged("he was shortlisted for a national award in June")).toContain("shortlisted for a national award");
    expect(flagged("They had fostered thirty-odd children over the years")).toContain("fostered thirty-odd children");
    expect(flagged("he was excluded four times this term")).toContain("excluded four times this term");
    expect(flagged("after the cyber attack nothing worked")).toContain("the cyber attack");
    expect(flagged("Solveig got a national award, but nobody mentioned it.")).toContain("got a national award");
    expect(flagged("her mum received an MBE for the food bank")).toContain("received an MBE");
  });

  it("leaves durations that are not stints, and ordinary years, alone", () => {
    expect(flagged("The year of the review was a hard one.")).toEqual([]);
    expect(flagged("We meet once a week for supervision.")).toEqual([]);
    expect(flagged("we got the award criteria late")).toEqual([]);
  });

  it("finds the same matches with the fast word starts the scanner uses", () => {
    const text =
      "for about a year, the last nine at it, Ms Orrin, 19. Fifteen, bright. Social Worker of the Year; fostered forty-odd kids; moved her six times in a year; the data breach.";
    for (const rule of STINT_RULES) {
      expect(matches(withFastWordStarts(rule.pattern), text)).toEqual(matches(rule.pattern, text));
    }
  });
});
