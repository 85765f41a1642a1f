import fs from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { AppError } from "../errors";
import { createProject } from "../projects/create-project";
import { columnStatistics } from "./column-statistics";
import { buildPreview, createImport, type SurveyPreview } from "./import-jobs";
import { MAX_TURN_LENGTH } from "./import-limits";
import { loadParsedUpload } from "./parsed-upload";
import { parseTranscript } from "./parsers/transcript/parse-transcript";
import { saveUpload } from "./save-upload";
import { uploadFilename } from "./upload-filename";

describe("turn length", () => {
  it("accepts a turn of the longest length and refuses a longer one, saying which and how to split it", async () => {
    const longest = `Ewa: ${"a".repeat(MAX_TURN_LENGTH)}\n`;
    expect((await parseTranscript("ok.txt", Buffer.from(longest))).turns[0].text).toHaveLength(MAX_TURN_LENGTH);
    const text = `Interviewer: Hello\n\nEwa: ${"słowo ".repeat(20_000)}\n`;
    await expect(parseTranscript("long.txt", Buffer.from(text))).rejects.toThrow(
      /^Turn 2 \(Ewa\) is 119,999 characters long; a turn may hold at most 50,000\. Split it into shorter turns/,
    );
  });
});

describe("the uploaded file's name", () => {
  it("is decoded, and a malformed encoding or a bare folder is refused with a clear message", () => {
    expect(uploadFilename(encodeURIComponent("Zespół 😀.vtt"))).toBe("Zespół 😀.vtt");
    expect(uploadFilename("..%2F..%2Fetc%2Fgroup.txt")).toBe("group.txt");
    expect(uploadFilename("C:%5Cdata%5Csurvey.csv")).toBe("survey.csv");
    const refusal = (header: string | null) => {
      try {
        uploadFilename(header);
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        return [(error as AppError).code, (error as AppError).message];
      }
      throw new Error("not refused");
    };
    expect(refusal("%E0%A4%A.txt")).toEqual(["invalid_input", expect.stringMatching(/not valid percent-encoding/)]);
    expect(refusal("..%2F..")).toEqual(["invalid_input", expect.stringMatching(/folder path, not a file name/)]);
    expect(refusal(null)).toEqual(["invalid_input", expect.stringMatching(/X-Filename/)]);
    expect(refusal("a%00b.txt")).toEqual(["invalid_input", expect.stringMatching(/control characters/)]);
  });
});

describe("a survey preview sees the whole file", () => {
  let db: ReturnType<typeof createTestDb>;
  beforeEach(() => {
    db = createTestDb();
    db.$client.prepare("insert into users (email, name, password_hash) values ('a@x.org', 'A', 'x')").run();
  });
  afterEach(() => db.cleanup());

  it("counts every row of each column, lists the waves that would clash, and keeps its parse for the import", async () => {
    const projectId = createProject(db, { slug: "p", name: "P" }).id;
    db.$client.exec(
      `insert into waves (project_id, label) values (${projectId}, '2023');
       insert into respondents (project_id, wave_id, external_id) select ${projectId}, id, 'R7' from waves;
       insert into respondents (project_id, wave_id, external_id) select ${projectId}, id, 'Q1' from waves;`,
    );
    // The comment column is blank in the first 50 rows and filled in the last 30.
    const lines = ["Respondent ID,Region,Late comment"];
    for (let i = 0; i < 80; i++)
      lines.push(`R${i},${i % 2 ? "London" : "South East"},${i < 50 ? "" : `Comment ${i % 7}`}`);
    const bytes = Buffer.from(lines.join("\n"));
    const storedPath = saveUpload(db.$client.name, bytes);
    const job = createImport(db, { projectId, userId: 1, filename: "late.csv", storedPath, byteSize: bytes.length });
    const fractions: number[] = [];
    const preview = (await buildPreview(db, job, (f) => fractions.push(f))) as SurveyPreview;
    expect(preview.rows).toHaveLength(8);
    expect(preview.columns[2]).toEqual({
      column: 2,
      filled: 30,
      distinct: 7,
      distinctCapped: false,
      samples: ["Comment 1", "Comment 2", "Comment 3"],
    });
    expect(preview.columns[1]).toMatchObject({ filled: 80, distinct: 2 });
    // R7 is in the file and in the wave; Q1 only in the wave.
    expect(preview.wavesWithRespondents).toEqual([{ wave: "2023", respondents: 2, collidingIds: 1 }]);
    expect(preview.tool).toBeNull();
    expect(preview.excludedResponses).toEqual({ preview: 0, test: 0 });
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(loadParsedUpload(storedPath)).toMatchObject({ kind: "survey", survey: { headers: lines[0].split(",") } });
    fs.rmSync(`${storedPath}.parsed`);
  });

  it("caps the distinct count of a column of free text", () => {
    const rows = Array.from({ length: 1500 }, (_, i) => [`answer ${i}`]);
    expect(columnStatistics(["Comment"], rows)[0]).toMatchObject({
      filled: 1500,
      distinct: 1000,
      distinctCapped: true,
    });
  });
});
