// Shapes the thirty-fifth and thirty-sixth batches leaked (read on 2026-12-08), each beside the everyday use it must
// leave alone.
import { describe, expect, it } from "vitest";
import { anonymise } from "./anonymise";

const redacted = (text: string) =>
  anonymise(text).redactions.map((redaction) => text.slice(redaction.start, redaction.end));
const flagged = (text: string) => anonymise(text).flags.map((flag) => text.slice(flag.start, flag.end));

describe("a word said to be a person at a sentence's start", () => {
  it("takes a verb or a mass noun said to be someone's role", () => {
    expect(redacted("Frost has been our team manager since 2011.")).toEqual(["Frost"]);
    expect(redacted("Rain is our team manager.")).toEqual(["Rain"]);
    expect(redacted("Mark at Thistle was the only consultant who ever got me paid on time.")).toContain("Mark");
  });

  it("leaves a predicate whose person noun belongs to a later phrase", () => {
    expect(redacted("Patience is the key skill for a social worker.")).toEqual([]);
    expect(redacted("Faith is the thing a worker needs.")).toEqual([]);
    expect(redacted("Patience is the one thing nobody has left on duty.")).toEqual([]);
    expect(redacted("Patience is something our Child Protection Chair has and I don't.")).toEqual([]);
    expect(redacted("Support is the worker's job.")).toEqual([]);
  });

  it("takes a name addressed before what the speaker tells them, not an adverb", () => {
    expect(redacted("Faith, I hope you don't mind me saying, the rota was a nightmare.")).toEqual(["Faith"]);
    expect(redacted("Honestly, I hope you don't mind me saying.")).toEqual([]);
  });

  it("takes a surname opening a sentence before what was done with the speaker", () => {
    expect(redacted("Butt did the section 47 with me and we both thought the explanation didn't fit.")).toEqual([
      "Butt",
    ]);
    expect(redacted("Training did the job with me.")).toEqual([]);
  });

  it("takes a given name that is a faith's word, owning a birthday", () => {
    expect(redacted("It's Christian's birthday on Friday, so Christian will refuse to come.")).toEqual([
      "Christian",
      "Christian",
    ]);
    expect(redacted("a Christian's birthday")).toEqual([]);
  });
});

describe("initials", () => {
  it("takes initials sent a note, given a school year, or joined to a child's initials", () => {
    expect(redacted("Please forward to SM and RP only; not for wider circulation.")).toEqual(["SM", "RP"]);
    expect(redacted("call from school re: AO (Y9) disclosing bruising. AO to remain at school.")).toEqual(["AO", "AO"]);
    expect(redacted("KM and EA pleased to see him; EA cried at the end.")).toContain("KM");
    expect(redacted("Allocated to JD. JD and DV were discussed after.")).not.toContain("DV");
    expect(redacted("agency here, the TM in the assessment team (jd) shouted at me")).toEqual(["jd"]);
    expect(redacted("ts and mk in the leaving care team covered for me")).toContain("ts");
  });

  it("takes the thirty-seventh batch's initials: a subject's pair, a slash, an infant's age, letters owning a phone", () => {
    expect(redacted("Referral from school re KM and EA, bruising to KM's arm noted.")).toEqual(["KM", "EA", "KM"]);
    expect(redacted("we're NOT happy about it.")).toEqual([]);
    expect(redacted("checked by JD and SW.")).toEqual(["JD"]);
    expect(redacted("Supervision (JW/HG) - JW discussed contact with gran.")).toContain("HG");
    expect(redacted("Health: infant (BB, 6 weeks) reviewed by the GP.")).toEqual(["BB"]);
    expect(redacted("jd and the new ATM ran the unit - jd's mobile is off")).toEqual(["jd", "jd"]);
    expect(redacted("re DV and CSE concerns")).toEqual([]);
    expect(redacted("Re: CP conference")).toEqual([]);
    expect(redacted("it's mobile phone use that worries me")).toEqual([]);
  });

  it("leaves the field's acronyms and words", () => {
    expect(redacted("Forward to HR and IT please.")).toEqual([]);
    expect(redacted("Concerns about DV and CSE.")).toEqual([]);
    expect(redacted("The PE (Y9) lesson.")).toEqual([]);
    expect(redacted("hr and it in the admin team were slow")).toEqual([]);
    expect(redacted("the manager in the duty team (new) was fine")).toEqual([]);
  });
});

