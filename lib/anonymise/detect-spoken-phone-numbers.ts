// Phone numbers read out in words, as transcripts write them: "oh-seven-seven-double-oh, nine-double-oh, four-four-one".
import type { Detection } from "./types";

/** The words that stand for one digit each. */
const DIGIT_WORDS = new Set("oh o zero nought one two three four five six seven eight nine".split(" "));
const WORD = "(?:oh|o|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|triple|treble|\\d)";
/** Digit words joined by hyphens, commas or spaces, opened by "oh" or "zero" as a UK number is. */
const SPOKEN = new RegExp(
  `(?<![\\p{L}-])(?:oh|zero|0)(?:[ \\t]*[-,][ \\t]*|[ \\t]+)${WORD}(?:(?:[ \\t]*[-,][ \\t]*|[ \\t]+)${WORD}){7,20}(?![\\p{L}-])`,
  "giu",
);

/** How many digits the words stand for: "double", "triple" and "treble" repeat the next one. */
function digitCount(words: string[]): number {
  let total = 0;
  let repeat = 1;
  for (const word of words) {
    if (word === "double") repeat = 2;
    else if (word === "triple" || word === "treble") repeat = 3;
    else {
      total += /^\d$/u.test(word) || DIGIT_WORDS.has(word) ? repeat : 0;
      repeat = 1;
    }
  }
  return total;
}

/** A run of digit words that stands for ten or eleven digits is a phone number read out. */
export function detectSpokenPhoneNumbers(text: string): Detection[] {
  const detections: Detection[] = [];
  for (const match of text.matchAll(SPOKEN)) {
    // Note: "we counted oh, one, two, three …": a count is said a word at a time, a number in groups.
    if ((match[0].match(/,/gu) ?? []).length > 3) continue;
    const digits = digitCount(
      match[0]
        .toLowerCase()
        .split(/[\s,-]+/u)
        .filter(Boolean),
    );
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
