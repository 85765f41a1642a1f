// Shapes of speech the fresh batches of 2026-12-07 leaked, each with the everyday use it must leave alone.
import { describe, expect, it } from "vitest";
import { anonymise } from "./anonymise";
import { flagQuasiIdentifiers } from "./flag-quasi-identifiers";

const redacted = (text: string) =>
  anonymise(text).redactions.map((redaction) => text.slice(redaction.start, redaction.end));
const flagged = (text: string) => flagQuasiIdentifiers(text).map((flag) => text.slice(flag.start, flag.end));

describe("speaker labels", () => {
  it("takes a short form or a given name that is also a word as a speaker's label", () => {
    expect(redacted("Des: The Bor have had four DCSs in three years.")).toContain("Des");
    expect(redacted("Gill: The IFA in Bexhill had only two carers.")).toContain("Gill");
    expect(redacted("Jasmine: I'd just add that it's bad. Holly: Yeah, agreed, especially.")).toEqual(
      expect.arrayContaining(["Jasmine", "Holly"]),
    );
  });

  it("leaves a form's field labels and a survey's own label", () => {
    expect(redacted("Survey: I think the pay is poor.")).toEqual([]);
    expect(redacted("Outcome: The plan was agreed.")).toEqual([]);
  });
});

describe("nicknames, initials and surnames in lower case", () => {
  it("takes a nickname after 'call him' with its 'big', a surname's initial and dotted initials", () => {
    expect(redacted("we used to call him big mo, he ran the service")).toContain("big mo");
    expect(redacted("agnieszka t in the mash is the only one")).toContain("agnieszka t");
    expect(redacted("the manager i had (r.k. if youre reading this)")).toContain("r.k.");
    expect(redacted("my old manager at bexley (kate o'brien) bullied us")).toContain("kate o'brien");
  });

  it("leaves 'big man', text-speak letters, lower-case abbreviations and o'clock", () => {
    expect(redacted("we call him big man, he ran the service")).toEqual([]);
    expect(redacted("agnieszka u ok?")).toEqual(["agnieszka"]);
    expect(redacted("see you at 9 a.m. e.g. tomorrow, or at 5 o'clock")).toEqual([]);
  });
});

describe("authorities and firms", () => {
  it("takes a borough's title with its name, and a firm's name of words opening a sentence", () => {
    expect(redacted("RBKC and the Royal Borough of Windsor get mixed up")).toContain("the Royal Borough of Windsor");
    expect(redacted("Harbour Lights Fostering lost six carers to Kent County Council.")).toContain(
      "Harbour Lights Fostering",
    );
  });

  it("leaves an imperative or a quantifier opening the sentence outside the firm's name", () => {
    expect(redacted("Contact Harbour Lights Fostering today.")).toEqual(["Harbour Lights Fostering"]);
    expect(redacted("Most Harbour Lights Fostering carers left.")).toEqual(["Harbour Lights Fostering"]);
  });
});

describe("a capitalised word after a sentence's opening adverb, and a family's initials", () => {
  it("takes the word as a name mid-sentence, and initials before a family's noun", () => {
    expect(redacted("Then Kit turned eighteen and that was it.")).toContain("Kit");
    expect(redacted("The DW kids were placed with us.")).toContain("DW");
  });

  it("leaves title case, departments, days, and the field's acronyms before a family's noun", () => {
    expect(redacted("So Kit Said No.")).toEqual([]);
    expect(redacted("Then Panel agreed it. Then Monday came.")).toEqual([]);
    expect(redacted("the CP kids and the UASC boys")).toEqual([]);
  });
});

describe("a name opening a sentence, then where they are from, then what they did", () => {
  it("takes the name", () => {
    expect(redacted("Greer, from Coram, did the adoption training with us.")).toContain("Greer");
  });

  it("leaves a body named before 'from what I hear'", () => {
    expect(redacted("Ofsted, from what I hear, was harsh.")).toEqual([]);
  });
});

