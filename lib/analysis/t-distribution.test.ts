import { describe, expect, it } from "vitest";
import { normalQuantile, tCdf, tQuantile, tUpperTail } from "./t-distribution";

describe("tQuantile", () => {
  it("matches the closed forms for df = 1 and df = 2", () => {
    // df = 1 (Cauchy): t = tan(π (p − ½)); p = 0.975 → tan(0.475 π) = 12.7062047361747
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.7062047361747, 12);
    // df = 2: t = (2p − 1) / √(2 p (1 − p)); p = 0.975 → 0.95 / √0.04875 = 4.30265272974946
    expect(tQuantile(0.975, 2)).toBeCloseTo(4.30265272974946, 12);
  });

  it("gives the printed table values at three decimals", () => {
    expect(tQuantile(0.975, 9).toFixed(3)).toBe("2.262");
    expect(tQuantile(0.975, 29).toFixed(3)).toBe("2.045");
    expect(tQuantile(0.975, 100).toFixed(3)).toBe("1.984");
    expect(tQuantile(0.975, 30).toFixed(3)).toBe("2.042");
    expect(tQuantile(0.995, 9).toFixed(3)).toBe("3.250");
  });

  it("agrees with reference values to 12 digits (R: qt(0.975, df))", () => {
    expect(tQuantile(0.975, 5)).toBeCloseTo(2.5705818356363146, 12);
    expect(tQuantile(0.975, 9)).toBeCloseTo(2.262157162798205, 12);
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.228138851986274, 12);
    expect(tQuantile(0.975, 20)).toBeCloseTo(2.085963447265864, 12);
    expect(tQuantile(0.975, 29)).toBeCloseTo(2.045229642132703, 12);
    expect(tQuantile(0.975, 30)).toBeCloseTo(2.0422724563012378, 12);
    expect(tQuantile(0.975, 100)).toBeCloseTo(1.9839715185235518, 12);
    expect(tQuantile(0.975, 5000)).toBeCloseTo(1.9604385517065073, 12); // Cornish–Fisher branch
  });

  it("works for the fractional df of Welch's test", () => {
    expect(tQuantile(0.975, 7.3)).toBeCloseTo(2.345066736547703, 12);
    expect(tQuantile(0.975, 32 / 19)).toBeCloseTo(5.1762316285465175, 10);
  });

  it("is symmetric, 0 at the median, and the normal quantile at infinite df", () => {
    expect(tQuantile(0.025, 9)).toBeCloseTo(-2.262157162798205, 12);
    expect(tQuantile(0.5, 9)).toBe(0);
    expect(tQuantile(0.975, Number.POSITIVE_INFINITY)).toBeCloseTo(1.959963984540054, 14);
  });

  it("inverts the CDF", () => {
    for (const df of [1.5, 3, 7.3, 42]) {
      for (const p of [0.6, 0.9, 0.975, 0.9995]) expect(tCdf(tQuantile(p, df), df)).toBeCloseTo(p, 13);
    }
  });

  it("refuses probabilities outside (0, 1) and non-positive df", () => {
    expect(() => tQuantile(0, 5)).toThrow(RangeError);
    expect(() => tQuantile(1, 5)).toThrow(RangeError);
    expect(() => tQuantile(0.975, 0)).toThrow(RangeError);
    expect(() => tQuantile(0.975, Number.NaN)).toThrow(RangeError);
  });
});

describe("tCdf and tUpperTail", () => {
  it("match the closed forms", () => {
    expect(tCdf(0, 7)).toBe(0.5);
    // df = 1: ½ + atan(t)/π; t = 1 → 0.75
    expect(tCdf(1, 1)).toBeCloseTo(0.75, 14);
    // df = 2: ½ + t / (2 √(2 + t²)); t = 1 → ½ + 1/(2√3) = 0.788675134594813
    expect(tCdf(1, 2)).toBeCloseTo(0.788675134594813, 14);
    expect(tUpperTail(1, 2)).toBeCloseTo(1 - 0.788675134594813, 14);
    expect(tUpperTail(2.5, 7.3)).toBeCloseTo(0.019825117332800214, 14);
  });
});

describe("normalQuantile", () => {
  it("matches reference values", () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959963984540054, 14);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 12);
  });
});
