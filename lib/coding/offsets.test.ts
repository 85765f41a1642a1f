import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import {
  sliceRange,
  snapToGraphemes,
  splitsSurrogatePair,
  toCodePointOffset,
  toUtf16Offset,
  validateRange,
} from "./offsets";

const GRIN = "😀"; // U+1F600, two code units
const THUMB_DARK = "👍🏿"; // thumbs up + skin-tone modifier: four code units, two code points, one grapheme
const E_ACUTE_DECOMPOSED = "e\u0301"; // two code units, two code points, one grapheme
const S_ACUTE_PRECOMPOSED = "ś"; // U+015B
const S_ACUTE_DECOMPOSED = "s\u0301";
const O_ACUTE_PRECOMPOSED = "ó"; // U+00F3
const O_ACUTE_DECOMPOSED = "o\u0301";

function expectInvalid(run: () => unknown, message?: RegExp): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("invalid_input");
    if (message) expect((error as AppError).message).toMatch(message);
    return;
  }
  throw new Error("expected an AppError");
}

describe("toCodePointOffset", () => {
  it.each([
    ["", 0, 0],
    ["abc", 0, 0],
    ["abc", 2, 2],
    ["abc", 3, 3],
    [`a${GRIN}b`, 1, 1],
    [`a${GRIN}b`, 3, 2],
    [`a${GRIN}b`, 4, 3],
    [`${GRIN}${GRIN}`, 4, 2],
    [THUMB_DARK, 2, 1],
    [THUMB_DARK, 4, 2],
    [`x${E_ACUTE_DECOMPOSED}y`, 2, 2],
    [`x${E_ACUTE_DECOMPOSED}y`, 3, 3],
    [`Wój${S_ACUTE_PRECOMPOSED}`, 4, 4],
    [`Wo\u0301j${S_ACUTE_DECOMPOSED}`, 6, 6],
  ])("%j at %i → %i", (text, utf16, codePoints) => {
    expect(toCodePointOffset(text, utf16)).toBe(codePoints);
  });

  it("counts a lone surrogate as one code point", () => {
    expect(toCodePointOffset("a\ud83db", 3)).toBe(3);
  });

  it("refuses an offset inside a surrogate pair", () => {
    expectInvalid(() => toCodePointOffset(`a${GRIN}`, 2), /inside a character/);
  });

  it.each([-1, 4, 1.5, Number.NaN])("refuses offset %s in a three-unit text", (offset) => {
    expectInvalid(() => toCodePointOffset("abc", offset));
  });
});

describe("toUtf16Offset", () => {
  it.each([
    ["", 0, 0],
    ["abc", 3, 3],
    [`a${GRIN}b`, 1, 1],
    [`a${GRIN}b`, 2, 3],
    [`a${GRIN}b`, 3, 4],
    [THUMB_DARK, 1, 2],
    [THUMB_DARK, 2, 4],
    [`x${E_ACUTE_DECOMPOSED}y`, 3, 3],
    [`${S_ACUTE_DECOMPOSED}${O_ACUTE_PRECOMPOSED}`, 3, 3],
  ])("%j at code point %i → %i", (text, codePoints, utf16) => {
    expect(toUtf16Offset(text, codePoints)).toBe(utf16);
  });

  it("round-trips every boundary of a mixed text", () => {
    const text = `Pani Wójcik ${THUMB_DARK} said ${E_ACUTE_DECOMPOSED}${GRIN}!`;
    const codePointCount = [...text].length;
    for (let codePoint = 0; codePoint <= codePointCount; codePoint++) {
      expect(toCodePointOffset(text, toUtf16Offset(text, codePoint))).toBe(codePoint);
    }
  });

  it.each([-1, 4, 0.5])("refuses code point offset %s in a three-code-point text", (offset) => {
    expectInvalid(() => toUtf16Offset(`a${GRIN}b`, offset));
  });
});

describe("splitsSurrogatePair", () => {
  it.each([
    [`a${GRIN}b`, 0, false],
    [`a${GRIN}b`, 1, false],
    [`a${GRIN}b`, 2, true],
    [`a${GRIN}b`, 3, false],
    [`a${GRIN}b`, 4, false],
    [`${E_ACUTE_DECOMPOSED}`, 1, false],
  ])("%j at %i → %s", (text, offset, expected) => {
    expect(splitsSurrogatePair(text, offset)).toBe(expected);
  });
});

