import { Document, Packer, Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { ImportError } from "../import-error";
import { parseTranscript } from "./parse-transcript";
import { describeWithThirdPartyFixtures, readThirdPartyFixture } from "./test-fixtures";

type Line = string | string[];

/** A real .docx; a string[] paragraph holds its parts separated by line breaks (Shift+Enter). */
async function docx(paragraphs: Line[]): Promise<Uint8Array> {
  const children = paragraphs.map((paragraph) =>
    typeof paragraph === "string"
      ? new Paragraph(paragraph)
      : new Paragraph({ children: paragraph.map((text, index) => new TextRun({ text, break: index === 0 ? 0 : 1 })) }),
  );
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * A one-entry zip written by hand. With `declaredSize` the central directory claims that many
 * uncompressed bytes through a Zip64 extra field while the data is an empty deflate stream.
 */
function handMadeZip(fileName: string, content: Uint8Array, declaredSize?: number): Uint8Array {
  const name = new TextEncoder().encode(fileName);
  const stored = declaredSize === undefined;
  const data = stored ? content : new Uint8Array([0x03, 0x00]);
  const crc = stored ? crc32(content) : 0;
  const extra = new Uint8Array(stored ? 0 : 12);
  if (!stored) {
    const view = new DataView(extra.buffer);
    view.setUint16(0, 0x0001, true);
    view.setUint16(2, 8, true);
    view.setBigUint64(4, BigInt(declaredSize), true);
  }
  const local = new DataView(new ArrayBuffer(30));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(4, 20, true);
  local.setUint16(8, stored ? 0 : 8, true);
  local.setUint16(12, 0x0021, true);
  local.setUint32(14, crc, true);
  local.setUint32(18, data.length, true);
  local.setUint32(22, stored ? content.length : 0, true);
  local.setUint16(26, name.length, true);
  const central = new DataView(new ArrayBuffer(46));
  central.setUint32(0, 0x02014b50, true);
  central.setUint16(4, 45, true);
  central.setUint16(6, stored ? 20 : 45, true);
  central.setUint16(10, stored ? 0 : 8, true);
  central.setUint16(14, 0x0021, true);
  central.setUint32(16, crc, true);
  central.setUint32(20, data.length, true);
  central.setUint32(24, stored ? content.length : 0xffffffff, true);
  central.setUint16(28, name.length, true);
  central.setUint16(30, extra.length, true);
  const centralOffset = 30 + name.length + data.length;
  const centralSize = 46 + name.length + extra.length;
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, 1, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, centralOffset, true);
  const parts = [
    new Uint8Array(local.buffer),
    name,
    data,
    new Uint8Array(central.buffer),
    name,
    extra,
    new Uint8Array(end.buffer),
  ];
  const zip = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    zip.set(part, offset);
    offset += part.length;
  }
  return zip;
}

describeWithThirdPartyFixtures("parseTranscript on real Word documents", () => {
  it("extracts ID1.docx with € intact, one unattributed turn per paragraph", async () => {
    const transcript = await parseTranscript("ID1.docx", readThirdPartyFixture("qualcoder-examples/ID1.docx"));
    expect(transcript.format).toBe("docx");
    expect(transcript.speakers).toEqual([]);
    expect(transcript.turns).toHaveLength(3);
    expect(transcript.turns[2].text.endsWith("I'm happy to pay €200.")).toBe(true);
  });

  it("extracts special.chars.docx with curly quotes, dashes and the ellipsis intact", async () => {
    const transcript = await parseTranscript(
      "special.chars.docx",
      readThirdPartyFixture("qualcoder-examples/special.chars.docx"),
    );
    expect(transcript.speakers).toEqual([]);
    expect(transcript.turns.map((turn) => turn.text)).toEqual([
      "This is a test with ‘single smart quotes’, “double smart quotes”.",
      "It’s a test.",
      "And here is an ellipsis: …",
      "and a dash, n-dash, m-dash: ‐, –, — (for -, --, ---)",
    ]);
  });
});

