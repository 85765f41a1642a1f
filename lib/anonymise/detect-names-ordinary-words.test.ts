import { describe, expect, it } from "vitest";
import { detectNames } from "./detect-names";

const people = (text: string) =>
  detectNames(text)
    .filter((detection) => detection.category === "person")
    .map((detection) => text.slice(detection.start, detection.end));

describe("detectNames: names that are also ordinary words", () => {
  it("takes a sentence-initial name described as a person", () => {
    expect(people("Patience was the one covering my caseload while I was off.")).toEqual(["Patience"]);
    expect(people("Hunter was eight when he came into care.")).toEqual(["Hunter"]);
    expect(people("Melody never missed a review.")).toEqual(["Melody"]);
    expect(people("Storm, the eldest, has been missing since Friday.")).toEqual(["Storm"]);
    expect(people("Page and I wrote the court report together.")).toEqual(["Page"]);
    expect(people("Ocean was the youngest of five.")).toEqual(["Ocean"]);
  });

  it("takes a name thanked, worked with or placed in a team", () => {
    expect(people("Thanks to Rain for covering my duty day.")).toEqual(["Rain"]);
    expect(people("I was mentored by Page when I qualified.")).toEqual(["Page"]);
    expect(people("Frank from legal is brilliant.")).toEqual(["Frank"]);
    expect(people("I shadowed Saint for two weeks.")).toEqual(["Saint"]);
  });

  it("takes a name before a role, relation or age in brackets, or after a role and a colon", () => {
    expect(people("Present: Lorikeet (mother), Bramwell (9), Solace (4). Solace's nursery is nearby.")).toEqual([
      "Lorikeet",
      "Bramwell",
      "Solace",
      "Solace",
    ]);
    expect(people("Midwife: Tamsyn Penwarden. Due date in June.")).toEqual(["Tamsyn Penwarden"]);
  });

  it("takes a name after 'called him' and before a pronoun in a contraction", () => {
    expect(people("Everyone called him Dodger, even the police.")).toEqual(["Dodger"]);
    expect(people("Iolo, honestly, Iolo's the reason I stayed. He'd been there for years.")).toContain("Iolo");
  });

  it("leaves the ordinary senses alone", () => {
    expect(people("The Grace period is not long enough.")).toEqual([]);
    expect(people("Hope is the only thing that keeps you going.")).toEqual([]);
    expect(people("There was a girl in the unit who self-harmed.")).toEqual([]);
    expect(people("The Child's social worker was off sick.")).toEqual([]);
    expect(people("Reference checks took months. Grace and patience needed.")).toEqual([]);
  });

  it("never takes pronouns, fillers, products, acronyms or languages for names", () => {
    expect(people("Um, Mo, the lead for the team, he pushed for it.")).toEqual(["Mo"]);
    expect(people("I said, sure, but I'm an agency worker, I've been here six weeks.")).toEqual([]);
    expect(people("It's all WhatsApp calls with the SENCo and the GPs.")).toEqual([]);
    expect(people("LAC reviews and IFA panels take all week.")).toEqual([]);
    expect(people("The eldest was translating Lingala for her mum; the nan speaks Romani.")).toEqual([]);
    expect(people("Interpreter (Tigrinya) booked for the Welsh-language review.")).toEqual([]);
    expect(people("He was a proper Cornish character.")).toEqual([]);
  });

  it("reads a listed surname before 'kids' as a family, not a nationality", () => {
    expect(people("Update the panel date for the Osei kids.")).toEqual(["Osei"]);
    expect(people("The Somali kids were placed together.")).toEqual([]);
  });
});

describe("detectNames: names typed in lower case", () => {
  it("takes lower-case ordinary-word names when working life shows them", () => {
    expect(people("big thanks to rose and amber in the MASH")).toEqual(["rose", "amber"]);
    expect(people("i was mentored by summer who was amazing")).toEqual(["summer"]);
    expect(people("frank from legal is brilliant")).toEqual(["frank"]);
    expect(people("precious is the best senior i've had")).toEqual(["precious"]);
    expect(people("the IRO (faith) always challenged the plan")).toEqual(["faith"]);
    expect(people("pearl and ruby do all the admin")).toEqual(["pearl", "ruby"]);
  });

  it("takes an unknown lower-case name before 'never' and a verb, and after 'dr o'…'", () => {
    expect(people("zindzi never replies to emails and nobody does anything")).toEqual(["zindzi"]);
    expect(people("dr o'mahony at the hospital returned my calls")).toEqual(["o'mahony"]);
  });

  it("leaves rarer English words and typing jargon alone in a lower-case comment", () => {
    expect(people("me and priya are the only two left from our cohort")).toEqual(["priya"]);
    expect(people("shoutout to the duty team, legit the best, they google everything")).toEqual([]);
    expect(people("i hope the summer will be quieter and patience is running out")).toEqual([]);
  });
});

