import { describe, expect, it } from "vitest";
import { splitCueSpeakers } from "./split-cue-speakers";

describe("splitCueSpeakers", () => {
  it("reads recurring prefixes and leaves cues without one unattributed", () => {
    expect(splitCueSpeakers(["admin-1: Hi.", "admin-1: Yes.", "Hmm.", "Max Bigman: Ok: fine."])).toEqual([
      { speaker: "admin-1", text: "Hi." },
      { speaker: "admin-1", text: "Yes." },
      { speaker: null, text: "Hmm." },
      { speaker: "Max Bigman", text: "Ok: fine." },
    ]);
  });

  it("reads a short file where every cue starts with a name", () => {
    expect(splitCueSpeakers(["Siobhán: Hi.", "Zofia Wójcik 🌻: Cześć."]).map((cue) => cue.speaker)).toEqual([
      "Siobhán",
      "Zofia Wójcik 🌻",
    ]);
  });

  it("reads nothing when prefixes are rare or look like prose", () => {
    const texts = ["Anna: hello.", "and then.", "more text.", "the reason was: money.", "Note: x."];
    expect(splitCueSpeakers(texts).every((cue) => cue.speaker === null)).toBe(true);
    expect(splitCueSpeakers(["Note: one.", "Note: two."]).every((cue) => cue.speaker === null)).toBe(true);
  });

  it("handles no cues", () => {
    expect(splitCueSpeakers([])).toEqual([]);
  });
});
