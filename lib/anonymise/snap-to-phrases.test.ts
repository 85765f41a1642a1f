import { describe, expect, it } from "vitest";
import { snapToPhrases } from "./snap-to-phrases";

const snap = (text: string, start: number, end: number) =>
  snapToPhrases(text, [{ start, end, text: text.slice(start, end) }])[0].text;

describe("snapToPhrases", () => {
  it("widens a span that cuts a role in two, at either end", () => {
    const text = "I was a team manager for five years.";
    expect(snap(text, text.indexOf("manager"), text.indexOf("."))).toBe("team manager for five years");
    expect(snap(text, text.indexOf("a team"), text.indexOf(" manager"))).toBe("a team manager");
  });

  it("leaves spans that hold whole phrases, or none, as they are", () => {
    const text = "As a social worker for ten years, I know.";
    expect(snap(text, text.indexOf("social"), text.indexOf(","))).toBe("social worker for ten years");
    expect(snap(text, text.indexOf("for"), text.indexOf(","))).toBe("for ten years");
  });

  it("returns an empty list unchanged", () => {
    expect(snapToPhrases("team manager", [])).toEqual([]);
  });
});
