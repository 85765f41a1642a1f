import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client";
import { parseTranscript } from "../../lib/imports/parsers/transcript/parse-transcript";
import { buildBenchProject } from "./bench-project";
import { FACILITATOR, generateTranscript } from "./generate-transcript";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "quoteline-bench-test-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe("generated focus groups", () => {
  it("parse with the real importers into the speakers and words they were made of", async () => {
    for (const format of ["vtt", "txt"] as const) {
      const transcript = generateTranscript(3, 2_000, format);
      const parsed = await parseTranscript(transcript.filename, transcript.bytes);
      expect(parsed.format).toBe(format);
      expect(parsed.speakers[0]).toBe(FACILITATOR);
      expect(parsed.speakers.length).toBeGreaterThanOrEqual(4);
      expect(parsed.speakers.some((speaker) => /[ëéóáłś]/i.test(speaker))).toBe(true);
      const words = parsed.turns.reduce((sum, turn) => sum + turn.text.split(/\s+/).filter(Boolean).length, 0);
      expect(words).toBe(transcript.words);
      expect(words).toBeGreaterThanOrEqual(2_000);
    }
  });
});

describe("the bench project", () => {
  it("holds what it reports, at a small scale", async () => {
    const databasePath = path.join(folder, "bench.sqlite");
    const project = await buildBenchProject(databasePath, 0.02, () => {});
    const db = openDatabase(databasePath);
    const count = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;
    try {
      expect(project.sizes.respondents).toBe(count("select count(*) as n from respondents"));
      expect(project.sizes.respondents).toBe(Math.round(9_000 * 0.02) + Math.round(11_000 * 0.02));
      expect(count("select count(distinct wave_id) as n from respondents")).toBe(2);
      expect(project.sizes.answers).toBe(count("select count(*) as n from answers"));
      // About 7.8 of 8 questions answered per respondent.
      expect(project.sizes.answers / project.sizes.respondents).toBeGreaterThan(7);
      expect(project.sizes.transcripts).toBe(count("select count(*) as n from documents where kind = 'transcript'"));
      expect(project.sizes.turns).toBe(count("select count(*) as n from turns"));
      expect(project.sizes.codings).toBe(count("select count(*) as n from codings"));
      // Every answer carries at least one code: the auto-coder codes each with the themes it was made of.
      expect(
        count(
          "select count(*) as n from answers a where not exists (select 1 from segments s join codings c on c.segment_id = s.id where s.document_id = a.document_id and s.start_offset = a.start_offset)",
        ),
      ).toBe(0);
      expect(project.transcript.codings).toBeGreaterThanOrEqual(60);
      expect(project.transcript.turnTexts).toHaveLength(project.transcript.turns);
      const largest = count(
        "select max(n) as n from (select count(*) as n from answers a join documents d on d.id = a.document_id group by d.id)",
      );
      expect(project.grid.answers).toBe(largest);
      expect(project.grid.rows).toHaveLength(largest);
      const [figure] = project.figures;
      expect(figure.value).toBeGreaterThan(0);
      expect(figure.baseline).toBeGreaterThan(0);
      expect(figure.corpus).toContain(`${project.sizes.respondents} respondents`);
      expect(fs.existsSync(`${databasePath}.baseline`)).toBe(false);
    } finally {
      db.$client.close();
    }
  });
});
