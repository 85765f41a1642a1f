import { describe, expect, it } from "vitest";
import { anonymise } from "./anonymise";
import { detectNames } from "./detect-names";

const people = (text: string) =>
  detectNames(text)
    .filter((detection) => detection.category === "person")
    .map((detection) => text.slice(detection.start, detection.end));

describe("detectNames: words spelt with accents English does not use", () => {
  it("takes a short name whose letters fold onto an English word or nothing", () => {
    expect(people("Then Sơn turned up late.")).toEqual(["Sơn"]);
    expect(people("I rang Lê yesterday and Hà picked up.")).toEqual(expect.arrayContaining(["Lê", "Hà"]));
    expect(people("spoke to đặng after panel")).toEqual(["đặng"]);
  });

  it("leaves loanwords, peoples and countries that keep their accents", () => {
    expect(people("we met at the café, she was naïve about the crèche fees")).toEqual([]);
    expect(people("A Māori family moved here from Curaçao.")).toEqual([]);
    expect(people("Smith née Jones, her résumé said.")).toEqual(["Smith", "Jones"]);
    expect(people("We had a rosé, then a frappé at the soirées")).toEqual([]);
  });

  it("reads a PDF's ligature letters as plain ones", () => {
    expect(people("The ﬁrst meeting was ﬁne")).toEqual([]);
    expect(people("The ﬁrst meeting with Sơn was ﬁne")).toEqual(["Sơn"]);
  });
});

describe("the allow-list never takes an accented name for the term it folds onto", () => {
  it("reads Ayşe as a name but AYSE, typed for ASYE, as the programme", () => {
    expect(anonymise("made all the difference with the grandmother, Ayşe.").text).toBe(
      "made all the difference with the grandmother, [person 1].",
    );
    expect(anonymise("Ayse said no.").text).toBe("[person 1] said no.");
    expect(anonymise("I am doing my AYSE this year.").text).toBe("I am doing my AYSE this year.");
  });
});
