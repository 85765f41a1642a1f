import { describe, expect, it } from "vitest";
import { layoutText, UNIT_SEPARATOR } from "./layout-text";

describe("layoutText", () => {
  it("records UTF-16 offsets that slice back to each unit, with emoji and combining marks", () => {
    const units = [{ text: "Zofia Wójcik 😀 said:" }, { text: "e\u0301 café “quoted” ✨" }, { text: "x" }];
    const { text, units: laidOut } = layoutText(units);
    expect(text).toBe(units.map((u) => u.text).join(UNIT_SEPARATOR));
    for (const { unit, startOffset, endOffset } of laidOut) expect(text.slice(startOffset, endOffset)).toBe(unit.text);
    expect(laidOut[1].startOffset).toBe(units[0].text.length + 2);
    expect(laidOut[2].endOffset).toBe(text.length);
  });

  it("gives an empty text for no units", () => {
    expect(layoutText([])).toEqual({ text: "", units: [] });
  });
});
