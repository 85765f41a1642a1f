import { describe, expect, it } from "vitest";
import { ImportError } from "../import-error";
import { parseTranscript } from "./parse-transcript";
import type { ParsedTranscript } from "./parsed-transcript";
import { describeWithThirdPartyFixtures, readHandMadeFile, readThirdPartyFixture } from "./test-fixtures";

const ZOOM = "zoom-studentengagement";
const MARKUP = /<\/?[a-z]|<\d{2}:|&[a-z]+;|&#/i;

function turnsBySpeaker(transcript: ParsedTranscript): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const turn of transcript.turns) counts.set(turn.speaker, (counts.get(turn.speaker) ?? 0) + 1);
  return counts;
}

function vtt(text: string): Promise<ParsedTranscript> {
  return parseTranscript("sample.vtt", new TextEncoder().encode(text));
}

describeWithThirdPartyFixtures("parseTranscript on real WebVTT files", () => {
  it("reads the Zoom audio transcript: 102 cues, 5 speakers and one cue without a speaker", async () => {
    const transcript = await parseTranscript(
      "GMT20240124-202901_Recording.transcript.vtt",
      readThirdPartyFixture(`${ZOOM}/GMT20240124-202901_Recording.transcript.vtt`),
    );
    expect(transcript.format).toBe("vtt");
    expect(transcript.cueCount).toBe(102);
    expect(transcript.speakers).toHaveLength(5);
    expect(transcript.speakers).toEqual(
      expect.arrayContaining(["Srijani Ghosh", "Conor Healy", "Dr. Melissa Ko", "Shreeharsh Kelkar", "Ryan Sloan"]),
    );
    const unattributed = transcript.turns.filter((turn) => turn.speaker === null);
    expect(unattributed).toHaveLength(1);
    expect(unattributed[0].text).toBe("Hmm.");
    expect(transcript.turns[0]).toEqual({ speaker: "Srijani Ghosh", startMs: 50, endMs: 1790, text: "Hi!" });
    expect(transcript.turns[2]).toEqual({
      speaker: "Srijani Ghosh",
      startMs: 5140,
      endMs: 11670,
      text: "Hello! Hello! Hello! Why are you so dark? So",
    });
    expect(transcript.turns.every((turn) => !turn.text.startsWith("Conor Healy:"))).toBe(true);
    expect(transcript.warnings).toEqual([]);
  });

  it("keeps the NBSP of the Zoom transcript as it is", async () => {
    const transcript = await parseTranscript(
      "a.vtt",
      readThirdPartyFixture(`${ZOOM}/GMT20240124-202901_Recording.transcript.vtt`),
    );
    expect(transcript.turns.some((turn) => turn.text.includes("\u00a0"))).toBe(true);
  });

  it("reads the Zoom closed captions (CRLF, no speakers) as unattributed text", async () => {
    const bytes = readThirdPartyFixture(`${ZOOM}/GMT20240124-202901_Recording.cc.vtt`);
    expect(new TextDecoder().decode(bytes)).toContain("\r\n");
    const transcript = await parseTranscript("GMT20240124-202901_Recording.cc.vtt", bytes);
    expect(transcript.cueCount).toBe(100);
    expect(transcript.speakers).toEqual([]);
    expect(transcript.turns.every((turn) => turn.speaker === null)).toBe(true);
    expect(transcript.turns.length).toBeGreaterThan(1);
    expect(transcript.turns.length).toBeLessThan(20);
    expect(transcript.turns[0].text.startsWith("This doesn't. This as a nerd, it's the window")).toBe(true);
    expect(transcript.turns[0].startMs).toBe(68_000);
    expect(transcript.turns.some((turn) => turn.text.includes("\r"))).toBe(false);
  });

  it("reads <v Speaker> voice tags without </v>: 75 cues, 5 speakers, 51 turns after merging", async () => {
    const transcript = await parseTranscript(
      "synthetic.vtt",
      readThirdPartyFixture(`${ZOOM}/synthetic_voice_tags_english_literature_discussion.vtt`),
    );
    expect(transcript.cueCount).toBe(75);
    expect(transcript.speakers).toEqual(["Professor Williams", "Student M", "Student N", "Student O", "Student P"]);
    expect(transcript.turns).toHaveLength(51);
    expect(transcript.turns[0]).toEqual({
      speaker: "Professor Williams",
      startMs: 0,
      endMs: 12_000,
      text: "Good afternoon everyone. Today we're discussing Shakespeare's Hamlet. I'd like to start with Act 3, Scene 1 - the famous \"To be or not to be\" soliloquy. What do you think Hamlet is contemplating in this speech?",
    });
    expect(turnsBySpeaker(transcript).get("Student M")).toBe(7);
    expect(transcript.turns.some((turn) => MARKUP.test(turn.text))).toBe(false);
  });
});