describe("names that run on", () => {
  it("takes a surname's particle and an initial's full stop", () => {
    expect(redacted("14yo, João da Costa, reported by the school.")).toEqual(["João da Costa"]);
    expect(redacted("Pieter van der Berg said so.")).toEqual(["Pieter van der Berg"]);
    expect(redacted("The student, Ewa K. – was the only one.")).toContain("Ewa K.");
    expect(redacted("I met Ewa K. She was great.")).toContain("Ewa K");
    expect(redacted("I met Ewa K. She was great.")).not.toContain("Ewa K.");
  });
});

describe("organisations", () => {
  it("takes a firm said to be a small agency, and one with its interpreters", () => {
    expect(redacted("Ember is a small agency, they actually ring you back.")).toEqual(["Ember"]);
    expect(redacted("Tongues had no Polish interpreters that day.")).toEqual(["Tongues"]);
    expect(redacted("We had no Polish interpreters.")).toEqual([]);
    expect(redacted("Everyone had interpreters.")).toEqual([]);
    expect(redacted("I'd booked an interpreter from Clearvoice.")).not.toContain("I'd");
  });

  it("takes a firm's initials, its name without its ending, and its last word after a describing one", () => {
    expect(redacted("Our interpreters come via LinguaBridge, but LB never has anyone free.")).toEqual([
      "LinguaBridge",
      "LB",
    ]);
    expect(redacted("then brighter minds cic was the only support. brighter minds closed last year.")).toContain(
      "brighter minds",
    );
    expect(redacted("an ifa called little acorns, then the la poached me. acorns paid better")).toContain("acorns");
  });

  it("takes a university by 'uni', a hospital by its place and a forum by its name", () => {
    expect(redacted("Uni of Brighton were fine on theory.")).toEqual(["Uni of Brighton"]);
    expect(redacted("two from Sussex uni, one from Brunel")).toContain("Sussex uni");
    expect(redacted("the conquest in hastings never tells us when babies are discharged.")).toContain("conquest");
    expect(redacted("baby was born at the conquest last week")).toEqual(["conquest"]);
    expect(redacted("Laila runs the Refugee Youth Forum on Fridays.")).toContain("Refugee Youth Forum");
  });

  it("takes the thirty-seventh batch's firms: a force, a region, what a body is of, a school's church", () => {
    expect(redacted("mum self-discharged, kent police informed by the ward")).toContain("kent police");
    expect(redacted("the foster carers are with fosterlink south east and they're threatening")).toContain(
      "fosterlink south east",
    );
    expect(redacted("I trained at the Institute of Family Therapy in London.")).toContain(
      "Institute of Family Therapy",
    );
    expect(redacted("she was at St Alban's C of E before.")).toEqual(["St Alban's C of E"]);
    expect(redacted("the therapist from rosewood therapeutic services (RTS) comes")).toEqual([
      "rosewood therapeutic services",
      "RTS",
    ]);
    expect(redacted("Support comes from Surrey and Borders, and the list is long.")).toEqual(["Surrey and Borders"]);
    expect(redacted("Rob, can you stop the recording? And May, could you send the forms?")).toEqual(["Rob", "May"]);
  });

  it("takes a body named after what it is and where it is", () => {
    expect(redacted("Lily went to work for a charity in Tooting, Family Lines, and loves it.")).toContain(
      "Family Lines",
    );
    expect(redacted("we pay privately through a firm in horsham (mindspring?) so")).toContain("mindspring");
    expect(redacted("mum went to the women's centre in hastings (the haven) but left")).toContain("haven");
    expect(redacted("a charity in Tooting, Family Support, helps")).toEqual(["Tooting"]);
    expect(redacted("a project in Lambeth (2019) ran")).toEqual(["Lambeth"]);
    expect(redacted("My husband's in the Met, based at Lewisham police station.")).toEqual(["Met", "Lewisham"]);
  });

  it("leaves a council's services, a month asked about and a force's plain word", () => {
    expect(redacted("the worker from the council services came")).toEqual([]);
    expect(redacted("the nurse from the local health services came")).toEqual([]);
    expect(redacted("In May, could you believe it, we had forty referrals.")).toEqual([]);
    expect(redacted("I worked in Kent, police were great.")).toEqual(["Kent"]);
  });

  it("leaves university life, a conquest and a contraction", () => {
    expect(redacted("I went to Uni in 2010.")).toEqual([]);
    expect(redacted("At Uni we learnt nothing.")).toEqual([]);
    expect(redacted("the conquest of the ward by the nurses")).toEqual([]);
    expect(redacted("Lots of the kids I work with don't have a single trusted adult.")).toEqual([]);
    expect(redacted("We have a Practice Forum every month.")).toEqual([]);
  });
});

