// Shapes of speech the blind batches read on 2026-12-07 (twenty-sixth, thirtieth) leaked, each with the everyday use
// it must leave alone.
import { describe, expect, it } from "vitest";
import { anonymise } from "./anonymise";

const redacted = (text: string) =>
  anonymise(text).redactions.map((redaction) => text.slice(redaction.start, redaction.end));

describe("possessives", () => {
  it("takes a title that is a surname too, alone in a possessive", () => {
    expect(redacted("Sheikh's manager told her she was too emotional.")).toEqual(["Sheikh"]);
    expect(redacted("the Judge's clerk rang")).toEqual([]);
  });

  it("takes the possessive's ending with the name of where someone is", () => {
    expect(redacted("the Redthread workers at King's pick it up.")).toContain("King's");
    expect(redacted("the staff at Marrow's were kind")).toEqual(["Marrow's"]);
  });
});

describe("named teams", () => {
  it("takes no team's name from the speaker or an identity before 'team'", () => {
    expect(redacted("I've been here since 2009 and I've had eleven team managers.")).toEqual([]);
    expect(redacted("I was the first Black team manager in the service.")).toEqual([]);
    expect(redacted("I moved to the Kestrel team last year.")).toEqual(["Kestrel team"]);
  });
});

describe("given names that are months, days or nouns", () => {
  it("takes a month named from a team, doing something or spoken to", () => {
    expect(redacted("May from the health visiting team joined by phone.")).toEqual(["May"]);
    expect(redacted("June from the leaving care team told me.")).toEqual(["June"]);
    expect(redacted("I spoke to June from the leaving care team.")).toEqual(["June"]);
    expect(redacted("May did the initial visit with me.")).toEqual(["May"]);
  });

  it("leaves the months themselves", () => {
    expect(redacted("May did not go well for referrals.")).toEqual([]);
    expect(redacted("In May from the start we had cases.")).toEqual([]);
  });

  it("takes a weekday covered for and a noun opening a sentence before a surname", () => {
    expect(redacted("I was covering for Sunday while she was on leave.")).toEqual(["Sunday"]);
    expect(redacted("Temperance Ogunleye chaired the conference.")).toEqual(["Temperance Ogunleye"]);
    expect(redacted("Yesterday Ogunleye chaired it.")).toEqual(["Ogunleye"]);
    expect(redacted("Management Ogunleye said no.")).toEqual(["Ogunleye"]);
  });
});

describe("names in brackets, corrected, repeated or said to be colleagues", () => {
  it("takes a lower-case given name opening a bracket before its surname", () => {
    expect(redacted("comment: the PSW (jo mcallister) runs good workshops")).toEqual(["jo mcallister"]);
  });

  it("takes the name a speaker corrects and each mention of a name of two words", () => {
    expect(redacted("Mo – sorry, Mohammed – was the LADO then.")).toEqual(["Mo", "Mohammed"]);
    expect(redacted("Terry is Big Tel, because. Big Tel is the one who answers.")).toEqual([
      "Terry",
      "Big Tel",
      "Big Tel",
    ]);
  });

  it("takes two lower-case given names said to be colleagues, not what colleagues are said to be", () => {
    expect(redacted("the two best seniors i ever had were ivy and heather, both gone now")).toEqual(["ivy", "heather"]);
    expect(redacted("the managers are fine and supportive")).toEqual([]);
  });
});

describe("places and firms", () => {
  it("takes a part of a county named by a compass word as a place", () => {
    expect(anonymise("East Kent safeguarding were brilliant.").text).toBe("[place] safeguarding were brilliant.");
    expect(anonymise("We work in West Kent now.").text).toBe("We work in [place] now.");
  });

  it("takes a firm after a heading set off by '='", () => {
    expect(redacted("umbrella = Orbit Contracting. agency = hawthorn people. council = merton.")).toEqual([
      "Orbit Contracting",
      "hawthorn people",
      "merton",
    ]);
  });
});

describe("firms typed in lower case", () => {
  it("takes the words that end a firm's name after it", () => {
    expect(redacted("the kids go to meridian learning trust schools")).toEqual(["meridian learning trust"]);
    expect(redacted("we used harbourside camhs for him")).toEqual(["harbourside camhs"]);
    expect(redacted("agency via pulse recruitment was fine")).toEqual(["pulse recruitment"]);
  });

  it("leaves a person's given name before a word of care", () => {
    expect(redacted("asked priya care for him")).toEqual(["priya"]);
  });
});

describe("the thirty-second batch's shapes", () => {
  it("takes a firm named by a social care ending opening a sentence, not a council's service", () => {
    expect(redacted("Spark Social Care placed me.")).toEqual(["Spark Social Care"]);
    expect(redacted("Adult Social Care said no.")).toEqual([]);
  });

  it("takes a firm's ending typed one letter out and a later lower-case mention", () => {
    expect(redacted("agnecy = cobalt recrutiment. paid via an umbrella")).toEqual(["cobalt recrutiment"]);
    expect(redacted("mostly with brightwater fostring and a couple")).toEqual(["brightwater fostring"]);
    expect(redacted("went to lumen social care recruitmnet. lumen placed me")).toEqual([
      "lumen social care recruitmnet",
      "lumen",
    ]);
    expect(redacted("we need safer recrutiment practice")).toEqual([]);
  });

  it("takes an interpreting firm used for a language, not a product or a relation", () => {
    expect(redacted("We use Speakwell for Dari and Pashto.")).toEqual(["Speakwell"]);
    expect(redacted("We use Teams for Polish families")).toEqual([]);
    expect(redacted("called Mum for Somali")).toEqual([]);
  });

  it("takes a month or a day as a given name with someone, a co-worker and a possessive's state", () => {
    expect(redacted("I share a desk with May on Tuesdays; she may be the calmest.")).toEqual(["May"]);
    expect(redacted("compared with May the figures were good")).toEqual([]);
    expect(redacted("I was covering for Sunday all through Easter and nobody told me she had a hearing.")).toEqual([
      "Sunday",
    ]);
    expect(redacted("Miles, my co-worker, does more.")).toEqual(["Miles"]);
    expect(redacted("Will's on leave, so cover his cases.")).toEqual(["Will"]);
    expect(redacted("May is the grandmother and she holds the family together.")).toEqual(["May"]);
    expect(redacted("May was the busiest month.")).toEqual([]);
  });

  it("takes a name the text says is a name, initials who did a recorded step and a name after 'the duty manager'", () => {
    expect(redacted("Bright was the interpreter's name, not a description.")).toEqual(["Bright"]);
    expect(redacted("Case allocated to JT on Monday.")).toEqual(["JT"]);
    expect(redacted("Approved by SLT.")).toEqual([]);
    expect(redacted("pat the duty manager said to leave it till Monday")).toEqual(["pat"]);
    expect(redacted("pat the dog said nothing")).toEqual([]);
  });
});

