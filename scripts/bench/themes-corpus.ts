import fs from "node:fs";
import path from "node:path";
import seedrandom from "seedrandom";
import type { Db } from "../../db/client";
import { storeCodebook } from "../../lib/codebook/store-codebook";
import { ensureAttribute } from "../../lib/imports/ensure-attribute";
import { ensureWave } from "../../lib/imports/ensure-wave";
import { UNIT_SEPARATOR } from "../../lib/imports/layout-text";
import { parseCodebook, parseMetricLevels, parsePublishedChanges } from "../../lib/metrics/parse-metric-csv";
import { storeMetricLevels, storePublishedChanges } from "../../lib/metrics/store-metrics";
import { createProject } from "../../lib/projects/create-project";

const SEED_DATA = path.join(__dirname, "../../db/seed/data");

export interface ThemeCorpusOptions {
  respondents: number;
  codings: number;
  transcripts?: number;
  turnsPerTranscript?: number;
  seed?: string;
}

export interface ThemeCorpus {
  projectId: number;
  codeIds: number[];
  respondents: number;
  answers: number;
  turns: number;
  segments: number;
  codings: number;
  likertAnswers: number;
}

const REGIONS = ["London", "South East"];
const ROLES = [
  "Social worker",
  "Senior social worker",
  "Team manager",
  "Service manager",
  "Newly qualified social worker",
  "Student",
];
const EMPLOYMENT = ["Permanent", "Permanent", "Permanent", "Agency"];
const GENDERS = ["Female", "Female", "Female", "Male", "Prefer not to say"];
const ETHNICITIES = ["White", "White", "Black and global majority", "Not specified"];
const YEARS = ["0-2", "3-5", "6-10", "11+"];
const QUESTIONS = [
  "If you could change one thing to improve your working life, what would it be?",
  "How would you describe the supervision and support you receive?",
  "Is there anything else you would like to tell us about working in children's social care?",
];
const ANSWER_RATE = 0.7;

/**
 * A generated project for the theme benchmarks, bulk-inserted with prepared statements in one
 * transaction: the demo codebook and metrics, respondents in two waves with attributes and Likert
 * answers, free-text answers, transcripts, and exactly `codings` codings by two coders spread over
 * answers (whole-answer and part segments) and turns.
 */