describe("ages and small groups in clipped wordings", () => {
  it("flags an age with 'just', 'both', 'now' or to come", () => {
    expect(flagged("Justice was just 11 at the time.")).toEqual(["was just 11"]);
    expect(flagged("they are twins, both 13, and split up.")).toContain("both 13");
    expect(flagged("one of them just 13, were in the ward")).toEqual(["just 13"]);
    expect(flagged("I turn 60 in August.")).toEqual(["I turn 60"]);
    expect(flagged("She'd be 20 now.")).toEqual(["She'd be 20"]);
    expect(flagged("by 15 he'd had eleven social workers.")).toEqual(["by 15"]);
    expect(flagged("left after 22 years in, 58 now and done")).toContain("58 now");
    expect(flagged("qualified 2011. 61 and still going")).toContain("61 and still going");
    expect(flagged("moved from the nhs to social work at 45. the pay")).toEqual(["to social work at 45"]);
  });

  it("flags a nationality or a language among few, and one of two", () => {
    expect(flagged("she was the only other Zimbabwean in the building, so")).toEqual([
      "the only other Zimbabwean in the building",
    ]);
    expect(flagged("we were the three Sylheti speakers in the borough")).toEqual([
      "the three Sylheti speakers in the borough",
    ]);
    expect(flagged("1 of 2 workers who can sign bsl. the other")).toEqual(["1 of 2 workers who can sign bsl"]);
    expect(flagged("i'm the only 60+ agency worker they've got")).toEqual(["the only 60+ agency worker"]);
  });

  it("flags a nationality with a role, and a year something happened", () => {
    expect(flagged("Then Rainer, he's the German guy in fostering, said no")).toEqual(["the German guy in fostering"]);
    expect(flagged("so I get allocated every Vietnamese family in the borough")).toEqual([
      "every Vietnamese family in the borough",
    ]);
    expect(flagged("on a contract and that was 2019. I'm still here.")).toContain("and that was 2019");
    expect(flagged("the English language test and a British passport")).toEqual([]);
  });

  it("flags no count, time or thing", () => {
    expect(flagged("There was only one chair so I stood.")).toEqual([]);
    expect(flagged("The caseload is now 25.")).toEqual([]);
    expect(flagged("We have 25 now.")).toEqual([]);
    expect(flagged("I have just 13, which is fine.")).toEqual([]);
    expect(flagged("The office was just 12 minutes away.")).toEqual([]);
    expect(flagged("came into social work at 10.30 today")).toEqual([]);
  });
});