describe("broad flags: ages of someone named, and a career's dated steps", () => {
  it("flags an age said of a name, with or without a description between", () => {
    expect(flagged("The little girl, Precious, was only four, and she kept asking.").join()).toMatch(/four/u);
    expect(flagged("Jasper, the foster carer's son, was nineteen and doing all of it.").join()).toMatch(/nineteen/u);
    expect(flagged("now 61 and doing agency 3 days a week").join()).toMatch(/61/u);
  });

  it("does not flag what is no age", () => {
    expect(flagged("It was four, maybe five. There was six of us. Ofsted was 20 minutes late.")).toEqual([]);
  });

  it("flags the year of a step in a career, 'since 08' and a span of years", () => {
    expect(flagged("I started at Newham in 2011 and I'm still here.").join()).toMatch(/2011/u);
    expect(flagged("sw 118204, registered 2016.").join()).toMatch(/2016/u);
    expect(flagged("15 yrs qualified, since 08 in the same la").join()).toMatch(/since 08/u);
    expect(flagged("worked for harrow 2011-2020, then brent").join()).toMatch(/2011-2020/u);
  });

  it("does not flag a year with no career step, or a date after 'since'", () => {
    expect(flagged("The 2023 survey said workload was high.")).toEqual([]);
    expect(flagged("living there since 01/09/2024.")).toEqual([]);
  });
});

describe("initials in records, a body's initials, months as given names, lower-case courts and universities", () => {
  it("takes initials a record names, a court's initials, 'April' before a surname, 'kingston uni'", () => {
    expect(redacted("Home visit completed by JD. Mother reported she was fine.")).toContain("JD");
    expect(redacted("my tm (wont name her, but her initials are lc) made me cry")).toContain("lc");
    expect(redacted("at Camberwell Green Youth Court; CGYC want the report")).toContain("CGYC");
    expect(redacted("April Osei covered my duty in April.")).toContain("April Osei");
    expect(redacted("student on placement here from kingston uni")).toContain("kingston uni");
    expect(redacted("bromley youth court had my lad up at 9am")).toContain("bromley youth court");
  });

  it("leaves a month after a date's word, initials after an everyday 'by', and 'uni' alone", () => {
    expect(redacted("In April Osei covered my duty.")).toEqual(["Osei"]);
    expect(redacted("it was caused by CP and LAC")).toEqual([]);
    expect(redacted("i went to uni, the uni was fine, the youth court was fine")).toEqual([]);
  });
});

describe("broad flags: which year of a career, a birthday, an age assessment, the only one left", () => {
  it("flags them", () => {
    expect(flagged("I was doing duty three days a week as a second-year.").join()).toMatch(/second-year/u);
    expect(flagged("frontline grad, 2nd yr post qual, in tower hamlets").join()).toMatch(/2nd yr/u);
    expect(flagged("it was the day after my 40th, 14 February").join()).toMatch(/40th/u);
    expect(flagged("The age assessment said nineteen.").join()).toMatch(/nineteen/u);
    expect(flagged("She's the only one of the original MASH staff left.").join()).toMatch(/only one/u);
  });

  it("leaves the first year of something else", () => {
    expect(flagged("In the first year of the reforms the first year was hard.")).toEqual([]);
  });
});

describe("firms: opening a sentence, an ambulance service, a pair with a town's name, a provider, an umbrella", () => {
  it("takes them", () => {
    expect(redacted("Sunrise Fostering placed him with carers.")).toContain("Sunrise Fostering");
    expect(redacted("My partner is a paramedic with South East Coast Ambulance, so we never meet.")).toContain(
      "South East Coast Ambulance",
    );
    expect(redacted("Mum's solicitor, Ms Okonkwo at Harrow & Finch, needs the chronology.")).toContain(
      "Harrow & Finch",
    );
    expect(redacted("Contact supervised by Family Time Plus at the centre.")).toContain("Family Time Plus");
    expect(redacted("the umbrella is rubbish though, clearpath payroll, always paying late")).toContain(
      "clearpath payroll",
    );
  });

  it("leaves describing words, two towns, a person who supervised, and 'the council payroll'", () => {
    expect(redacted("Private Fostering is a duty. Kinship Fostering is hard.")).toEqual([]);
    expect(redacted("I worked in Brighton & Hove. Health & Safety training.")).toEqual(["Brighton & Hove"]);
    expect(redacted("Contact supervised by Sarah Jones today.")).toEqual(["Sarah Jones"]);
    expect(redacted("the council payroll is late")).toEqual([]);
  });
});

