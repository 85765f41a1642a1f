import { describe, expect, it } from "vitest";
import { flagQuasiIdentifiers } from "./flag-quasi-identifiers";

const flagged = (text: string) => flagQuasiIdentifiers(text).map((flag) => [flag.kind, flag.text]);

describe("flagQuasiIdentifiers", () => {
  it("flags ages", () => {
    expect(flagged("I'm 54 and she was aged 23; a 16-year-old; I'm in my early forties.")).toEqual([
      ["age", "I'm 54"],
      ["age", "aged 23"],
      ["age", "16-year-old"],
      ["age", "in my early forties"],
    ]);
  });

  it("flags age bands from the teens to the nineties", () => {
    expect(flagged("Her nan is in her eighties and the lad is in his late teens.")).toEqual([
      ["age", "in her eighties"],
      ["age", "in his late teens"],
    ]);
  });

  it("keeps what makes someone the only one with something inside the flag", () => {
    expect(flagged("I'm the only one in the team with a disabled child.").map(([, text]) => text)).toContain(
      "the only one in the team with a disabled child",
    );
  });

  it("does not mistake durations and counts for ages", () => {
    expect(flagged("I'm 5 minutes late and I'm 30 cases over.")).toEqual([]);
    expect(flagged("I'm one of the team, and I'm two short today.")).toEqual([]);
  });

  it("flags years of service and the year of qualifying", () => {
    expect(flagged("After 27 years in the service, and twelve years post-qualified. I qualified in 1998.")).toEqual([
      ["years_of_service", "27 years in the service"],
      ["years_of_service", "twelve years post-qualified"],
      ["years_of_service", "qualified in 1998"],
    ]);
    expect(flagged("I've been a social worker for sixteen years.")).toEqual([
      ["years_of_service", "social worker for sixteen years"],
    ]);
  });

  it("flags unique descriptions up to the end of the phrase", () => {
    expect(flagged("I was the only Black manager in the directorate for years.")).toEqual([
      ["unique_description", "the only Black manager in the directorate"],
    ]);
    expect(flagged("As the only male social worker, I stood out.")).toEqual([
      ["unique_description", "the only male social worker"],
    ]);
  });

  it("does not flag “the only” without a description of a person", () => {
    expect(flagged("It was the only reason I stayed, the only way to cope.")).toEqual([]);
  });

  it("flags named events and inspection judgements", () => {
    expect(flagged("After the 2019 restructure and the Ofsted inspection in 2022 we were judged inadequate.")).toEqual([
      ["named_event", "the 2019 restructure"],
      ["named_event", "the Ofsted inspection in 2022"],
      ["named_event", "judged inadequate"],
    ]);
  });

  it("does not flag bare weekdays, months or years", () => {
    expect(flagged("On Monday in March 2024 we met.")).toEqual([]);
  });

  it("flags durations, children's ages and personal characteristics in many wordings", () => {
    expect(flagged("I've worked here since the nineties and done 12 years now.")).toEqual([
      ["years_of_service", "since the nineties"],
      ["years_of_service", "done 12 years"],
    ]);
    expect(flagged("My son is 14. I'm nearly 60. When I was 22 I qualified.")).toEqual([
      ["age", "My son is 14"],
      ["age", "I'm nearly 60"],
      ["age", "When I was 22"],
    ]);
    expect(flagged("As a Black male social worker, and the longest-serving manager, with my hijab.")).toEqual([
      ["unique_description", "As a Black male social worker"],
      ["unique_description", "the longest-serving manager"],
      ["unique_description", "my hijab"],
    ]);
  });

  it("flags bare lengths of time, in digits, words or 'yrs'", () => {
    const kinds = (text: string) => flagged(text).map(([kind]) => kind);
    for (const text of [
      "I'd been in the job seventeen years by then.",
      "stayed 6 yrs because of them",
      "I've been qualified, um, thirty-one years.",
      "Nine years in Sunderland, seven in Gateshead.",
      "eighteen months qualified, no handover",
      "I've been here a year and a half.",
      "qualified 2021, now in norfolk",
      "came over from Zimbabwe in 2003",
      "he'd been there since the Youth Justice Board started",
    ]) {
      expect(kinds(text), text).toContain("years_of_service");
    }
  });

  it("flags ages said in passing", () => {
    for (const text of [
      "the great-grandmother, ninety-one, and still going",
      "female, 52, qualified 24 yrs",
      "she was clearly 15.",
      "the boy was fifteen, and",
      "a foster carer who's 84.",
      "I'm, what, twenty-three, and",
      "auntie merline who still fosters at 70",
      "40 yr old, male",
    ]) {
      expect(
        flagged(text).map(([kind]) => kind),
        text,
      ).toContain("age");
    }
    expect(flagged("she's still the one holding it together, she was 5 minutes late")).toEqual([]);
  });

  it("flags unique descriptions without 'the' and by what only someone did", () => {
    for (const text of [
      "only Punjabi speaker left in the service.",
      "she's our Sikh foster carer, only one we've got actually",
      "only SW of colour in my team in the whole locality",
      "I'm the youngest in the service by a mile",
      "I'm the last of the old guard in this building.",
      "everybody knows me as the one who set up the dads' group",
      "I was the first social worker here to run the parenting pilot",
      "I'm still the one Cymraeg speaker in the building",
      "as a greek cypriot social worker in haringey I get asked",
      "she's been in nine placements",
      "in a team of 9 women",
      "he'd been a semi-pro footballer",
      "as a wheelchair user I can't get in",
    ]) {
      expect(
        flagged(text).map(([kind]) => kind),
        text,
      ).toContain("unique_description");
    }
    expect(flagged("Only one visit was late, and only two of us went.")).toEqual([]);
  });

  it("flags careers, decades, stages of life and being one of very few", () => {
    for (const text of [
      "I've spent my whole career here.",
      "a good decade in this team",
      "twenty-plus years in the job",
      "after a five-year stint in Lambeth",
      "I'm mid-40s and close to retirement",
      "my 60th birthday is next month",
      "at 58 I'm tired",
      "there's only me and one other man",
      "I'm the token bloke",
      "I was the first in my family to go to uni",
      "as a mum of four",
    ]) {
      expect(flagged(text).length, text).toBeGreaterThan(0);
    }
  });

  it("flags ages with fillers, turning an age, school years, late starts and personal circumstances", () => {
    for (const text of [
      "the eldest, she'd just turned sixteen, so",
      "he's like seventy-odd, and",
      "now 70 odd and still takes teenagers",
      "her son, who's like twelve, interpreted",
      "He's in Year 9 at the academy",
      "I qualified late, at 41, after years",
      "baby Orla (4 weeks). Home conditions",
      "worked there thru Signal Recruitment, 14 months.",
      "she'd been there since like 1990",
      "since before the, the first Ofsted.",
      "im a single mum. now earning double",
      "i am autistic and the open plan office",
      "I wouldn't take families from the estate, because, well, I grew up there.",
      "There's four of us who came over from South Africa together",
      "I'm the first person in my family to go to university",
      "for, um, two and a half years now",
    ]) {
      expect(flagged(text).length, text).toBeGreaterThan(0);
    }
    expect(flagged("The review is in 6 weeks, and every 3 months after.")).toEqual([]);
  });

  it("flags arrivals at an age, a child's age in brackets, short contracts and counts that single someone out", () => {
    for (const text of [
      "Ahmadzai came to us at fifteen, unaccompanied",
      "Zuzanna (7) was at home with her",
      "the grandmother was, like, 81",
      "im 26 and already burnt out",
      "6 month contract in slough, then extended",
      "supervisor left after 8 wks",
      "excluded from four schools",
      "i had 26 kids on my caseload",
      "they are the only two seniors left in the whole service",
      "I'm the only one there who speaks Portuguese",
    ]) {
      expect(flagged(text).length, text).toBeGreaterThan(0);
    }
  });

  it("returns nothing for empty text", () => {
    expect(flagQuasiIdentifiers("")).toEqual([]);
  });
});
