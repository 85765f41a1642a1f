import { describe, expect, it } from "vitest";
import { isLexiconFamilyName, isLexiconGivenName, isNameWithOrdinarySense } from "./name-lexicon";

describe("the generated name lexicon", () => {
  it("knows given names and surnames of many origins, accents folded", () => {
    for (const name of ["Agnieszka", "Chinedu", "Kwame", "Zeynep", "Ngoc", "Małgorzata", "Ioana"]) {
      expect(isLexiconGivenName(name), name).toBe(true);
    }
    for (const name of ["Kowalczyk", "Adegoke", "Acheampong", "Yılmaz", "Nguyễn", "Popescu"]) {
      expect(isLexiconFamilyName(name), name).toBe(true);
    }
  });

  it("knows Ukrainian, Russian, Macedonian and Greek names romanised from faker's Cyrillic and Greek", () => {
    for (const name of ["Olena", "Oksana", "Dmytro", "Mykola", "Tetiana", "Eleni"]) {
      expect(isLexiconGivenName(name), name).toBe(true);
    }
    for (const name of ["Shevchenko", "Kovalenko", "Bondarenko", "Georgiou", "Andreou"]) {
      expect(isLexiconFamilyName(name), name).toBe(true);
    }
  });

  it("marks names that are also ordinary English words, which need a cue", () => {
    for (const word of ["hope", "will", "rose", "storm", "summer"])
      expect(isNameWithOrdinarySense(word), word).toBe(true);
    for (const word of ["kasia", "oluwaseun", "kowalczyk"]) expect(isNameWithOrdinarySense(word), word).toBe(false);
  });
});
