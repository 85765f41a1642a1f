import { describe, expect, it } from "vitest";
import { flagQuasiIdentifiers } from "./flag-quasi-identifiers";

const flagged = (text: string) => flagQuasiIdentifiers(text).map((flag) => [flag.kind, flag.text]);

describe("broad quasi-identifier shapes", () => {
  it("flags anyone described as the only, first or last of a kind, to the end of the clause", () => {
    expect(flagged("I was the only bloke on the team. My manager said so.")).toEqual([
      ["unique_description", "the only bloke on the team"],
    ]);
    expect(flagged("She had a rare condition, the only child in Kent with it at the time, apparently.")).toEqual([
      ["unique_description", "a rare condition"],
      ["unique_description", "the only child in Kent with it at the time"],
    ]);
    expect(flagged("I was the first social worker they ever seconded to the police, back in '98.")).toContainEqual([
      "unique_description",
      "the first social worker they ever seconded",
    ]);
  });

  it("flags the only speaker of a language written with a hyphen", () => {
    expect(flagged("I'm the only Welsh-speaker on the team.")).toContainEqual([
      "unique_description",
      "the only Welsh-speaker on the team",
    ]);
    expect(flagged("the only grandmother on the team")).toContainEqual([
      "unique_description",
      "the only grandmother on the team",
    ]);
  });

  it("leaves an only thing, a first time and a first manager", () => {
    expect(flagged("The only thing that helped was the only time we met. My first manager was kind.")).toEqual([]);
    expect(flagged("It was the last one on the list.")).toEqual([]);
  });

  it("flags an age said of anyone, with fillers between", () => {
    expect(flagged("Mum was 19, from a town near Cluj.")).toEqual([["age", "Mum was 19"]]);
    expect(flagged("There was a little girl, she was, what, seven?")).toEqual([["age", "she was, what, seven"]]);
    expect(flagged("Carer profile: Ms Hyacinth Campbell-Douglas, 67, approved foster carer.")).toContainEqual([
      "age",
      "67",
    ]);
    expect(flagged("We had a girl — fifteen, only child in the school")).toContainEqual(["age", "fifteen"]);
    expect(flagged("kid was 9 and ended up translating for his own mum")).toEqual([["age", "kid was 9"]]);
  });

  it("flags ages in months, after 'who was', an assessed age and an age when something happened", () => {
    expect(flagged("bruising to a 9-month-old, and a boy called Yonas who was 16")).toEqual([
      ["age", "9-month-old"],
      ["age", "who was 16"],
    ]);
    expect(flagged("Age-assessed by Kent as 17 (disputed).")).toContainEqual(["age", "Age-assessed by Kent as 17"]);
    expect(flagged("he came as an unaccompanied asylum seeker at fifteen, the visit was at 9 am")).toEqual([
      ["age", "unaccompanied asylum seeker at fifteen"],
    ]);
  });

  it("flags the one person for a whole area, being asked for by name, many placements and running a whole side alone", () => {
    expect(flagged("we had, what, one interpreter for the whole of Ealing?")).toContainEqual([
      "unique_description",
      "one interpreter for the whole of Ealing",
    ]);
    expect(flagged("for Tigrinya it's always Abrehet, there's only her, so")).toContainEqual([
      "unique_description",
      "there's only her",
    ]);
    expect(flagged("she'd been in, what, eleven placements? and they ask for me specifically")).toEqual([
      ["unique_description", "eleven placements"],
      ["unique_description", "ask for me specifically"],
    ]);
    expect(flagged("two placements, then three schools")).toEqual([]);
  });

  it("leaves counts that are no age", () => {
    expect(flagged("She was 10 minutes late and the boy was 3 visits behind.")).toEqual([]);
    expect(flagged("Child was 1 of 4 on the list; son is 2 or 3 visits behind.")).toEqual([]);
  });

  it("flags a stay dated from a year and a share of a career", () => {
    expect(flagged("Hackney, you know, I was there from 2003, we had the hub.")).toEqual([
      ["years_of_service", "was there from 2003"],
    ]);
    expect(flagged("a social worker since 1996 and in essex for 20 of those, seen it all")).toContainEqual([
      "years_of_service",
      "for 20 of those",
    ]);
  });
});

