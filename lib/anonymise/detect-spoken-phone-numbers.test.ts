import { describe, expect, it } from "vitest";
import { detectSpokenPhoneNumbers } from "./detect-spoken-phone-numbers";

const found = (text: string) =>
  detectSpokenPhoneNumbers(text).map((detection) => text.slice(detection.start, detection.end));

describe("detectSpokenPhoneNumbers", () => {
  it("takes a number read out in words, with doubles and triples", () => {
    expect(found("Her number's oh-seven-seven-double-oh, nine-double-oh, four-four-one — don't!")).toEqual([
      "oh-seven-seven-double-oh, nine-double-oh, four-four-one",
    ]);
    expect(found("ring me on oh one two one four nine six one two three four")).toEqual([
      "oh one two one four nine six one two three four",
    ]);
  });

  it("leaves counting and short runs", () => {
    expect(found("I said oh, one, two, three of them, four, five")).toEqual([]);
    expect(found("zero zero one")).toEqual([]);
    expect(found("oh two three four")).toEqual([]);
  });
});
