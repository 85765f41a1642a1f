import { describe, expect, it } from "vitest";
import { ImportError } from "../import-error";
import { parseTranscript } from "./parse-transcript";
import { readHandMadeFile } from "./test-fixtures";

describe("parseTranscript", () => {
  it("chooses the format by the extension, in any case", async () => {
    const bytes = new TextEncoder().encode("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello.\n");
    expect((await parseTranscript("Meeting.VTT", bytes)).format).toBe("vtt");
    expect((await parseTranscript("meeting.vtt.srt", bytes)).format).toBe("srt");
    await expect(parseTranscript("meeting.vtt.txt", bytes)).resolves.toMatchObject({ format: "txt", speakers: [] });
  });

  it("refuses an unsupported extension with a clear message", async () => {
    const parsing = parseTranscript("notes.pdf", new Uint8Array([1, 2, 3]));
    await expect(parsing).rejects.toBeInstanceOf(ImportError);
    await expect(parsing).rejects.toThrow(
      '"notes.pdf" is not a supported transcript: import a .txt, .docx, .vtt or .srt file.',
    );
    await expect(parseTranscript("no-extension", new Uint8Array([65]))).rejects.toThrow(/not a supported transcript/);
  });

  it("asks for .docx when given an old .doc", async () => {
    await expect(parseTranscript("interview.doc", new Uint8Array([0xd0, 0xcf]))).rejects.toThrow(/save it as \.docx/);
  });

  it.each(["empty.txt", "empty.vtt", "empty.srt", "empty.docx"])("refuses an empty file (%s)", async (name) => {
    const parsing = parseTranscript(name, readHandMadeFile("empty.txt"));
    await expect(parsing).rejects.toBeInstanceOf(ImportError);
    await expect(parsing).rejects.toThrow("This transcript has no text (the file is empty).");
  });

  it.each(["garbage.txt", "garbage.vtt", "garbage.srt"])("refuses random binary bytes (%s)", async (name) => {
    const parsing = parseTranscript(name, readHandMadeFile("random-bytes.bin.txt"));
    await expect(parsing).rejects.toBeInstanceOf(ImportError);
    await expect(parsing).rejects.toThrow(/not text/);
  });

  it("refuses random binary bytes named .docx as a damaged file", async () => {
    await expect(parseTranscript("garbage.docx", readHandMadeFile("random-bytes.bin.txt"))).rejects.toThrow(/damaged/);
  });
});