describe("detectNames: short names, initials, months and particles", () => {
  it("takes two-letter names and initials in lower-case comments only with a cue", () => {
    expect(people("my manager is great but bo is off sick a lot")).toEqual(["bo"]);
    expect(people("ask kt about the car allowance, she knows")).toEqual(["kt"]);
    expect(people("so we went to the park and had a go")).toEqual([]);
  });

  it("keeps a lone initial with the name beside it", () => {
    expect(people("my manager (n. okereke) moved me")).toEqual(["n. okereke"]);
    expect(people("manager (deborah k) kept changing my visits")).toEqual(["deborah k"]);
    expect(people("Child Z attends the primary; Nan collects her.")).toEqual([]);
  });

  it("takes a month that is a given name only where a person stands", () => {
    expect(people("My manager June is great. Ask April about the rota.")).toEqual(["June", "April"]);
    expect(people("In May we moved offices and the review in June said it was fine.")).toEqual([]);
  });

  it("takes a month before ', who', said to someone in lower case, and at its other mentions once it is a name", () => {
    expect(people("Nobody asked. Or May, who'd covered it. May's at another firm now.")).toEqual(["May", "May"]);
    expect(people("august my tm is off and august please come back")).toEqual(["august", "august"]);
    expect(people("hi april, thanks. In May, who knows? See you in june.")).toEqual(["april"]);
    expect(people("supervision w june was good and my pe is called may")).toEqual(["june", "may"]);
    expect(people("i may go in may, you may ask")).toEqual([]);
  });

  it("keeps particles and labels with the name", () => {
    expect(people("The carer Mrs de la Cruz-Ferreira has been with the agency for years.")).toEqual([
      "de la Cruz-Ferreira",
    ]);
    expect(people("Thanks for the survey. Contact: Ferdie - call me any time.")).toEqual(["Ferdie"]);
  });

  it("takes lower-case names listed after a name, and surnames after a role", () => {
    expect(people("shout out to the admin team - sandra, pat and dev!")).toEqual(["sandra", "pat", "dev"]);
    expect(people("I'd like to thank my supervisor ruth and my ATM gill.")).toEqual(["ruth", "gill"]);
  });
});

describe("detectNames: full names whose given name is an ordinary word", () => {
  it("keeps a modal, adjective or noun given name in front of the surname", () => {
    expect(people("I was supervised by Will Turner for two years.")).toEqual(["Will Turner"]);
    expect(people("Frank Owusu was the IRO.")).toEqual(["Frank Owusu"]);
    expect(people("Honestly Will is great.")).toEqual(["Will"]);
  });

  it("takes names described by a relation, a question or a wish", () => {
    expect(people("Ruby, the little one, kept asking for her nan.")).toEqual(["Ruby"]);
    expect(people("Crystal and her brother were in separate placements.")).toEqual(["Crystal"]);
    expect(people("Favour? She left for an agency.")).toEqual(["Favour"]);
    expect(people("Precious didn't want to go to contact that week.")).toEqual(["Precious"]);
    expect(people("We placed Ocean with her aunt, and nobody had heard from Blue for weeks.")).toEqual([
      "Ocean",
      "Blue",
    ]);
  });
});