describe("validateRange", () => {
  it.each([
    [1, 0, 1],
    [10, 0, 10],
    [10, 9, 10],
  ])("accepts length %i, %i–%i", (length, start, end) => {
    expect(() => validateRange(length, start, end)).not.toThrow();
  });

  it.each([
    [10, -1, 3, /outside/],
    [10, 3, 11, /outside/],
    [10, 3, 3, /empty/],
    [10, 5, 3, /empty/],
    [0, 0, 0, /empty/],
    [10, 0.5, 3, /whole-number/],
    [10, 0, Number.NaN, /whole-number/],
    [10, 0, Number.POSITIVE_INFINITY, /whole-number/],
  ])("refuses length %i, %s–%s", (length, start, end, message) => {
    expectInvalid(() => validateRange(length, start, end), message);
  });
});

describe("sliceRange", () => {
  it("slices a plain range", () => {
    expect(sliceRange("Hello world", 6, 11)).toBe("world");
  });

  it("slices around an emoji and a skin-tone modifier", () => {
    const text = `ok ${THUMB_DARK} ${GRIN}`;
    expect(sliceRange(text, 3, 7)).toBe(THUMB_DARK);
    expect(sliceRange(text, 8, 10)).toBe(GRIN);
  });

  it("keeps precomposed and decomposed accents apart", () => {
    const text = `${S_ACUTE_PRECOMPOSED}|${S_ACUTE_DECOMPOSED}|${O_ACUTE_PRECOMPOSED}|${O_ACUTE_DECOMPOSED}`;
    expect(sliceRange(text, 0, 1)).toBe("ś");
    expect(sliceRange(text, 2, 4)).toBe("s\u0301");
    expect(sliceRange(text, 5, 6)).toBe("ó");
    expect(sliceRange(text, 7, 9)).toBe("o\u0301");
  });

  it("allows cutting between a letter and its combining accent (snapToGraphemes prevents that)", () => {
    expect(sliceRange(E_ACUTE_DECOMPOSED, 0, 1)).toBe("e");
  });

  it.each([
    [`a${GRIN}b`, 0, 2],
    [`a${GRIN}b`, 2, 4],
    [THUMB_DARK, 0, 1],
    [THUMB_DARK, 2, 3],
  ])("refuses %j %i–%i, which cuts an astral character", (text, start, end) => {
    expectInvalid(() => sliceRange(text, start, end), /in half/);
  });

  it("refuses an invalid range before slicing", () => {
    expectInvalid(() => sliceRange("abc", 2, 5), /outside/);
  });
});

describe("snapToGraphemes", () => {
  it.each([
    ["leaves plain boundaries alone", "abcdef", 1, 4, 1, 4],
    ["leaves an empty range at a boundary alone", "abc", 2, 2, 2, 2],
    ["widens a start inside a surrogate pair", `a${GRIN}b`, 2, 4, 1, 4],
    ["widens an end inside a surrogate pair", `a${GRIN}b`, 0, 2, 0, 3],
    ["widens both ends inside two emoji", `${GRIN}x${GRIN}`, 1, 4, 0, 5],
    ["keeps a skin-tone modifier with its emoji (end)", `a${THUMB_DARK}b`, 0, 3, 0, 5],
    ["keeps a skin-tone modifier with its emoji (start)", `a${THUMB_DARK}b`, 3, 6, 1, 6],
    ["keeps a skin-tone modifier with its emoji (between code points)", `a${THUMB_DARK}b`, 1, 3, 1, 5],
    ["keeps a combining accent with its letter (end)", `caf${E_ACUTE_DECOMPOSED}!`, 0, 4, 0, 5],
    ["keeps a combining accent with its letter (start)", `caf${E_ACUTE_DECOMPOSED}!`, 4, 6, 3, 6],
    ["treats a decomposed ś as one character", `Ma${S_ACUTE_DECOMPOSED}ka`, 3, 4, 2, 4],
    ["leaves a precomposed ó alone", `W${O_ACUTE_PRECOMPOSED}jcik`, 1, 2, 1, 2],
    ["widens an empty range inside a cluster to the cluster", `a${E_ACUTE_DECOMPOSED}`, 2, 2, 1, 3],
    ["accepts the very end of the text", `${GRIN}`, 2, 2, 2, 2],
    ["accepts the whole text", `${THUMB_DARK}${E_ACUTE_DECOMPOSED}`, 0, 6, 0, 6],
  ])("%s", (_name, text, start, end, expectedStart, expectedEnd) => {
    const snapped = snapToGraphemes(text, start, end);
    expect(snapped).toEqual({ start: expectedStart, end: expectedEnd });
    expect(splitsSurrogatePair(text, snapped.start) || splitsSurrogatePair(text, snapped.end)).toBe(false);
  });

  it.each([
    [-1, 1],
    [0, 4],
    [2, 1],
    [0.5, 1],
  ])("refuses %s–%s in a three-unit text", (start, end) => {
    expectInvalid(() => snapToGraphemes("abc", start, end));
  });
});
