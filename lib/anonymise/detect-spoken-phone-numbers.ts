// Phone numbers read out in words, as transcripts write them: "oh-seven-seven-double-oh, nine-double-oh, four-four-one".
import type { Detection } from "./types";

const DIGIT_WORDS: Record<string, number> = {
  oh: 1,
  o: 1,
  zero: 1,
  nought: 1,
  one: 1,
  two: 1,
  three: 1,
  four: 1,
  five: 1,
  six: 1,
  seven: 1,
  eight: 1,
  nine: 1,
};
const WORD = "(?:oh|o|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|\\d)";
/** Digit words joined by hyphens, commas or spaces, opened by "oh" or "zero" as a UK number is. */
const SPOKEN = new RegExp(
  `(?<![\\p{L}-])(?:oh|zero|0)(?:[ \\t]*[-,][ \\t]*|[ \\t]+)${WORD}(?:(?:[ \\t]*[-,][ \\t]*|[ \\t]+)${WORD}){7,20}(?![\\p{L}-])`,
  "giu",
);

/** How many digits the words stand for: "double" and "triple" repeat the next one. */
function digitCount(words: string[]): number {
  let total = 0;
  let repeat = 1;
  for (const word of words) {
    if (word === "double") repeat = 2;
    else if (word === "triple") repeat = 3;
    else {
      total += /^\d$/u.test(word) || DIGIT_WORDS[word] ? repeat : 0;
      repeat = 1;
    }
  }
  return total;
}

/** A run of digit words that stands for ten or eleven digits is a phone number read out. */
export function detectSpokenPhoneNumbers(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(SPOKEN)) {
    const words = match[0]
      .toLowerCase()
      .split(/[\s,-]+/u)
      .filter(Boolean);
    const digits = digitCount(words);
    if (digits < 10 || digits > 11) continue;
    detections.push({
      start: match.index,
      end: match.index + match[0].length,
      category: "phone",
      reason: "Phone number read out in words",
      source: "structured",
      replacement: "[phone]",
    });
  }
  return detections;
}