describe("lower-case initials after 'with', and the capital and nations typed in lower case", () => {
  it("takes initials someone raised something with, and leaves london and england", () => {
    expect(redacted("raised it with rk twice and nothing")).toEqual(["rk"]);
    expect(redacted("london weighting is rubbish, moved from england")).toEqual([]);
  });
});

describe("firms spoken of with a plural verb, and a family member's employer", () => {
  it("takes a singular name a plural verb follows, and where a husband, wife or partner works", () => {
    expect(redacted("Lantern have been great.")).toContain("Lantern");
    expect(redacted("Youth Anchor do the detached work.").join()).toMatch(/Anchor/u);
    expect(redacted("My husband works for British Airways, so shifts are hard.")).toContain("British Airways");
    expect(redacted("My partner's at HSBC and earns double.")).toContain("HSBC");
    expect(redacted("Danny's wife works at Gatwick for easyJet.")).toContain("easyJet");
  });

  it("leaves plurals, groups, departments and a job with no employer named", () => {
    expect(
      redacted("Social Workers are tired. Management have no idea. Staff are leaving. Most days are hard."),
    ).toEqual([]);
    expect(redacted("My wife works with children. My sister works for the council.")).toEqual([]);
  });
});

describe("broad flags: care experience, a visa, twins, the oldest, the one who, the only or last one", () => {
  it("flags them", () => {
    expect(flagged("I'm the oldest ASYE they've ever had, apparently.").join()).toMatch(/oldest ASYE/u);
    expect(flagged("She's the only one, so if she's off, we're stuck.").join()).toMatch(/only one/u);
    expect(flagged("I was a looked-after child in Greenwich myself.").join()).toMatch(/looked-after/u);
    expect(flagged("My mum was fostered through them.").join()).toMatch(/fostered/u);
    expect(flagged("I'm on a visa and if I lose this job I have to leave.").join()).toMatch(/visa/u);
    expect(flagged("Justice and Honour are twins, both placed.").join()).toMatch(/twins/u);
    expect(flagged("The ISW was Ms Lindahl, the one who does all the Somali families, and").join()).toMatch(/one who/u);
    expect(flagged("im the last one still in frontline practice").join()).toMatch(/last one/u);
  });

  it("leaves care, visas and twins said of no one in particular", () => {
    expect(flagged("Children in care need stability. Visa rules changed. Twins are common.")).toEqual([]);
  });
});

describe("review of 2026-12-07: what the new rules must leave alone", () => {
  it("leaves relatives, courts and nurseries where a family member is or what supervised contact", () => {
    expect(redacted("Her son was with Mum at the time. My son is with Dad this weekend.")).toEqual([]);
    expect(redacted("Her sister was at Court all day.")).toEqual([]);
    expect(redacted("The contact was supervised by Mum at the centre.")).toEqual([]);
  });

  it("leaves the field's groups by capitals, common two-letter abbreviations and lower-case abbreviations", () => {
    expect(redacted("The EAL children were new. The GRT families moved. The FGM girls were seen.")).toEqual([]);
    expect(redacted("Sarah Ellis left for a team in the SE. The SE region pays more.")).toEqual(["Sarah Ellis"]);
    expect(redacted("w.e.f. Monday, see p.p. 12-14")).toEqual([]);
    expect(redacted("I saw sarah k thanks")).toEqual(["sarah"]);
  });

  it("keeps spans exact: the initials alone with two spaces, the prison without the next word", () => {
    expect(redacted("The DW  kids were placed with us.")).toEqual(["DW"]);
    expect(redacted("dad is in hmp elmley last week he was moved")).toEqual(["hmp elmley"]);
  });

  it("leaves kinds of fostering and a department spoken of in the plural", () => {
    expect(redacted("Weekend Fostering is hard to recruit for. Payroll have messed up my pay.")).toEqual([]);
  });

  it("flags no caseload as an age, no statutory guidance's year, no place described between commas", () => {
    expect(flagged("My caseload is now 25. The waiting list is now 40 and growing.")).toEqual([]);
    expect(flagged("Under Working Together 2018 the LA must share information.")).toEqual([]);
    expect(flagged("I joined the union in 2015 and the pension scheme in 2016.")).toEqual(["2015"]);
    expect(flagged("Mine, at the time, was 28. Newham, back then, was 30.")).toEqual([]);
  });
});

