import { describe, expect, it } from "vitest";
import { flagQuasiIdentifiers } from "./flag-quasi-identifiers";
import { LIFE_DETAIL_RULES } from "./flag-quasi-identifiers-life-details";
import { withFastWordStarts } from "./flag-quasi-identifiers-word-start";

const flagged = (text: string) => flagQuasiIdentifiers(text).map((flag) => flag.text);
const matches = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((match) => [match.index, match[0]]);

describe("quasi-identifier wordings of life details", () => {
  it("flags the age a milestone came at", () => {
    expect(flagged("Became a manager at 29, the youngest at the time.")).toContain("Became a manager at 29");
    expect(flagged("She was promoted to team manager at 31, which nobody expected.")).toContain(
      "promoted to team manager at 31",
    );
    expect(flagged("I got married at nineteen and had my first baby at 21.")).toEqual([
      "got married at nineteen",
      "had my first baby at 21",
    ]);
    expect(flagged("he became homeless at 16 and we lost him")).toContain("became homeless at 16");
    expect(flagged("I was made up to senior practitioner at 27.")).toContain("made up to senior practitioner at 27");
    expect(flagged("Took over as head of service at 35.")).toContain("Took over as head of service at 35");
    expect(flagged("I went into fostering at fifty-five.")).toContain("went into fostering at fifty-five");
    expect(flagged("I had my son at 17 and left school.")).toContain("had my son at 17");
  });

  it("leaves times and counts after a milestone word alone", () => {
    expect(flagged("The meeting is at 10 and we became aware at 3 that it was off.")).toEqual([]);
    expect(flagged("We became a team of 12.")).toEqual([]);
    expect(flagged("She was appointed at 9am on Monday.")).toEqual([]);
    expect(flagged("I had my first supervision at 10.")).toEqual([]);
    expect(flagged("I had my kids with me at 3")).toEqual([]);
    expect(flagged("went into practice at 9 every day")).toEqual([]);
    expect(flagged("took over at 8 from nights")).toEqual([]);
  });

  it("flags an age set off after a young person and where they are from, or after the speaker's role", () => {
    expect(flagged("So this boy from Herat, sixteen, arrived at the port.")).toContain("boy from Herat, sixteen");
    expect(flagged("the lad from Aleppo, 17, was placed in a hotel")).toContain("lad from Aleppo, 17");
    expect(flagged("I'm an NQSW, twenty-three, first job, and it's hard.")).toContain("I'm an NQSW, twenty-three");
    expect(flagged("I'm a team manager, 42, and I have never seen it this bad.")).toContain("I'm a team manager, 42");
  });

  it("leaves counts after a place or a role alone", () => {
    expect(flagged("a boy from the estate, one of many, came in")).toEqual([]);
    expect(flagged("I'm a social worker, 2 days a week.")).toEqual([]);
    expect(flagged("I'm in team two, 3 of us left.")).toEqual([]);
  });

  it("flags an age in the possessive, of children together, as a band, and a school year", () => {
    expect(flagged("the lad's only fifteen, and nobody would take him")).toContain("lad's only fifteen");
    expect(flagged("the twins are four")).toContain("the twins are four");
    expect(flagged("the children were 5 and 7 when they came")).toContain("the children were 5 and 7");
    expect(flagged("a 70-something grandmother")).toContain("70-something");
    expect(flagged("her eldest is at secondary now, year 9")).toContain("year 9");
    expect(flagged("she is year 8 and refusing school")).toContain("year 8");
  });

  it("leaves counts after a possessive, and years of a plan, alone", () => {
    expect(flagged("the boy's 3 siblings were placed apart")).toEqual([]);
    expect(flagged("the kids are 3 streets away")).toEqual([]);
    expect(flagged("it was, year 3 of the budget")).toEqual([]);
    expect(flagged("year 10 is the worst for exclusions")).toEqual([]);
  });

  it("flags which year of a job someone is in, and the part of a career spent in one place", () => {
    expect(flagged("I'm in my fourth year at Bexley and still on the same spine point.")).toContain(
      "my fourth year at Bexley",
    );
    expect(flagged("first year in practice. my assessor is great.")).toContain("first year in practice");
    expect(flagged("It's my 3rd year post qualified.")).toContain("my 3rd year post qualified");
    expect(flagged("my twenty-first year at the council")).toContain("my twenty-first year at the council");
    expect(flagged("Twenty-two years in the job, nineteen of them at Medway.")).toContain("nineteen of them");
    expect(flagged("Eighteen years at the council, twelve of those in Hackney.")).toContain("twelve of those");
  });

  it("leaves a first year said of anyone, and a share that is not of years, alone", () => {
    expect(flagged("In my first year I had eleven cases.")).toEqual([]);
    expect(flagged("everyone cries in their first year")).toEqual([]);
    expect(flagged("the first year of the plan is the hardest")).toEqual([]);
    expect(flagged("We had six referrals, four of them from the school.")).toEqual([]);
  });

  it("flags when someone arrived, joined or moved", () => {
    expect(flagged("Canterbury was later. It was 2016, I'd just come over.")).toContain("2016, I'd just come over");
    expect(flagged("It was 2019 and I'd just qualified.")).toContain("2019 and I'd just qualified");
    expect(flagged("I came over from Compass about eighteen months ago.")).toContain(
      "came over from Compass about eighteen months ago",
    );
    expect(flagged("I joined Havering about two years ago")).toContain("joined Havering about two years ago");
    expect(flagged("It was 2012 — the year I qualified.")).toContain("2012 — the year I qualified");
    expect(flagged("the year I came over, 2009, there were no interpreters")).toContain("the year I came over, 2009");
    expect(flagged("Moved from Herts to Essex in 2019 for the flexible working.")).toContain(
      "Moved from Herts to Essex in 2019",
    );
  });

  it("flags the year of a step in a career or a life, and since a birth or a childhood", () => {
    expect(flagged("I went agency in 2018 and never looked back")).toContain("went agency in 2018");
    expect(flagged("I was promoted in 2016, then the restructure came.")).toContain("was promoted in 2016");
    expect(flagged("I did my ASYE in 2017 at Haringey")).toContain("did my ASYE in 2017");
    expect(flagged("she went into care in 2010")).toContain("went into care in 2010");
    expect(flagged("he left Asmara in 2016 and walked")).toContain("left Asmara in 2016");
    expect(flagged("she's had Lottie since she was a baby")).toContain("since she was a baby");
    expect(flagged("in care since birth")).toContain("since birth");
    expect(flagged("ever since I left uni")).toContain("since I left uni");
  });

  it("leaves an event some time ago, and a meeting moved, alone", () => {
    expect(flagged("someone who left in 2021, but the cases stayed")).toEqual([]);
    expect(flagged("caseloads went up in 2019")).toEqual([]);
    expect(flagged("since she was told, nothing has changed")).toEqual([]);
    expect(flagged("the referral came in two days ago")).toEqual([]);
    expect(flagged("He moved the meeting to Friday.")).toEqual([]);
    expect(flagged("It was 2016 and the budget was cut.")).toEqual([]);
  });

  it("flags something the only, first or last of its kind in an area, or the biggest a place has had", () => {
    expect(flagged("We had the only FGM protection order in Bromley that year, I think.")).toContain(
      "the only FGM protection order in Bromley that year",
    );
    expect(flagged("she just became the first care leaver in the borough to qualify as a midwife")).toContain(
      "the first care leaver in the borough to qualify as a midwife",
    );
    expect(flagged("He's the one GP in the borough who will see them.")).toContain(
      "the one GP in the borough who will see them",
    );
    expect(flagged("Our cohort is eleven, the biggest Southampton has ever had.")).toContain(
      "the biggest Southampton has ever had",
    );
    expect(flagged("She was the first UASC KCC had seen granted status.")).toContain("the first UASC KCC had seen");
    expect(flagged("I was the youngest manager Haringey ever had")).toContain("the youngest manager Haringey ever had");
    expect(flagged("the only secure unit in the South East that would take her")).toContain(
      "the only secure unit in the South East that would take her",
    );
    expect(flagged("the youngest team manager Hillingdon has ever appointed")).toContain(
      "the youngest team manager Hillingdon has ever appointed",
    );
  });

  it("flags the only one of a faith or a people, only one speaker, and longer-serving than anyone", () => {
    expect(flagged("the only team in the country doing this")).toContain("the only team in the country doing this");
    expect(flagged("I'm the only Catholic in the team")).toContain("the only Catholic in the team");
    expect(flagged("we've only got one Urdu speaker")).toContain("we've only got one Urdu speaker");
    expect(flagged("she's been fostering the longest of anyone in Kent")).toContain("the longest of anyone in Kent");
    expect(flagged("I've been here longer than anyone else in the team")).toContain(
      "longer than anyone else in the team",
    );
    expect(flagged("I'm registered blind")).toContain("registered blind");
  });

  it("leaves everyday firsts, onlys and bests alone", () => {
    expect(flagged("the only Monday in the month")).toEqual([]);
    expect(flagged("we only have one car")).toEqual([]);
    expect(flagged("they've only got one of those")).toEqual([]);
    expect(flagged("the first time in London I felt safe")).toEqual([]);
    expect(flagged("the only thing in Croydon that works")).toEqual([]);
    expect(flagged("the best manager I have ever had")).toEqual([]);
    expect(flagged("the first thing we had seen")).toEqual([]);
    expect(flagged("the only way in Croydon where it works")).toEqual([]);
    expect(flagged("the first visit in the morning to check")).toEqual([]);
  });

  it("flags a recruitment cohort, a nickname and a role known by its language", () => {
    expect(flagged("Mercy and Goodluck, both from the Ghana recruitment round, both gone.")).toContain(
      "from the Ghana recruitment round",
    );
    expect(flagged("the newbies from the step up cohort are brilliant")).toContain("from the step up cohort");
    expect(flagged("everyone at croydon still calls me 'the boomerang'")).toContain("calls me 'the boomerang'");
    expect(flagged("he was nicknamed the Professor")).toContain("nicknamed the Professor");
    expect(flagged("the kids all know her as 'Nanny Pat'")).toContain("know her as 'Nanny Pat'");
    expect(flagged("her nickname at work is 'the Terminator'")).toContain("nickname at work is 'the Terminator'");
    expect(flagged("the Bengali-speaking health visitor")).toContain("the Bengali-speaking health visitor");
    expect(flagged("Przemek, who's our Polish-speaking family support worker, translated.")).toContain(
      "our Polish-speaking family support worker",
    );
  });

  it("leaves a whole cohort, a quoted word, a request and families by language alone", () => {
    expect(flagged("the whole cohort was lovely")).toEqual([]);
    expect(flagged("They call it 'the front door'.")).toEqual([]);
    expect(flagged("call me 'cause I won't remember")).toEqual([]);
    expect(flagged("We need a Welsh-speaking worker for this family.")).toEqual([]);
    expect(flagged("Spanish-speaking families wait longest.")).toEqual([]);
  });

  it("flags a community group someone runs, an incident at a named home, generations of a family and studies", () => {
    expect(flagged("Her dad runs the Vietnamese community centre on Mare Street.")).toContain(
      "runs the Vietnamese community centre",
    );
    expect(flagged("Andreea set up a Romanian parents' group at the children's centre.")).toContain(
      "set up a Romanian parents' group",
    );
    expect(flagged("There was a fire at the Brambles children's home in Hove last winter.")).toContain(
      "a fire at the Brambles children's home in Hove",
    );
    expect(flagged("I've had three generations of one family. Grandma, mum, now the baby.")).toContain(
      "had three generations of one family",
    );
    expect(flagged("the family has been known to us for three generations")).toContain("for three generations");
    expect(flagged("His mum runs the Kurdish women's group in Haringey.")).toContain("runs the Kurdish women's group");
    expect(flagged("his dad is the imam at the mosque on Green Lane")).toContain("is the imam at the mosque");
    expect(flagged("her uncle is chair of the Tamil association")).toContain("is chair of the Tamil association");
    expect(flagged("after the fire at Maple Lodge")).toContain("the fire at Maple Lodge");
    expect(flagged("when their house burned down in 2019")).toContain("house burned down");
    expect(flagged("I remember the Climbié inquiry")).toContain("the Climbié inquiry");
    expect(flagged("the Manchester Arena bombing")).toContain("the Manchester Arena bombing");
    expect(flagged("after the Ofsted last March")).toContain("the Ofsted last March");
    expect(flagged("Her dad runs the Vietnamese restaurant on Mare Street.")).toContain(
      "runs the Vietnamese restaurant",
    );
    expect(flagged("she volunteers at the Sikh temple in Southall")).toContain("volunteers at the Sikh temple");
    expect(flagged("a stabbing outside the McDonald's in Peckham")).toContain(
      "a stabbing outside the McDonald's in Peckham",
    );
    expect(flagged("he's at uni doing law")).toContain("at uni doing law");
    expect(flagged("she's training to be a nurse now")).toContain("training to be a nurse");
    expect(flagged("she's now at uni studying, of all things, social work.")).toContain(
      "studying, of all things, social work",
    );
  });

  it("leaves groups run without a kind, fire safety and study in general alone", () => {
    expect(flagged("she runs the group on Tuesdays")).toEqual([]);
    expect(flagged("fire risk at the home is assessed yearly")).toEqual([]);
    expect(flagged("the fire door at the office was propped open")).toEqual([]);
    expect(flagged("I'm studying for my practice educator award")).toEqual([]);
    expect(flagged("three generations ago things were different")).toEqual([]);
    expect(flagged("for generations the estate has been poor")).toEqual([]);
    expect(flagged("the office was flooded with referrals")).toEqual([]);
    expect(flagged("the Local Authority fire policy")).toEqual([]);
    expect(flagged("The Fire Service came")).toEqual([]);
    expect(flagged("she runs the business support team")).toEqual([]);
    expect(flagged("he goes to the shop for her")).toEqual([]);
    expect(flagged("she is the chair of the panel")).toEqual([]);
    expect(flagged("I'm in training for the ASYE")).toEqual([]);
  });

  it("finds the same matches with the fast word starts the scanner uses", () => {
    const text =
      "Became a manager at 29. boy from Herat, sixteen, came. my fourth year at Bexley; 22 years, nineteen of them at Medway. 2016, I'd just come over. the only order in Bromley that year. the biggest Southampton has ever had. from the step up cohort. calls me 'the boomerang'. our Polish-speaking family support worker. runs the Vietnamese community centre. a fire at the Oaks home in Hove. three generations of one family. studying law. I'm an NQSW, 23, ok. joined us two years ago. moved to Essex in 2019. the lad's only fifteen. the twins are four, now, year 9.";
    for (const rule of LIFE_DETAIL_RULES) {
      expect(matches(withFastWordStarts(rule.pattern), text)).toEqual(matches(rule.pattern, text));
    }
  });
});

describe("school year after a long run of spaces", () => {
  it("flags none after the run and still flags a school year after a few spaces", () => {
    expect(flagged(`x${" ".repeat(20000)}year 9`)).toEqual([]);
    expect(flagged("he's   year 9 now")).toContain("year 9");
  });
});