export function buildThemeCorpus(db: Db, options: ThemeCorpusOptions): ThemeCorpus {
  const random = seedrandom.alea(options.seed ?? "themes-bench");
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  const sqlite = db.$client;
  const read = (file: string) => fs.readFileSync(path.join(SEED_DATA, file), "utf8");

  const coder = (email: string) =>
    Number(
      sqlite.prepare("insert into users (email, name, password_hash) values (?, ?, 'x')").run(email, email)
        .lastInsertRowid,
    );
  const coderIds = [coder("coder-a@bench.quoteline"), coder("coder-b@bench.quoteline")];
  const projectId = createProject(db, { slug: "themes-bench", name: "Themes bench" }).id;
  storeMetricLevels(db, projectId, [
    ...parseMetricLevels(read("sentiment_metrics.csv")),
    ...parseMetricLevels(read("proportion_metrics.csv")),
  ]);
  storePublishedChanges(db, projectId, parsePublishedChanges(read("published_changes.csv")));
  storeCodebook(db, projectId, parseCodebook(read("codebook.csv")));
  const codeIds = (
    sqlite.prepare("select id from codes where project_id = ? order by id").all(projectId) as { id: number }[]
  ).map((r) => r.id);
  // Earlier codes of the codebook come up more often, as real themes do.
  const codeWeights = codeIds.map((_, index) => 1 / (1 + index * 0.25));
  const weightTotal = codeWeights.reduce((sum, w) => sum + w, 0);
  const pickCode = (): number => {
    let threshold = random() * weightTotal;
    for (let index = 0; index < codeIds.length; index++) {
      threshold -= codeWeights[index];
      if (threshold < 0) return codeIds[index];
    }
    return codeIds[codeIds.length - 1];
  };

  let answerCount = 0;
  let turnCount = 0;
  let likertCount = 0;
  let segmentCount = 0;
  let codingCount = 0;

  sqlite.transaction(() => {
    const waveIds = ["2023", "2025"].map((label) => ensureWave(db, projectId, label));
    const attributeIds = ["region", "role", "employment type", "gender", "ethnicity", "years qualified"].map((name) =>
      ensureAttribute(db, projectId, name),
    );
    const items = (
      sqlite
        .prepare(
          "select key, label from metrics where project_id = ? and kind = 'mean_score' and key <> 'all_sentiment'",
        )
        .all(projectId) as {
        key: string;
        label: string;
      }[]
    ).map((metric) =>
      Number(
        sqlite
          .prepare("insert into likert_items (project_id, label, metric_key) values (?, ?, ?)")
          .run(projectId, metric.label, metric.key).lastInsertRowid,
      ),
    );
    const questionIds = QUESTIONS.map((text) =>
      Number(
        sqlite.prepare("insert into questions (project_id, text) values (?, ?)").run(projectId, text).lastInsertRowid,
      ),
    );
    const insertRespondent = sqlite.prepare(
      "insert into respondents (project_id, wave_id, external_id) values (?, ?, ?)",
    );
    const insertAttribute = sqlite.prepare(
      "insert into respondent_attributes (respondent_id, attribute_id, value) values (?, ?, ?)",
    );
    const insertLikert = sqlite.prepare("insert into likert_answers (respondent_id, item_id, value) values (?, ?, ?)");
    const insertDocument = sqlite.prepare(
      "insert into documents (project_id, kind, title, wave_id, question_id, group_type, text_length, text) values (?, ?, ?, ?, ?, ?, ?, ?)",
    );
    const insertAnswer = sqlite.prepare(
      "insert into answers (document_id, respondent_id, position, start_offset, end_offset, text) values (?, ?, ?, ?, ?, ?)",
    );
    const insertTurn = sqlite.prepare(
      "insert into turns (document_id, position, speaker, start_offset, end_offset, text) values (?, ?, ?, ?, ?, ?)",
    );
    const insertSegment = sqlite.prepare(
      "insert into segments (project_id, document_id, start_offset, end_offset, text) values (?, ?, ?, ?, ?)",
    );
    const insertCoding = sqlite.prepare(
      "insert into codings (project_id, segment_id, code_id, coder_id) values (?, ?, ?, ?)",
    );

    /** Units (answers or turns) laid out in one document, for coding below. */
    const units: { documentId: number; start: number; end: number; text: string }[] = [];
    const layout = (texts: string[]) => {
      let offset = 0;
      const ranges = texts.map((text) => {
        const range = { start: offset, end: offset + text.length };
        offset += text.length + UNIT_SEPARATOR.length;
        return range;
      });
      return { text: texts.join(UNIT_SEPARATOR), ranges };
    };

    const perWave = Math.floor(options.respondents / waveIds.length);
    waveIds.forEach((waveId, waveIndex) => {
      const count = waveIndex === waveIds.length - 1 ? options.respondents - perWave * waveIndex : perWave;
      const answered: { respondentId: number; text: string }[][] = QUESTIONS.map(() => []);
      for (let index = 0; index < count; index++) {
        const respondentId = Number(insertRespondent.run(projectId, waveId, `B${waveIndex}-${index}`).lastInsertRowid);
        const values = [pick(REGIONS), pick(ROLES), pick(EMPLOYMENT), pick(GENDERS), pick(ETHNICITIES), pick(YEARS)];
        values.forEach((value, attributeIndex) => {
          insertAttribute.run(respondentId, attributeIds[attributeIndex], value);
        });
        for (const itemId of items) {
          if (random() < 0.03) continue;
          insertLikert.run(respondentId, itemId, 1 + Math.floor(random() * 5));
          likertCount++;
        }
        QUESTIONS.forEach((_, questionIndex) => {
          if (random() >= ANSWER_RATE) return;
          answered[questionIndex].push({
            respondentId,
            text: `Answer ${index} to question ${questionIndex + 1}: workload, supervision and pay — ${"detail ".repeat(2 + Math.floor(random() * 6))}`.trim(),
          });
        });
      }
      answered.forEach((rows, questionIndex) => {
        const { text, ranges } = layout(rows.map((row) => row.text));
        const documentId = Number(
          insertDocument.run(
            projectId,
            "question",
            QUESTIONS[questionIndex],
            waveId,
            questionIds[questionIndex],
            null,
            text.length,
            text,
          ).lastInsertRowid,
        );
        rows.forEach((row, position) => {
          insertAnswer.run(
            documentId,
            row.respondentId,
            position,
            ranges[position].start,
            ranges[position].end,
            row.text,
          );
          units.push({ documentId, start: ranges[position].start, end: ranges[position].end, text: row.text });
          answerCount++;
        });
      });
    });

    const transcripts = options.transcripts ?? 24;
    const turnsPer = options.turnsPerTranscript ?? 250;
    for (let t = 0; t < transcripts; t++) {
      const texts = Array.from({ length: turnsPer }, (_, i) =>
        `Turn ${i}: we talked about caseloads and supervision ${"and more ".repeat(1 + Math.floor(random() * 8))}`.trim(),
      );
      const { text, ranges } = layout(texts);
      const documentId = Number(
        insertDocument.run(
          projectId,
          "transcript",
          `Focus group ${t + 1}`,
          waveIds[t % waveIds.length],
          null,
          "team managers",
          text.length,
          text,
        ).lastInsertRowid,
      );
      texts.forEach((turnText, position) => {
        insertTurn.run(
          documentId,
          position,
          `Speaker ${position % 6}`,
          ranges[position].start,
          ranges[position].end,
          turnText,
        );
        units.push({ documentId, start: ranges[position].start, end: ranges[position].end, text: turnText });
        turnCount++;
      });
    }

    // Whole-unit segments first, then part segments (the first word), coded until the target is met.
    const segmentOf = new Map<string, number>();
    const segment = (documentId: number, start: number, end: number, text: string): number => {
      const key = `${documentId}:${start}:${end}`;
      let id = segmentOf.get(key);
      if (id === undefined) {
        id = Number(insertSegment.run(projectId, documentId, start, end, text).lastInsertRowid);
        segmentOf.set(key, id);
        segmentCount++;
      }
      return id;
    };
    const applied = new Set<string>();
    let pass = 0;
    while (codingCount < options.codings) {
      for (const unit of units) {
        if (codingCount >= options.codings) break;
        const whole = pass % 3 !== 2;
        const end = whole ? unit.end : unit.start + unit.text.indexOf(" ");
        const segmentId = segment(unit.documentId, unit.start, end, unit.text.slice(0, end - unit.start));
        const codeId = pickCode();
        const coderId = coderIds[pass % 2];
        const key = `${segmentId}:${codeId}:${coderId}`;
        if (applied.has(key)) continue;
        applied.add(key);
        insertCoding.run(projectId, segmentId, codeId, coderId);
        codingCount++;
      }
      pass++;
    }
  })();

  return {
    projectId,
    codeIds,
    respondents: options.respondents,
    answers: answerCount,
    turns: turnCount,
    segments: segmentCount,
    codings: codingCount,
    likertAnswers: likertCount,
  };
}