describe("the thirty-third batch's shapes", () => {
  it("takes a letter set off after a child, hyphenated initials and a firm whose first word is a product's", () => {
    expect(redacted("I had a child, L, whose mum's new partner was known to MAPPA.")).toEqual(["L"]);
    expect(redacted("Supervision with AK-B is a tick box exercise.")).toEqual(["AK-B"]);
    expect(redacted("Word Bridge Interpreting charged us for a no-show again.")).toEqual(["Word Bridge Interpreting"]);
  });

  it("leaves a product alone and a range of letters", () => {
    expect(redacted("I opened Word and typed it up.")).toEqual([]);
    expect(redacted("Group A, B, C were seen in turn.")).toEqual([]);
  });
});

describe("months as given names, by what the text says of them", () => {
  it("takes a month in a team doing something, a possessive's role, from somewhere then 'who', and a sign-off", () => {
    expect(redacted("May in business support books them and May will tell you.")).toEqual(["May", "May"]);
    expect(redacted("April's been my manager for about two years.")).toEqual(["April"]);
    expect(redacted("Then we had May from Juniper, who was incredible.")).toContain("May");
    expect(redacted("Please confirm you can attend. Regards, May.")).toEqual(["May"]);
  });

  it("leaves months in their own sense", () => {
    expect(redacted("May in the summer books up fast.")).toEqual([]);
    expect(redacted("April's been busy.")).toEqual([]);
  });

  it("takes initials after a role, a word a bracket calls a surname and a given name before 'the IRO who'", () => {
    expect(redacted("When we raised caseloads with the AD (mb) she said no.")).toEqual(["mb"]);
    expect(redacted("agency colleague frost (yes that's his surname) has the same journey")).toEqual(["frost"]);
    expect(redacted("also jasmine the IRO who actually reads the care plans")).toEqual(["jasmine"]);
  });
});

describe("the thirty-fourth batch's shapes", () => {
  it("takes initials given an age or a state, each firm of a pair mentioned alone and a number read out", () => {
    expect(redacted("Referral received regarding AB, aged 16.")).toEqual(["AB"]);
    expect(redacted("Case note: TK is on remand.")).toEqual(["TK"]);
    expect(redacted("CP is on remand")).toEqual([]);
    expect(
      redacted("on the books with brightpath locums and tidewater at once. tidewater actually got me interviews"),
    ).toContain("tidewater");
    expect(redacted("Her number's oh-seven-seven-double-oh, nine-double-oh, four-four-one — don't!")).toEqual([
      "oh-seven-seven-double-oh, nine-double-oh, four-four-one",
    ]);
  });

  it("leaves a note of what was left out", () => {
    expect(redacted("Birth mother Ms Kovacs (address withheld) to send a letter.")).toEqual(["Kovacs"]);
  });
});

describe("the thirty-first batch's shapes, read after it was scored", () => {
  it("takes a text-speak letter before 'was', a letter's possessive before a parent, and an address on an Approach", () => {
    expect(redacted("priya n was the best supervisor i had")).toEqual(["priya n"]);
    expect(redacted("priya n jo were great")).toEqual(["priya", "jo"]);
    expect(redacted("J's mum rang the emergency duty line twice that night.")).toEqual(["J"]);
    expect(redacted("Plan A's school is fine")).toEqual([]);
    expect(redacted("moved to Maple Court, 22 Station Approach, on Monday")).toContain("22 Station Approach");
  });

  it("takes a weekday covered for in lower case, someone after 'me or', a name before its verb and object, and a modal before a mark", () => {
    expect(redacted("i'm covering for sunday while she's on leave, it goes to me or grant until she's back.")).toEqual([
      "sunday",
      "grant",
    ]);
    expect(redacted("see you sunday, he said")).toEqual([]);
    expect(redacted("The cases nobody wants go there. Joy runs it, and Joy deserves a medal.")).toEqual(["Joy", "Joy"]);
    expect(redacted("my ppe was called may and she was excellent. shout out may!")).toEqual(["may", "may"]);
    expect(redacted("i may.")).toEqual([]);
  });
});

describe("an adjective opening a sentence as a given name", () => {
  it("takes an adjective said to be a person, not one said to be a thing", () => {
    expect(redacted("Marvellous was the interpreter we always asked for.")).toEqual(["Marvellous"]);
    expect(redacted("Gentle was the interpreter.")).toEqual(["Gentle"]);
    expect(redacted("Lovely was the word.")).toEqual([]);
    expect(redacted("Good is the enemy of great.")).toEqual([]);
  });
});