describe("parseTranscript on hand-made WebVTT files", () => {
  it("reads a Teams-style file: GUID cue ids, CRLF, voice tags with and without </v>, Unicode names", async () => {
    const transcript = await parseTranscript("teams.vtt", readHandMadeFile("teams-guid-voice-tags.vtt"));
    expect(transcript.cueCount).toBe(5);
    expect(transcript.speakers).toEqual(["Zofia Wójcik 🌻", "Siobhán"]);
    expect(transcript.turns).toEqual([
      {
        speaker: "Zofia Wójcik 🌻",
        startMs: 1000,
        endMs: 6000,
        text: "Dzień dobry, zaczynamy & nagrywamy. Czy wszyscy słyszą?",
      },
      {
        speaker: "Siobhán",
        startMs: 6500,
        endMs: 12_000,
        text: "Yes – loud & clear. Grand, thanks “Zofia”. I think the price was 5 < 6 €😀, hmm really.",
      },
      { speaker: "Zofia Wójcik 🌻", startMs: 12_500, endMs: 14_000, text: "Dziękuję." },
      { speaker: "Siobhán", startMs: 12_500, endMs: 14_000, text: "Proszę." },
    ]);
    expect(transcript.turns.some((turn) => turn.text.includes("3f2a9c1e"))).toBe(false);
  });

  it("never takes the first words of caption-only cues for a speaker", async () => {
    const transcript = await parseTranscript("captions.vtt", readHandMadeFile("captions-with-colons.vtt"));
    expect(transcript.speakers).toEqual([]);
    expect(transcript.turns).toEqual([
      {
        speaker: null,
        startMs: 1000,
        endMs: 9000,
        text: "The reason was: money. Note: we start at ten & finish at noon. Right: let's go. Nobody said anything for a while.",
      },
      { speaker: null, startMs: 12_000, endMs: 14_000, text: "After a pause: the second part." },
    ]);
  });

  it("refuses a file without the WEBVTT header", async () => {
    await expect(parseTranscript("no-header.vtt", readHandMadeFile("no-header.vtt"))).rejects.toThrow(
      /not a WebVTT file: the first line must be "WEBVTT"/,
    );
  });

  it("refuses a header-only file", async () => {
    const parsing = parseTranscript("header-only.vtt", readHandMadeFile("header-only.vtt"));
    await expect(parsing).rejects.toBeInstanceOf(ImportError);
    await expect(parsing).rejects.toThrow(/no cues/);
  });

  it("refuses cues that hold only markup", async () => {
    await expect(vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<b></b> <00:00:01.500>\n")).rejects.toThrow(
      "This transcript has no text.",
    );
  });

  it("strips <c>, <i>, <b>, <u>, <lang>, <ruby> and decodes entities, numeric ones included", async () => {
    const transcript = await vtt(
      "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<c.yellow.bg_blue>Café</c> <i>it&#39;s</i> <u>&quot;ok&quot;</u> <lang pl>cześć</lang> <ruby>漢<rt>kan</rt></ruby> &#128512; &#x1F44D;&#x1F3FB; &nbsp;x &amp;amp;\n",
    );
    expect(transcript.turns[0].text).toBe('Café it\'s "ok" cześć 漢 😀 👍🏻 \u00a0x &amp;');
  });

  it("keeps literal angle brackets written as entities as text", async () => {
    const transcript = await vtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nif a &lt; b &#60;script&#62;\n");
    expect(transcript.turns[0].text).toBe("if a < b <script>");
  });

  it("reads Zoom-style prefixes, splits turns at speaker changes and ignores header metadata", async () => {
    const transcript = await vtt(
      [
        "WEBVTT",
        "Kind: captions",
        "Language: en",
        "",
        "1",
        "00:00:01.000 --> 00:00:02.000",
        "Anna Nowak: Hello.",
        "",
        "2",
        "00:00:02.000 --> 00:00:03.000",
        "Anna Nowak: The reason was: money.",
        "",
        "3",
        "00:00:03.000 --> 00:00:04.000",
        "Ben: Right.",
        "",
        "4",
        "00:00:04.000 --> 00:00:05.000",
        "Hmm.",
        "",
        "5",
        "00:00:05.000 --> 00:00:06.000",
        "Ben: Yes.",
        "",
      ].join("\n"),
    );
    expect(transcript.warnings).toEqual([]);
    expect(transcript.turns).toEqual([
      { speaker: "Anna Nowak", startMs: 1000, endMs: 3000, text: "Hello. The reason was: money." },
      { speaker: "Ben", startMs: 3000, endMs: 4000, text: "Right." },
      { speaker: null, startMs: 4000, endMs: 5000, text: "Hmm." },
      { speaker: "Ben", startMs: 5000, endMs: 6000, text: "Yes." },
    ]);
  });

  it("reads cue times written with a comma and says so", async () => {
    const transcript = await vtt("WEBVTT\n\n00:00:01,000 --> 00:00:02,500\nHello.\n");
    expect(transcript.turns).toEqual([{ speaker: null, startMs: 1000, endMs: 2500, text: "Hello." }]);
    expect(transcript.warnings).toHaveLength(1);
  });

  it("warns about a cue whose timing cannot be read and keeps the others", async () => {
    const transcript = await vtt(
      "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nFirst.\n\n00:00:0x.000 --> 00:00:03.000\nBroken.\n\n00:00:03.000 --> 00:00:04.000\nThird.\n",
    );
    expect(transcript.cueCount).toBe(2);
    expect(transcript.turns.map((turn) => turn.text)).toEqual(["First. Third."]);
    expect(transcript.warnings.length).toBeGreaterThan(0);
  });
});
