import { describe, expect, it } from "vitest";
import { snapToWords } from "./snap-to-words";

/** Snaps the first occurrence of `selected` in `text` and returns the snapped words. */
function snapped(text: string, selected: string, from = 0): string | null {
  const start = text.indexOf(selected, from);
  if (start < 0) throw new Error(`"${selected}" is not in the text`);
  const range = snapToWords(text, start, start + selected.length);
  return range ? text.slice(range.start, range.end) : null;
}

describe("snapToWords", () => {
  it("widens a cut word at either end", () => {
    expect(snapped("We went back to questions later.", "to questio")).toBe("to questions");
    expect(snapped("We went back to questions later.", "ent back")).toBe("went back");
    expect(snapped("caseload", "asel")).toBe("caseload");
  });

  it("leaves a selection already at word edges alone", () => {
    const text = "Pay is not great, honestly.";
    expect(snapped(text, "is not")).toBe("is not");
    expect(snapped(text, "great,")).toBe("great,");
    expect(snapped(text, ", honestly")).toBe(", honestly");
    expect(snapped(text, "Pay")).toBe("Pay");
    expect(snapped(text, "honestly.")).toBe("honestly.");
  });

  it("keeps accented letters inside their word (é, ś, combining marks)", () => {
    expect(snapped("Our café team in Kraków", "af")).toBe("café");
    expect(snapped("Our café team in Kraków", "é tea")).toBe("café team");
    expect(snapped("Zośka said Świętokrzyskie", "ośk")).toBe("Zośka");
    expect(snapped("Zośka said Świętokrzyskie", "więto")).toBe("Świętokrzyskie");
    const decomposed = "the cafe\u0301 was shut";
    expect(snapped(decomposed, "caf")).toBe("cafe\u0301");
    expect(snapped(decomposed, "\u0301 was")).toBe("cafe\u0301 was");
  });

  it("never splits an emoji, and does not spread a word across one", () => {
    const text = "My caseload 😀 is huge";
    expect(snapped(text, "load 😀")).toBe("caseload 😀");
    const emoji = text.indexOf("😀");
    const half = snapToWords(text, emoji + 1, emoji + 2);
    expect(half && text.slice(half.start, half.end)).toBe("😀");
    expect(snapped("great👍🏽really", "at👍")).toBe("great👍🏽");
    expect(snapped("family 👨‍👩‍👧 time", "👨")).toBe("👨‍👩‍👧");
  });

  it("treats straight and curly apostrophes between letters as part of the word", () => {
    expect(snapped("I don't know", "don")).toBe("don't");
    expect(snapped("I don't know", "t kn")).toBe("don't know");
    expect(snapped("they\u2019re tired", "hey")).toBe("they\u2019re");
    expect(snapped("the workers\u2019 union", "ers")).toBe("workers");
    expect(snapped("\u2018stretched\u2019 is the word", "retch")).toBe("stretched");
    expect(snapped("she said \u201cburnout\u201d twice", "\u201cburn")).toBe("\u201cburnout");
  });

  it("keeps hyphenated words whole, but not a dash between words", () => {
    expect(snapped("my work-life balance", "life bal")).toBe("work-life balance");
    expect(snapped("my work-life balance", "wor")).toBe("work-life");
    expect(snapped("pay - not great", "ay -")).toBe("pay -");
    expect(snapped("pay – not great", "– no")).toBe("– not");
  });

  it("drops spaces at the ends and gives null for spaces alone", () => {
    expect(snapped("a  long   day", "  long ")).toBe("long");
    expect(snapToWords("a  long   day", 1, 3)).toBeNull();
    expect(snapToWords("   \n\t ", 0, 6)).toBeNull();
    expect(snapToWords("", 0, 0)).toBeNull();
  });

  it("covers numbers as words", () => {
    expect(snapped("31 children, 2025 wave", "1 child")).toBe("31 children");
    expect(snapped("31 children, 2025 wave", "02")).toBe("2025");
  });
});
