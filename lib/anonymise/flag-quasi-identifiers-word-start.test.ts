import { describe, expect, it } from "vitest";
import { AGE_RULES } from "./flag-quasi-identifiers-ages";
import { BROAD_RULES } from "./flag-quasi-identifiers-broad";
import { withFastWordStarts } from "./flag-quasi-identifiers-word-start";
import { MORE_RULES } from "./flag-quasi-identifiers-wordings";

const matches = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((match) => [match.index, match[0]]);

describe("withFastWordStarts", () => {
  it("writes a \\b before letters, digits or a group of them as a look behind, keeping the flags", () => {
    const rewritten = withFastWordStarts(/\b(?:one|two)\s+\bat\b|\b\d{1,2}/giu);
    expect(rewritten.source).toBe("(?<!\\w)(?:one|two)\\s+(?<!\\w)at\\b|(?<!\\w)\\d{1,2}");
    expect(rewritten.flags).toBe("giu");
  });

  it("keeps a \\b that may stand before anything else, inside a class or after an escaped backslash", () => {
    for (const pattern of [
      /\b(?:just\s+)?x/gu,
      /\b\d*x/gu,
      /\b(?:a|)b/gu,
      /\b(?:a|[a-z]+)/gu,
      /[\b]\b\s/gu,
      /\\b(?:a)/gu,
    ]) {
      expect(withFastWordStarts(pattern).source).toBe(pattern.source);
    }
  });

  it("finds what every shipped rule finds, beside accents, the long s and the Kelvin sign", () => {
    const text =
      "éfifteen years old, ſix years old, \u212Aids (aged 7) Ayaan (12) she was, um, ſeven; I'm 41 — the only ſocial worker here. " +
      "I was thirty-two when I qualified, 6 yrs in post; donkey's years; the boy was, like, nine. _12 years; x5 years.";
    for (const rule of [...MORE_RULES, ...BROAD_RULES, ...AGE_RULES]) {
      expect(matches(withFastWordStarts(rule.pattern), text)).toEqual(matches(rule.pattern, text));
    }
    expect(matches(withFastWordStarts(MORE_RULES[0].pattern), text).length).toBeGreaterThan(0);
  });
});