describe("shapes of the second session of 2026-12-07", () => {
  it("finds a service typed in lower case after 'at the'", () => {
    expect(redacted("sw to follow up re contact at the oasis family centre")).toEqual(["oasis family centre"]);
  });

  it("takes the word for kin into a letter's nickname, and a letter before what the person did", () => {
    expect(redacted("Bukola: The kids call me Auntie B. I've been there years.")).toEqual(["Bukola", "Auntie B"]);
    expect(redacted("ravi k from liquid personnel rang me 6 times")).toEqual(["ravi k", "liquid personnel"]);
    expect(redacted("sarah k thanks")).toEqual(["sarah"]);
  });

  it("reads an authority seldom meant as its word after a preposition or before a plural verb", () => {
    expect(redacted("Speaker 2: When I was in leaving care at havering, the PA was great")).toEqual(["havering"]);
    expect(redacted("speaker 4: havering are offering a golden hello but bexley pay less")).toEqual([
      "havering",
      "bexley",
    ]);
    expect(redacted("He kept barking orders at us.")).toEqual([]);
  });

  it("grows an organisation found by its last word back over the sentence's first word", () => {
    expect(redacted("P6: Second Wind do the best parenting course going.")).toEqual(["Second Wind"]);
    expect(redacted("Speaker 2: Harbour Lights were going to take Leah.")).toEqual(["Harbour Lights", "Leah"]);
    expect(redacted("Honestly Hestia are the best.")).toEqual(["Hestia"]);
    expect(redacted("Yesterday Hays rang.")).toEqual(["Hays"]);
  });

  it("takes a firm set off before the noun for its kind, even one named by a word of the field", () => {
    expect(redacted("a conference run by Kinship, the charity, and I met three")).toEqual(["Kinship"]);
    expect(redacted("I rang Sarah, the provider, who said no.")).toEqual(["Sarah"]);
  });

  it("takes a letter that stands for a child named with an age, and its later mentions", () => {
    expect(redacted("I met with T (aged 9) at school on 2 May. T told me she wants to stay.")).toEqual([
      "T",
      "2 May",
      "T",
    ]);
    expect(redacted("Plan B (2 weeks) is fine. B was good.")).toEqual([]);
  });

  it("takes an airport's terminal and a youth court typed with its ending in lower case", () => {
    expect(redacted("Mateo was twelve when he was found at Terminal 4 with an adult")).toEqual(["Mateo", "Terminal 4"]);
    expect(redacted("YOT said Highbury Corner youth court had listed it")).toEqual(["Highbury Corner youth court"]);
  });

  it("joins a lower-case given name to a lower-case surname found after it", () => {
    expect(redacted("step down agreed at panel, chair was jo whittaker")).toEqual(["jo whittaker"]);
    expect(redacted("why we hadnt used the frank aranha assessment from before")).toEqual(["frank aranha"]);
  });

  it("takes initials typed in lower case at the end of a list of people", () => {
    expect(redacted("shout out to dami, chioma, big mo, ruth-ann and jb")).toContain("jb");
    expect(redacted("thanks to sarah and tbh everyone")).toEqual(["sarah"]);
    expect(redacted("ask kemi, ok?")).toEqual(["kemi"]);
  });

  it("keeps an initial after a lower-case name before where the person is", () => {
    expect(redacted("agnieszka k in the mash is the only one who answers")).toEqual(["agnieszka k"]);
  });
});