describe("parseTranscript on generated Word documents", () => {
  it("reads speaker labels as in a .txt", async () => {
    const bytes = await docx([
      "Moderator: Witamy.",
      "Zofia Wójcik: Dzień dobry — “tak”.",
      "It continues here.",
      "Moderator: Dziękuję.",
    ]);
    const transcript = await parseTranscript("labels.docx", bytes);
    expect(transcript.speakers).toEqual(["Moderator", "Zofia Wójcik"]);
    expect(transcript.turns.map((turn) => [turn.speaker, turn.text])).toEqual([
      ["Moderator", "Witamy."],
      ["Zofia Wójcik", "Dzień dobry — “tak”.\nIt continues here."],
      ["Moderator", "Dziękuję."],
    ]);
  });

  it("reads the Teams layout: a 'Name   m:ss' line before the utterance, also across a line break", async () => {
    const bytes = await docx([
      "Focus group 4",
      "Transcript",
      "12 May 2025, 10:00AM",
      "Zofia Wójcik   0:03",
      "Dzień dobry, zaczynamy.",
      "Siobhán O’Neill   1:02:05",
      "Yes – grand.",
      "A second paragraph.",
      ["Zofia Wójcik   1:03:10", "Dziękuję, to wszystko."],
    ]);
    const transcript = await parseTranscript("teams.docx", bytes);
    expect(transcript.speakers).toEqual(["Zofia Wójcik", "Siobhán O’Neill"]);
    expect(transcript.turns).toEqual([
      { speaker: null, startMs: null, endMs: null, text: "Focus group 4" },
      { speaker: null, startMs: null, endMs: null, text: "Transcript" },
      { speaker: null, startMs: null, endMs: null, text: "12 May 2025, 10:00AM" },
      { speaker: "Zofia Wójcik", startMs: 3000, endMs: null, text: "Dzień dobry, zaczynamy." },
      { speaker: "Siobhán O’Neill", startMs: 3_725_000, endMs: null, text: "Yes – grand.\nA second paragraph." },
      { speaker: "Zofia Wójcik", startMs: 3_790_000, endMs: null, text: "Dziękuję, to wszystko." },
    ]);
    expect(transcript.cueCount).toBe(7);
  });

  it("keeps line breaks inside a paragraph, so labels after them are found and words are not glued", async () => {
    const bytes = await docx([["Anna: Hello there.", "Ben: Hi Anna."], "Ben: Next paragraph."]);
    const transcript = await parseTranscript("breaks.docx", bytes);
    expect(transcript.turns.map((turn) => [turn.speaker, turn.text])).toEqual([
      ["Anna", "Hello there."],
      ["Ben", "Hi Anna."],
      ["Ben", "Next paragraph."],
    ]);
  });

  it("refuses a truncated .docx as damaged", async () => {
    const bytes = await docx(["Anna: Hello.", "Ben: Hi."]);
    const parsing = parseTranscript("truncated.docx", bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(parsing).rejects.toBeInstanceOf(ImportError);
    await expect(parsing).rejects.toThrow(/damaged/);
  });

  it("refuses a zip whose entry declares 5 GB before unpacking it", async () => {
    const bomb = handMadeZip("word/document.xml", new Uint8Array(0), 5 * 1024 ** 3);
    const parsing = parseTranscript("bomb.docx", bomb);
    await expect(parsing).rejects.toBeInstanceOf(ImportError);
    await expect(parsing).rejects.toThrow(/would unpack to more than .* declares 5368709120 bytes/);
  });

  it("refuses a valid zip that is not a Word document", async () => {
    const zip = handMadeZip("hello.txt", new TextEncoder().encode("Anna: hello"));
    await expect(parseTranscript("not-word.docx", zip)).rejects.toThrow(
      "This .docx could not be read: it is damaged or not a Word document.",
    );
  });

  it("refuses a document with no text", async () => {
    await expect(parseTranscript("blank.docx", await docx(["", "   "]))).rejects.toThrow(
      "This transcript has no text.",
    );
  });
});
