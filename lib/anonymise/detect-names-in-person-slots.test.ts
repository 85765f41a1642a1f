import { describe, expect, it } from "vitest";
import { detectNames } from "./detect-names";

const people = (text: string) =>
  detectNames(text)
    .filter((detection) => detection.category === "person")
    .map((detection) => text.slice(detection.start, detection.end));

describe("detectNames: any word in a slot only a person fills", () => {
  it("takes a month or day listed with the speaker or beside a found name", () => {
    expect(people("Me and October — October's the other senior — wrote the policy.")).toContain("October");
    expect(people("Saturday and I did the home visit together.")).toEqual(["Saturday"]);
    expect(people("The rota was me, Oyelaran, March and Mrs Quennell.")).toEqual(
      expect.arrayContaining(["Oyelaran", "March", "Quennell"]),
    );
  });

  it("leaves a month or day in its everyday sense", () => {
    expect(people("In March and April I covered the duty desk.")).toEqual([]);
    expect(people("Monday, Oyelaran and I went to the panel.")).toEqual(["Oyelaran"]);
    expect(people("We see the family every Saturday and I drive.")).toEqual([]);
  });

  it("takes the owner of a relation and a day named again", () => {
    expect(people("Review with Wednesday's nan at school. Wednesday has settled well.")).toEqual([
      "Wednesday",
      "Wednesday",
    ]);
    expect(people("Monday's visit was cancelled, so Tuesday's meeting went ahead.")).toEqual([]);
  });

  it("takes a capitalised modal before a finite verb, not before an infinitive", () => {
    expect(people("Will said he was fine with it. Can told me the same.")).toEqual(["Will", "Can"]);
    expect(people("Can we move the review? Will you ring the school?")).toEqual([]);
  });

  it("takes an ordinary word beside a found name, not an adjective or a verb", () => {
    expect(people("Placed separately: Wren, Oyelaran, and Thistle, three brothers.")).toEqual(
      expect.arrayContaining(["Wren", "Oyelaran", "Thistle"]),
    );
    expect(people("she left and oyelaran took over the team")).toEqual(["oyelaran"]);
    expect(people("Oyelaran and amazing support from the team got us through.")).toEqual(["Oyelaran"]);
  });

  it("takes a word given as a name or a nickname", () => {
    expect(people("the sw kept cancelling, i think her name was clemency? or something")).toEqual(["clemency"]);
    expect(people("my tm is a bloke everyone calls chief who never shouts")).toEqual(["chief"]);
    expect(people("her name was on the list so we waited")).toEqual([]);
    expect(people("everyone calls round on fridays")).toEqual([]);
  });

  it("takes a capitalised month after 'with' and before the body the person is from", () => {
    expect(people("Call with August from Brightpath Fostering about respite.")).toEqual(["August"]);
    expect(people("The panel meets in August from Brightpath House.")).toEqual([]);
  });

  it("takes a lower-case ordinary word after the speaker's role, not a compound with it", () => {
    expect(people("my practice educator hail actually read my logs")).toEqual(["hail"]);
    expect(people("my practice educator support was rubbish tbh")).toEqual([]);
  });

  it("takes a day described as a person after a dash", () => {
    expect(people("So Friday — that's the student, not the day — shadowed me.")).toContain("Friday");
    expect(people("So Friday — that's the deadline for the report.")).toEqual([]);
  });

  it("takes initials thanked, or given a role after them", () => {
    expect(people("nobody signs anything off here. thanks a lot kd")).toEqual(["kd"]);
    expect(people("thanks a lot mate")).toEqual([]);
    expect(people("first placement in a cin team w/ kd as my pe then lac")).toContain("kd");
  });

  it("takes a given name whose surname the speaker forgot, not a verb's subject", () => {
    expect(people("The session was with Clemency somebody, from Brightpath.")).toEqual(["Clemency"]);
    expect(people("I hope someone, anyone, rings back.")).toEqual([]);
  });

  it("takes an English word with a person's cue in a comment typed in lower case", () => {
    expect(people("tbh my manager, thistle, signed it off in a day")).toEqual(["thistle"]);
    expect(people("i only cope because pebble, my nan, does the pickups")).toEqual(["pebble"]);
    expect(people("we were short and bramble rang in sick again")).toEqual(["bramble"]);
    expect(people("honestly pebble runs the reflective group on fridays")).toEqual(["pebble"]);
    expect(people("i worked with pebble for years")).toEqual(["pebble"]);
  });

  it("leaves bodies, verbs and words after an article in their everyday sense", () => {
    expect(people("school rang to say he was absent again")).toEqual([]);
    expect(people("she got told off by the team manager")).toEqual([]);
    expect(people("the placement was decent, the academy lead (kemi) made time")).toEqual(["kemi"]);
    expect(people("the pebble runs the length of the garden")).toEqual([]);
  });

  it("takes a word in brackets after a role, or asked and then referred to", () => {
    expect(people("the worst bit was my manager (n. thistle) moving my visits")).toContain("n. thistle");
    expect(people("the worst bit was the manager (rowdy k) moving my visits")).toContain("rowdy k");
    expect(people("the carer (kinship) was lovely")).toEqual([]);
  });

  it("leaves an adjective, a listed organisation or an acronym in brackets after a role", () => {
    for (const word of ["nice", "brilliant", "independent", "male", "cafcass"])
      expect(people(`my SW (${word}) came round`)).toEqual([]);
    expect(people("my SW (hazel) came round")).toEqual(["hazel"]);
    expect(people("if you need the keys ask pebble. she did the twins last yr")).toEqual(["pebble"]);
    expect(people("ask permission first. she will say yes")).toEqual([]);
  });

  it("takes a gerund given as a name, not a gerund elsewhere", () => {
    expect(people("a guy from the agency, think his name was yearning, rang me 9 times")).toEqual(["yearning"]);
    expect(people("and then yearning for the old team set in")).toEqual([]);
  });

  it("takes both of a pair that both are or do what people do, not two things", () => {
    expect(people("thistle and pebble are both social workers in the team")).toEqual(["thistle", "pebble"]);
    expect(people("time and money are both tight this year")).toEqual([]);
  });

  it("takes a word in a team and then 'who', not a thing in a team", () => {
    expect(people("big shout to everyone. also plucky in the legal team, who'll read anything")).toContain("plucky");
    expect(people("there is also support in the legal team, which helps")).toEqual([]);
  });

  it("takes a capitalised word joined to a found name that is then described, not an opening adverb", () => {
    expect(people("Paddy Oyelaran, the grandad, will not talk to a female worker.")).toContain("Paddy");
    expect(people("Later Oyelaran, the grandad, rang back.")).toEqual(["Oyelaran"]);
  });

  it("leaves a relation that opens a compound, a role or plural partner, and a plural asked", () => {
    expect(people("Monday's meeting was cancelled and Tuesday's mum group too.")).toEqual([]);
    expect(people("staff and managers both left in droves")).toEqual([]);
    expect(people("policy and practice are both social work basics")).toEqual([]);
    expect(people("ask questions, she says, always")).toEqual([]);
  });

  it("leaves abstract nouns as subjects, a quotation's tag and a group of roles", () => {
    expect(people("tbh the job is fine but pay said it all. management said no")).toEqual([]);
    expect(people("and legislation said otherwise, honestly")).toEqual([]);
    expect(people("reality, the manager said, is different")).toEqual([]);
    expect(people("agency staff and locums both left")).toEqual([]);
  });
});
