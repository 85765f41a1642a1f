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
});
