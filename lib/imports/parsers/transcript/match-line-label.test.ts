import { describe, expect, it } from "vitest";
import { matchLineLabel } from "./match-line-label";

describe("matchLineLabel", () => {
  it.each([
    ["Speaker 1:          Thank you.", "colon", "Speaker 1", null, "Thank you."],
    ["Mr. Dauber:  Yes", "colon", "Mr. Dauber", null, "Yes"],
    ["Anna Nowak (Facilitator): Hi", "colon", "Anna Nowak (Facilitator)", null, "Hi"],
    ["Speaker 2 (01:02):", "colon", "Speaker 2", 62_000, ""],
    ["张三：你好", "colon", "张三", null, "你好"],
    ["Zofia Wójcik:ok", null, null, null, null],
    ["[id1] hello", "bracket", "id1", null, "hello"],
    ["[inaudible 00:12:34] the schedule", null, null, null, null],
    ["00:00:52] Unified School District.", null, null, null, null],
    ["Siobhán O’Neill   1:02:05", "header", "Siobhán O’Neill", 3_725_000, ""],
    ["0:03 Speaker 1", "header", "Speaker 1", 3000, ""],
    ["Well, the reason was: money", null, null, null, null],
    ["one two three four five six: too many words", null, null, null, null],
    ["https://example.org", null, null, null, null],
  ])("%j", (line, kind, label, startMs, rest) => {
    const match = matchLineLabel(line);
    expect(match).toEqual(kind === null ? null : { kind, label, startMs, rest });
  });
});
