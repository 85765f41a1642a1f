import { describe, expect, it } from "vitest";
import { formatTimestamp, isoDuration } from "./format-timestamp";

describe("formatTimestamp", () => {
  it.each([
    [0, "0:00"],
    [999, "0:00"],
    [1_000, "0:01"],
    [61_000, "1:01"],
    [599_000, "9:59"],
    [3_599_999, "59:59"],
    [3_600_000, "1:00:00"],
    [3_723_000, "1:02:03"],
    [36_000_000, "10:00:00"],
  ])("%i ms is %s", (ms, expected) => {
    expect(formatTimestamp(ms)).toBe(expected);
  });

  it("has no time for missing or invalid values", () => {
    expect(formatTimestamp(null)).toBeNull();
    expect(formatTimestamp(undefined)).toBeNull();
    expect(formatTimestamp(-1)).toBeNull();
    expect(formatTimestamp(Number.NaN)).toBeNull();
  });
});

describe("isoDuration", () => {
  it("writes hours, minutes and seconds", () => {
    expect(isoDuration(0)).toBe("PT0S");
    expect(isoDuration(3_723_000)).toBe("PT1H2M3S");
    expect(isoDuration(60_000)).toBe("PT1M0S");
  });
});