describe("detectNames: possessives, initials and coordination", () => {
  it("takes possessive given names before a child's things, capitalised or not", () => {
    expect(people("Joy's review was cancelled twice.")).toEqual(["Joy"]);
    expect(people("joy's review got cancelled again and nobody told me")).toEqual(["joy"]);
  });

  it("takes initials with a colleague's cue but not acronyms of the field", () => {
    expect(people("JD and I did the visit. KO from legal rang back.")).toEqual(["JD", "KO"]);
    expect(people("DV and CSE are the main risks for the LAC cohort.")).toEqual([]);
    expect(people("JD is in the court team now. LAC is in the plan.")).toEqual(["JD"]);
  });

  it("takes a word coordinated with a person before a plural verb, but not a verb opening a sentence", () => {
    expect(people("People like Temperance and Obi just held it together.")).toEqual(["Temperance", "Obi"]);
    expect(people("Chase the school for attendance data. Drew up the plan with the family.")).toEqual([]);
  });

  it("takes initials, lone capitalised words and lower-case given names listed beside a person", () => {
    expect(people("Me, AJ, Kowalczyk and the new girl were on the rota.")).toEqual(["Kowalczyk", "AJ"]);
    expect(people("She said, 'Ask Temperance or Nwosu, they've got the keys.'")).toEqual(["Nwosu", "Temperance"]);
    expect(people("it's just me, patience and sometimes godwin on duty")).toEqual(["godwin", "patience"]);
    expect(people("my collegue benedikta and sunday did the bundle")).toEqual(["benedikta", "sunday"]);
  });

  it("leaves acronyms, nationalities, titles and 'then' lists of places alone", () => {
    expect(people("Kowalczyk, CAMHS and the GP were told.")).toEqual(["Kowalczyk"]);
    expect(people("My supervisor in the first job, Ansgar, German fella, he said it.")).toEqual(["Ansgar"]);
    expect(people("I saw Okafor, Monday morning.")).toEqual(["Okafor"]);
    expect(people("with barnardos, then job at islington")).not.toContain("job");
  });

  it("takes two lower-case listed names joined by 'and' before a verb of people, unless both are ordinary words", () => {
    expect(people("In my ASYE year, brook and parker left the same month.")).toEqual(["brook", "parker"]);
    expect(people("In my ASYE year, grace and patience go a long way.")).toEqual([]);
    expect(people("salt and pepper were on the table")).toEqual([]);
  });
});

describe("detectNames: ordinary-word names in lower-case comments", () => {
  it("takes a given name after my/our role when a present-tense verb follows it", () => {
    expect(people("our psw mark covers the duty rota every month")).toEqual(["mark"]);
    expect(people("my manager grace leads the panel now")).toEqual(["grace"]);
    expect(people("my manager said it was fine")).toEqual([]);
  });

  it("takes them with the speaker, relied on, loved or described", () => {
    expect(people("summer and i do the rota between us")).toEqual(["summer"]);
    expect(people("me and hope are the only ones left")).toEqual(["hope"]);
    expect(people("i rely on will for everything")).toEqual(["will"]);
    expect(people("big love to patience and favour")).toEqual(["patience", "favour"]);
    expect(people("dawn's the only manager who listens")).toEqual(["dawn"]);
    expect(people("supervision is rubbish, rose cancels every time")).toEqual(["rose"]);
  });

  it("leaves the same words alone in their ordinary senses", () => {
    expect(people("i hope it gets better and we will see")).toEqual([]);
    expect(people("there is no joy in this job and patience is wearing thin")).toEqual([]);
  });
});

describe("detectNames: what only a person does after an auxiliary", () => {
  it("takes a given name that rings, has a worker or has had supervision", () => {
    expect(people("Dawn would always ring the family first.")).toEqual(["Dawn"]);
    expect(people("Comfort hasn't had supervision in two months.")).toEqual(["Comfort"]);
    expect(people("Miracle has a new social worker every year.")).toEqual(["Miracle"]);
    expect(people("my TM mo is actually really good tbh")).toEqual(["mo"]);
  });

  it("leaves the ordinary sense alone", () => {
    expect(people("Hope has a lot to answer for. Supervision has a new format.")).toEqual([]);
  });
});

describe("detectNames: names said to be what someone is called", () => {
  it("takes a word followed by a dash and what everyone calls the person", () => {
    expect(people("Duke — sorry, that's what everyone calls him — was the most chaotic manager.")).toEqual(["Duke"]);
    expect(people("Brook — that's the young person's chosen name — said no.")).toEqual(["Brook"]);
  });

  it("takes a single letter only when it is what someone is called", () => {
    expect(people("my colleague (lets call her T) was signed off with stress")).toEqual(["T"]);
    expect(people("Child Z attends Crofton Park Primary.")).toEqual([]);
  });
});
