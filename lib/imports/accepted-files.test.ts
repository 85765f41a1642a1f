import { describe, expect, it } from "vitest";
import { ACCEPTED_EXTENSIONS, hasAcceptedExtension, kindOfExtension } from "./accepted-files";
import { fileKind } from "./file-kind";

describe("accepted files", () => {
  it("names each extension's kind in any case, and null for others", () => {
    expect(kindOfExtension(".VTT")).toBe("transcript");
    expect(kindOfExtension(".xlsx")).toBe("survey");
    expect(kindOfExtension(".pdf")).toBeNull();
    expect(kindOfExtension("")).toBeNull();
  });

  it("answers the upload form and the server the same way", () => {
    for (const name of ["focus group.vtt", "Survey 2025.CSV", "notes.docx", "x.srt", "a.txt", "b.xlsx"]) {
      expect(hasAcceptedExtension(name)).toBe(true);
      expect(() => fileKind(name)).not.toThrow();
    }
    for (const name of ["report.pdf", "noextension", "archive.tar.gz"]) {
      expect(hasAcceptedExtension(name)).toBe(false);
      expect(() => fileKind(name)).toThrow(ACCEPTED_EXTENSIONS.join(", "));
    }
  });
});
