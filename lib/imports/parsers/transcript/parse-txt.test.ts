import { describe, expect, it } from "vitest";
import { parseTranscript } from "./parse-transcript";
import type { ParsedTranscript } from "./parsed-transcript";
import { describeWithThirdPartyFixtures, readHandMadeFile, readThirdPartyFixture } from "./test-fixtures";

function turnsBySpeaker(transcript: ParsedTranscript): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const turn of transcript.turns) {
    const key = turn.speaker ?? "(none)";
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

function txt(text: string): Promise<ParsedTranscript> {
  return parseTranscript("sample.txt", new TextEncoder().encode(text));
}

describeWithThirdPartyFixtures("parseTranscript on real text transcripts", () => {
  it("reads QualCoder's bracketed ids: 3 speakers, 7 turns", async () => {
    const transcript = await parseTranscript(
      "transcript.txt",
      readThirdPartyFixture("qualcoder-examples/transcript.txt"),
    );
    expect(transcript.format).toBe("txt");
    expect(transcript.speakers).toEqual(["id1", "id2", "id3"]);
    expect(transcript.turns).toHaveLength(7);
    expect(transcript.turns[1]).toEqual({
      speaker: "id2",
      startMs: null,
      endMs: null,
      text: "I am struggling with the lecture slides. I felt that they were too busy and I switched off.",
    });
  });

  it("reads the qc interview: Max Bigman 30 turns, admin-1 55, Automation 1", async () => {
    const transcript = await parseTranscript("admin-1.txt", readThirdPartyFixture("qc-qualitative-coding/admin-1.txt"));
    expect(transcript.speakers).toEqual(["Automation", "Max Bigman", "admin-1"]);
    expect(turnsBySpeaker(transcript)).toEqual({ "Max Bigman": 30, "admin-1": 55, Automation: 1 });
    const fourth = transcript.turns[4];
    expect(fourth.speaker).toBe("admin-1");
    expect(fourth.text).toContain(
      "Coordinator of Educational Technology and Libraries for the [Pallis 00:00:52] Unified School",
    );
    expect(fourth.text).not.toContain("\n");
    expect(fourth.text).not.toContain("  ");
  });

  it("reads the Rev-style board meeting: padded labels, Mr. names, inline [inaudible] times", async () => {
    const transcript = await parseTranscript(
      "board_2017.txt",
      readThirdPartyFixture("qc-qualitative-coding/board_2017.txt"),
    );
    const counts = turnsBySpeaker(transcript);
    expect(counts.Moderator).toBe(16);
    expect(counts["Speaker 12"]).toBe(13);
    expect(counts["Mr. Dauber"]).toBe(4);
    expect(counts["(none)"]).toBeUndefined();
    expect(transcript.speakers.slice(0, 3)).toEqual(["Speaker 1", "Speaker 2", "Alfeck"]);
    expect(transcript.speakers.some((speaker) => /\d{2}:\d{2}|inaudible/.test(speaker))).toBe(false);
    expect(transcript.turns[0].text).toBe("Thank you. Let's move on to the preK-12 computer science curriculum.");
    expect(
      transcript.turns.some((turn) => turn.text.includes("that this [inaudible 00:01:42] through their social")),
    ).toBe(true);
  });
});

describe("parseTranscript on hand-made text transcripts", () => {
  it("handles padded labels, roles, wrapped lines, colons in prose and label-less paragraphs", async () => {
    const transcript = await parseTranscript("hard-labels.txt", readHandMadeFile("hard-labels.txt"));
    expect(transcript.speakers).toEqual([
      "Anna Nowak (Facilitator)",
      "Mr. Dauber",
      "Speaker 3",
      "Zofia Wójcik 🌻",
      "Speaker 1",
    ]);
    expect(transcript.turns).toEqual([
      { speaker: null, startMs: null, endMs: null, text: "Focus group 3 – Kraków Date: 12 May 2025" },
      {
        speaker: "Anna Nowak (Facilitator)",
        startMs: null,
        endMs: null,
        text: "Welcome, everyone. Before we start, a few ground rules. Note: this session is recorded, and the reason was: money for the project.",
      },
      {
        speaker: "Mr. Dauber",
        startMs: null,
        endMs: null,
        text: "Thank you. I have a question about [inaudible 00:12:34] the schedule. My main worry is the Budget: it is too small.",
      },
      { speaker: "Speaker 3", startMs: null, endMs: null, text: "I agree. The the reason was: money and time." },
      {
        speaker: "Speaker 3",
        startMs: null,
        endMs: null,
        text: "And one more thing.\nA paragraph without a label still belongs to Speaker 3.",
      },
      { speaker: "Zofia Wójcik 🌻", startMs: null, endMs: null, text: "Dziękuję! Koszt to 5 € — “tanio”." },
      { speaker: "Speaker 1", startMs: 3_725_000, endMs: null, text: "Rev style, label alone on its line." },
    ]);
    expect(transcript.cueCount).toBe(8);
  });

  it("gives one unattributed turn per paragraph when no line is labelled", async () => {
    const transcript = await parseTranscript("no-labels.txt", readHandMadeFile("no-labels.txt"));
    expect(transcript.speakers).toEqual([]);
    expect(transcript.turns.map((turn) => turn.text)).toEqual([
      "The first paragraph has no speaker label and is hard-wrapped over two lines.",
      "Note: the second paragraph starts like a label, but nothing in this file names a speaker.",
      "The third one mentions a time, 10:30, and the reason: money.",
    ]);
    expect(transcript.turns.every((turn) => turn.speaker === null)).toBe(true);
    expect(transcript.cueCount).toBe(3);
  });

  it("keeps <script> and other HTML as literal text", async () => {
    const transcript = await parseTranscript("script-tags.txt", readHandMadeFile("script-tags.txt"));
    expect(transcript.turns[1]).toEqual({
      speaker: "Participant 2",
      startMs: null,
      endMs: null,
      text: "It was <script>alert(1)</script> and <b>bold</b> &amp; odd.",
    });
  });

  it("decodes UTF-16 with a BOM and keeps ś, ó and emoji", async () => {
    const bytes = readHandMadeFile("utf-16le-bom.txt");
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    const transcript = await parseTranscript("utf-16le-bom.txt", bytes);
    expect(transcript.turns.map((turn) => [turn.speaker, turn.text])).toEqual([
      ["Moderator", "Witam wszystkich."],
      ["Zofia Wójcik", "Dzień dobry – ś, ó, ł 🌻."],
    ]);
  });

  it("decodes Windows-1252 curly quotes, dashes, € and the ellipsis", async () => {
    const bytes = readHandMadeFile("windows-1252.txt");
    expect(bytes.includes(0x93)).toBe(true);
    const transcript = await parseTranscript("windows-1252.txt", bytes);
    expect(transcript.turns.map((turn) => [turn.speaker, turn.text])).toEqual([
      ["Interviewer", "What did you think of the “new” café’s prices – €4?"],
      ["Participant 1", "Too high…"],
    ]);
  });

  it("reads one label per line without blank lines, with Q:/A: and I:/R: style labels", async () => {
    const transcript = await txt("Q: How was it?\nA: Fine.\nQ: Really?\nA: Yes: really.\n");
    expect(transcript.speakers).toEqual(["Q", "A"]);
    expect(transcript.turns.map((turn) => turn.text)).toEqual(["How was it?", "Fine.", "Really?", "Yes: really."]);
  });

  it("reads a chat-style time before the label and a Rev time after it", async () => {
    const transcript = await txt(
      "00:05:16\tRyan Sloan:\tHello all\n00:11:15\tRyan Sloan:\tGreat point!\nAnna (00:12:01): Thanks.\n",
    );
    expect(transcript.turns.map((turn) => [turn.speaker, turn.startMs, turn.text])).toEqual([
      ["Ryan Sloan", 316_000, "Hello all"],
      ["Ryan Sloan", 675_000, "Great point!"],
      ["Anna", 721_000, "Thanks."],
    ]);
  });

  it("does not take metadata lines, URLs, long phrases or sentences for labels", async () => {
    const transcript = await txt(
      [
        "Anna: First answer.",
        "",
        "Ben: Second answer, see https://example.org/a:b for more.",
        "",
        "This is a much longer sentence than any name: it continues.",
        "",
        "Well, honestly, I think: maybe.",
        "",
        "Date: 12 May 2025",
        "",
        "Anna: Again.",
      ].join("\n"),
    );
    expect(transcript.speakers).toEqual(["Anna", "Ben"]);
    expect(transcript.turns.map((turn) => [turn.speaker, turn.text])).toEqual([
      ["Anna", "First answer."],
      [
        "Ben",
        "Second answer, see https://example.org/a:b for more.\nThis is a much longer sentence than any name: it continues.\nWell, honestly, I think: maybe.\nDate: 12 May 2025",
      ],
      ["Anna", "Again."],
    ]);
  });

  it("collapses ASCII whitespace inside lines but keeps NBSP and other characters", async () => {
    const transcript = await txt("Anna:\t  a \t b\u00a0\u00a0c  ’ 😀\n");
    expect(transcript.turns[0].text).toBe("a b\u00a0\u00a0c ’ 😀");
  });

  it("refuses a file with only whitespace", async () => {
    await expect(txt(" \n\t\n  \n")).rejects.toThrow(/no text/);
  });

  it("skips a label with no text and says so", async () => {
    const transcript = await txt("Anna:\n\nBen: Hello.\n");
    expect(transcript.turns).toEqual([{ speaker: "Ben", startMs: null, endMs: null, text: "Hello." }]);
    expect(transcript.speakers).toEqual(["Ben"]);
    expect(transcript.warnings).toEqual(['Line 1: the label "Anna" has no text after it; it was skipped.']);
  });
});
