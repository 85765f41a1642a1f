import { describe, expect, it } from "vitest";
import { flagQuasiIdentifiers } from "./flag-quasi-identifiers";
import type { Flag } from "./types";

const flagged = (text: string) => flagQuasiIdentifiers(text).map((flag) => [flag.kind, flag.text]);

/** A sentence, and one flag it must carry among any others. */
const FLAGGED: [string, string, Flag["kind"], string][] = [
  [
    "how long in weeks",
    "The new deputy lasted nine weeks and then went back to agency.",
    "years_of_service",
    "lasted nine weeks",
  ],
  [
    "how long in days",
    "They kept the baby on the ward twelve days because no carer would take her.",
    "years_of_service",
    "twelve days",
  ],
  [
    "how long in months",
    "I have worked at this borough seven months on a rolling contract.",
    "years_of_service",
    "seven months",
  ],
  [
    "a year somewhere",
    "I've been here a year and I've never met the director.",
    "years_of_service",
    "been here a year",
  ],
  ["an age at a turning point", "he went back to his nan in Deal at 16 with two bin bags", "age", "at 16"],
  [
    "an age in a possessive",
    "Their daughter's seventeen now and wants to see her file.",
    "age",
    "Their daughter's seventeen",
  ],
  [
    "the age of one of several",
    "two of the carers are in their seventies and one is 83, still taking babies",
    "age",
    "one is 83",
  ],
  ["children under an age", "Mum was alone with three kids under five in a hostel.", "age", "three kids under five"],
  [
    "a language spoken",
    "My colleague speaks Twi, so she gets every Ghanaian family in the area.",
    "unique_description",
    "speaks Twi",
  ],
  [
    "a language interpreted",
    "he used to translate for the Tamil families at the school gate",
    "unique_description",
    "translate for the Tamil families",
  ],
  [
    "just one of a kind",
    "There is literally one Welsh manager here and everyone knows it is me.",
    "unique_description",
    "literally one Welsh manager here",
  ],
  [
    "a count of a kind",
    "When I started there were four of us Nigerian social workers in one team.",
    "unique_description",
    "four of us Nigerian social workers in one team",
  ],
  [
    "children through a house",
    "she's had over a hundred kids through that house",
    "unique_description",
    "over a hundred kids through that house",
  ],
  [
    "hundreds counted in words",
    "She's had over two hundred children through her door.",
    "unique_description",
    "over two hundred children through her door",
  ],
  [
    "the night something happened",
    "I was on call the night of the flood at the unit, honestly.",
    "named_event",
    "the night of the flood at the unit",
  ],
  ["a news story", "the placement that was on the news last spring", "named_event", "that was on the news"],
  [
    "a violent incident",
    "He was stabbed near the station a month later.",
    "named_event",
    "was stabbed near the station",
  ],
  ["a named day", "I was the only one on duty on Boxing Day.", "named_event", "Boxing Day"],
];

/** Sentences with no circumstance to flag: deadlines, rotas, things long ago, caps, times, house numbers, English. */
const UNFLAGGED: [string, string][] = [
  ["deadlines and rotas", "Reports are due within 10 days and reviewed every six weeks."],
  ["a rota and something long ago", "We work from home two days a week. It happened three months ago."],
  ["later and next", "She visited again six weeks later, in the next 3 months."],
  ["caseload caps", "Caseloads were capped at eighteen and stayed at 19 all year."],
  ["a time and a house number", "The visit is at 15:30 at 17 Harbour Road."],
  ["speaking English, up and to someone", "She speaks English at school, speaks up in meetings and spoke to Legal."],
  ["a festival without its day", "Christmas was hard; the day itself was quiet."],
];

describe("quasi-identifiers of circumstance", () => {
  it.each(FLAGGED)("flags %s", (_what, text, kind, value) => {
    expect(flagged(text)).toContainEqual([kind, value]);
  });

  it.each(UNFLAGGED)("leaves %s", (_what, text) => {
    expect(flagged(text)).toEqual([]);
  });

  it("flags a rare condition and a care need beside it, and nothing else", () => {
    expect(flagged("a boy with Batten disease, tube-fed, living with his gran")).toEqual([
      ["unique_description", "Batten disease"],
      ["unique_description", "tube-fed"],
    ]);
  });
});

describe("quasi-identifiers said of someone named, or of the one who did something", () => {
  it("flags an age said of a name or a relative", () => {
    expect(flagged("Tomasz's sixteen next month and he is scared.")).toContainEqual(["age", "Tomasz's sixteen"]);
    expect(flagged("Ilinca was fifteen when she arrived.")).toContainEqual(["age", "Ilinca was fifteen"]);
    expect(flagged("The nan's 79, and she has all three.")).toContainEqual(["age", "nan's 79"]);
    expect(flagged("Kent is 40 miles away and Mosaic was 3 years late.").filter(([kind]) => kind === "age")).toEqual(
      [],
    );
  });

  it("flags the one who did something, the only ones, the last one left and a year of approval", () => {
    expect(flagged("Ngozi's the one who set up the carers' group, on her own time.")).toContainEqual([
      "unique_description",
      "'s the one who set up the carers' group",
    ]);
    expect(flagged("I'm the last one left from the old Deal office.")).toContainEqual([
      "unique_description",
      "the last one left from the old Deal office",
    ]);
    expect(flagged("Mr and Mrs Adeyemi, approved 2017 via the agency.")).toContainEqual([
      "years_of_service",
      "approved 2017",
    ]);
  });

  it("flags an incident named with 'the', not a fire drill or a risk", () => {
    expect(flagged("because of the stabbing in Chatham, and the fire drill, and the overdose risk")).toEqual([
      ["named_event", "the stabbing in Chatham"],
    ]);
  });
});
