import { describe, expect, it } from "vitest";
import { parseTranscript } from "./parse-transcript";
import type { ParsedTranscript } from "./parsed-transcript";
import { readHandMadeFile } from "./test-fixtures";

function srt(text: string): Promise<ParsedTranscript> {
  return parseTranscript("sample.srt", new TextEncoder().encode(text));
}

describe("parseTranscript on SubRip files", () => {
  it("reads a file with a BOM, CRLF, Name: prefixes, formatting tags and a two-line cue", async () => {
    const bytes = readHandMadeFile("crlf-bom.srt");
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const transcript = await parseTranscript("crlf-bom.srt", bytes);
    expect(transcript.format).toBe("srt");
    expect(transcript.cueCount).toBe(5);
    expect(transcript.speakers).toEqual(["Zofia Wójcik", "Siobhán"]);
    expect(transcript.turns).toEqual([
      { speaker: "Zofia Wójcik", startMs: 1000, endMs: 4000, text: "Dzień dobry. Zaczynamy?" },
      { speaker: "Siobhán", startMs: 4500, endMs: 7000, text: "Yes, let's start. Price is €5." },
      { speaker: "Zofia Wójcik", startMs: 8000, endMs: 9500, text: "Dobrze 🙂" },
    ]);
  });

  it("keeps caption-only cues unattributed, splitting them at a pause longer than 2 s", async () => {
    const transcript = await srt(
      "1\n00:00:01,000 --> 00:00:02,000\nNote: this is a caption.\n\n2\n00:00:02,000 --> 00:00:03,000\nThe reason was: money.\n\n3\n00:00:06,000 --> 00:00:07,000\nLater.\n",
    );
    expect(transcript.speakers).toEqual([]);
    expect(transcript.turns).toEqual([
      { speaker: null, startMs: 1000, endMs: 3000, text: "Note: this is a caption. The reason was: money." },
      { speaker: null, startMs: 6000, endMs: 7000, text: "Later." },
    ]);
  });

  it("reads cues separated without blank lines and with missing numbers", async () => {
    const transcript = await srt(
      "1\n00:00:01,000 --> 00:00:02,000\nAnna: One.\n2\n00:00:02,000 --> 00:00:03,000\nBen: Two.\n\n00:00:03,000 --> 00:00:04,000\nAnna: Three.\n",
    );
    expect(transcript.cueCount).toBe(3);
    expect(transcript.turns.map((turn) => [turn.speaker, turn.text])).toEqual([
      ["Anna", "One."],
      ["Ben", "Two."],
      ["Anna", "Three."],
    ]);
  });

  it("refuses a file without any cue timing", async () => {
    await expect(srt("Just some text\nwithout cues.\n")).rejects.toThrow(/not an SRT file/);
  });

  it("refuses a file whose cues have no text", async () => {
    await expect(
      srt("1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:02,000 --> 00:00:03,000\n<i></i>\n"),
    ).rejects.toThrow("This transcript has no text.");
  });
});