describe("fillers before an age on adversarial input", () => {
  it("still finds the age after fillers and finds none in a long run of 'like,' with no number", () => {
    expect(flagged("she was, like, what, seven")).toContainEqual(["age", "she was, like, what, seven"]);
    for (const count of [24, 30, 200]) {
      expect(flagged(`The kid was${" like,".repeat(count)} honestly.`)).toEqual([]);
    }
  });
});

describe("quasi-identifier shapes of the second session of 2026-12-07", () => {
  const texts = (text: string) => flagQuasiIdentifiers(text).map((flag) => flag.text);

  it("flags the only or first of roles, users and generations", () => {
    expect(texts("I'm the only wheelchair user in the whole of the Hounslow workforce.")).toContain(
      "the only wheelchair user in the whole of the Hounslow workforce",
    );
    expect(texts("which makes me the only care-experienced TM in the service, I think")).toContain(
      "the only care-experienced TM in the service",
    );
    expect(texts("I'm the third generation in the family to do it.")).toContain("the third generation in the family");
    expect(texts("We're the last two still in statutory work from our cohort.")).toContain(
      "the last two still in statutory work from our cohort",
    );
    expect(texts("I'm already the ASYE rep for the whole of Greenwich.")).toContain(
      "the ASYE rep for the whole of Greenwich",
    );
  });

  it("flags an age a career step was taken at, and a care leaver's age", () => {
    expect(texts("They put me through Step Up in Surrey at 41, so I was older.")).toContain(
      "put me through Step Up in Surrey at 41",
    );
    expect(texts("The care leaver was 21 and had been homeless.")).toContain("The care leaver was 21");
    expect(texts("I did the visit at 10.")).toEqual([]);
    expect(texts("I started at 9am.")).toEqual([]);
  });

  it("flags being struck off, suspended or attacked", () => {
    expect(flagged("the worker, JM, was suspended pending investigation - not me")).toContainEqual([
      "named_event",
      "was suspended pending investigation",
    ]);
    expect(flagged("I was struck off by mistake because SWE lost my CPD.")).toContainEqual([
      "named_event",
      "was struck off by mistake",
    ]);
  });

  it("leaves a first thing and an attack on a policy alone", () => {
    expect(texts("The first one was fine.")).toEqual([]);
    expect(texts("The policy was attacked in the press.")).toEqual([]);
  });

  it("flags a relative in care, a partner's job, a small group and an age at the time", () => {
    expect(texts("My daughter is in care in another authority, which")).toContain("My daughter is in care");
    expect(texts("my nephew is a yp in care in portsmouth so")).toContain("my nephew is a yp in care");
    expect(texts("my partner is a nurse at Frimley Park on nights")).toContain("my partner is a nurse");
    expect(texts("I'm one of only two from my cohort still in child protection.")).toContain(
      "one of only two from my cohort still in child protection",
    );
    expect(texts("I came into this job because of a social worker I had as a child.")).toContain(
      "social worker I had as a child",
    );
    expect(texts("Kwame was fourteen then, and the only bed was in Hastings")).toContain("Kwame was fourteen");
    expect(texts("The score was 12 then.")).toEqual([]);
  });

  it("flags the only one of a cohort, a multiple birth, siblings' ages and a stint said after its years", () => {
    expect(texts("I'm the only one from my Goldsmiths cohort still doing frontline practice.")).toContain(
      "the only one from my Goldsmiths cohort still doing frontline practice",
    );
    expect(texts("Grace, Mercy and Faith are triplets, so every letter gets muddled.")).toContain("are triplets");
    expect(texts("Glen and Dale are brothers, 14 and 16, and both were arrested.")).toContain("14 and 16");
    expect(texts("I worked for B&H for three years and then ESCC for four; it differed.")).toContain("for four");
  });

  it("leaves 'for one', a share of a group and twins spoken of as a kind", () => {
    expect(texts("we had years of it and paid for one.")).toEqual([]);
    expect(texts("The kids, 3 and 4 of them, were out.")).toEqual([]);
    expect(texts("Twins in care are often split up.")).toEqual([]);
  });

  it("flags stints in other words, relatives among colleagues, a shared past, a move to a regulator and rare events", () => {
    expect(texts("I was with Pertemps for, like, the first eight months.")).toContain(
      "for, like, the first eight months",
    );
    expect(texts("They'd been in Newham since, what, 2011? Both of them.")).toContain("since, what, 2011");
    expect(texts("he's only been qualified since last summer.")).toContain("qualified since last summer");
    expect(texts("Rosemary worked out of that office for the whole of the nineties.")).toContain(
      "for the whole of the nineties",
    );
    expect(texts("Mercy and Honour are sisters and both qualified at Goldsmiths, which confused people.")).toContain(
      "are sisters and both qualified at Goldsmiths",
    );
    expect(texts("Cliff, Dale and Glen were all ex-forces, and the lads loved them.")).toContain("were all ex-forces");
    expect(texts("When Malik went to Ofsted as an HMI, we stopped staying.")).toContain("went to Ofsted as an HMI");
    expect(texts("praise has been on long-term sick since the inquest.")).toContain("since the inquest");
    expect(texts("Oakvale updated it after the incident at the summer camp.")).toContain(
      "the incident at the summer camp",
    );
  });

  it("flags an age in words after a role reached, a child set off by commas and a birthday hit", () => {
    expect(
      texts("She's now a deputy head of service in Havering at twenty-nine, which tells you everything."),
    ).toContain("at twenty-nine");
    expect(texts("We had a lad from the estate, fifteen, whose brother had been stabbed.").join(" ")).toContain(
      "fifteen",
    );
    expect(texts("once she hit seventeen they wanted her on an adult ward")).toContain("hit seventeen");
  });

  it("leaves a project's first months, a school's incident as a kind and a time of day", () => {
    expect(texts("We were in the first six months of the project.")).toEqual([]);
    expect(texts("I said, at twenty, that we should go.")).toEqual([]);
    expect(texts("They're married with kids.")).toEqual([]);
  });

  it("flags a place in a line of workers, one of a few of a kind, an upbringing, a tribunal and a stint dated by an event", () => {
    expect(texts("The family have been known to us for years and I am the ninth social worker.")).toContain(
      "I am the ninth social worker",
    );
    expect(texts("I'm one of four Sylheti speakers in the whole service, so I get pulled in.")).toContain(
      "one of four Sylheti speakers in the whole service",
    );
    expect(texts("Our worker Precious grew up on Thames View, which helps.")).toContain("grew up on Thames View");
    expect(texts("He was owed more, and he took them to tribunal in Croydon.")).toContain("took them to tribunal");
    expect(texts("I've been in Sutton on a rolling contract since the pandemic.")).toContain("since the pandemic");
    expect(texts("Justice is the one I worry about - twelve, excluded twice.")).toContain("twelve");
  });

  it("leaves counts of things and a second person to speak", () => {
    expect(texts("It's one of three things we do.")).toEqual([]);
    expect(texts("I'm the second person to say so.")).toEqual([]);
  });

  it("flags a long description to its eighth word, a parent's age, a late career turn and clipped stints", () => {
    expect(
      texts("I think I'm the first care leaver they've ever hired into the Leaving Care team in Lewisham."),
    ).toContain("the first care leaver they've ever hired into the Leaving Care team");
    expect(texts("Referral re: unborn, mother 17. Allocated today.")).toContain("mother 17");
    expect(texts("Im 58 and went locum at 55 after redundancy.")).toContain("went locum at 55");
    expect(texts("nine years in RBKC and before that four in H&F")).toContain("before that four in");
    expect(texts("no one lasts two years on the team. I've done five.")).toContain("I've done five");
    expect(texts("I was in care in Southwark in the nineties.")).toContain("in the nineties");
  });

  it("leaves a pregnancy's weeks and what was done", () => {
    expect(texts("mum 15 weeks pregnant").join(" ")).not.toContain("mum 15");
    expect(texts("I've done it.")).toEqual([]);
  });
});
