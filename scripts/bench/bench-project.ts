import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import seedrandom from "seedrandom";
import { migrateDatabase, openDatabase } from "../../db/client";
import { codes, members } from "../../db/schema";
import { createUser } from "../../lib/accounts/create-user";
import { listQuestionAnswers } from "../../lib/answers/list-question-answers";
import { storeCodebook } from "../../lib/codebook/store-codebook";
import { applyCodings } from "../../lib/coding/apply-codings";
import { parseTranscript } from "../../lib/imports/parsers/transcript/parse-transcript";
import { storeTranscript } from "../../lib/imports/store-transcript";
import { parseCodebook, parseMetricLevels, parsePublishedChanges } from "../../lib/metrics/parse-metric-csv";
import { storeMetricLevels, storePublishedChanges } from "../../lib/metrics/store-metrics";
import { createProject } from "../../lib/projects/create-project";
import { autoCodeDemo } from "../demo/auto-code-demo";
import { withAuthorities } from "../demo/survey/assign-authorities";
import { FREE_TEXT_QUESTIONS, type FreeTextQuestion, generateSurvey, toCsv } from "../demo/survey/generate-survey";
import { readSeedDataFile } from "../demo/survey/seed-files";
import { generateTranscript } from "./generate-transcript";
import type { Figure } from "./harness";
import { timeIt } from "./harness";
import { importFigure, timeSurveyImport } from "./import-survey.bench";

/** The one project every figure is measured on, built once per run. */
export interface BenchProject {
  databasePath: string;
  projectId: number;
  slug: string;
  coder: { id: number; email: string; password: string };
  sizes: {
    respondents: number;
    answers: number;
    likertAnswers: number;
    transcripts: number;
    turns: number;
    words: number;
    codings: number;
    segments: number;
  };
  /** One line for the report: what the project holds. */
  corpus: string;
  /** The long focus group the coding view is measured on. */
  transcript: {
    documentId: number;
    words: number;
    turns: number;
    characters: number;
    codings: number;
    /** Speaker and text per turn, for the static-HTML baseline. */
    turnTexts: { speaker: string; text: string }[];
  };
  /** The question × wave with the most answers, for the answer grid. */
  grid: {
    documentId: number;
    answers: number;
    words: number;
    codings: number;
    attributeNames: string[];
    rows: { externalId: string; values: string[]; text: string }[];
  };
  /** The survey import, measured while building: the project's own two waves. */
  figures: Figure[];
}

export const BENCH_SLUG = "bench";
const CODER = { email: "coder@bench.quoteline", password: "bench-password-1" };

/** A longer questionnaire than the demo's: a large survey asks more open questions. */
const BENCH_QUESTIONS: readonly FreeTextQuestion[] = [
  ...FREE_TEXT_QUESTIONS,
  { kind: "change", header: "What would make you more likely to stay in your current role?", answerRate: 0.6 },
  { kind: "other", header: "How manageable is your caseload at the moment, and why?", answerRate: 0.6 },
  { kind: "other", header: "How has AI or other new technology changed your day-to-day practice?", answerRate: 0.5 },
  {
    kind: "support",
    header: "What support would help you through the children's social care reforms?",
    answerRate: 0.5,
  },
  { kind: "support", header: "How included and valued do you feel in your team?", answerRate: 0.6 },
];
/** Respondents per wave (London, South East): 20,000 in all, in about the published regional mix. */
const WAVES = [
  { wave: "2023", london: 5_120, southEast: 3_880 },
  { wave: "2025", london: 7_930, southEast: 3_070 },
] as const;
const ANSWERS_PER_RESPONDENT = 7.8;
const TRANSCRIPTS = 60;
const TRANSCRIPT_WORDS = 11_000;
const LONG_TRANSCRIPT_WORDS = 50_000;
const OVERLAPPING_CODINGS = 3_000;
const SEED_TRANSCRIPTS = path.join(__dirname, "../../db/seed/transcripts");

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
const thousands = (n: number) => n.toLocaleString("en-GB");

/**
 * Generates the bench project into `databasePath` through the app's own use cases: two survey waves
 * imported from CSV (timed, beside a raw-insert baseline), the six demo focus groups plus generated
 * ones (one of them long), the demo codebook and metrics, every answer and turn auto-coded, and
 * 3,000 overlapping codings on the long transcript.
 */
export async function buildBenchProject(
  databasePath: string,
  scale: number,
  log: (message: string) => void,
): Promise<BenchProject> {
  const started = Date.now();
  const db = openDatabase(databasePath);
  migrateDatabase(db);
  const coder = await createUser(db, { email: CODER.email, name: "Bench Coder", password: CODER.password });
  const projectId = createProject(db, { slug: BENCH_SLUG, name: "Bench project" }).id;
  db.insert(members).values({ projectId, userId: coder.id, role: "researcher" }).run();
  storeMetricLevels(db, projectId, [
    ...parseMetricLevels(readSeedDataFile("sentiment_metrics.csv")),
    ...parseMetricLevels(readSeedDataFile("proportion_metrics.csv")),
  ]);
  storePublishedChanges(db, projectId, parsePublishedChanges(readSeedDataFile("published_changes.csv")));
  storeCodebook(db, projectId, parseCodebook(readSeedDataFile("codebook.csv")));

  // The survey: each wave generated as a CSV export, then imported the way the app imports it.
  const answerThemes = new Map<string, Map<string, string[]>>();
  let importMs = 0;
  let baselineMs = 0;
  let respondents = 0;
  let answers = 0;
  let likertAnswers = 0;
  let words = 0;
  let csvBytes = 0;
  for (const { wave, london, southEast } of WAVES) {
    const generated = timeIt(() =>
      withAuthorities(
        generateSurvey(wave, {
          scale: { london: Math.round(london * scale), southEast: Math.round(southEast * scale) },
          questions: BENCH_QUESTIONS,
          answersPerRespondent: ANSWERS_PER_RESPONDENT,
          seed: "bench",
        }),
      ),
    );
    answerThemes.set(wave, generated.result.answerThemes);
    const csv = new TextEncoder().encode(toCsv(generated.result));
    csvBytes += csv.length;
    const timed = await timeSurveyImport(
      db,
      { projectId, userId: coder.id, wave, filename: `survey-${wave}.csv` },
      csv,
      `${databasePath}.baseline`,
    );
    importMs += timed.ms;
    baselineMs += timed.baselineMs;
    respondents += timed.summary.respondents;
    answers += timed.summary.answers;
    likertAnswers += timed.summary.likertAnswers;
    words += timed.records.questions.reduce((sum, q) => sum + q.answers.reduce((s, a) => s + countWords(a.text), 0), 0);
    log(
      `wave ${wave}: generated in ${generated.ms.toFixed(0)} ms (${(csv.length / 1024 / 1024).toFixed(1)} MB CSV); ` +
        `imported ${thousands(timed.summary.respondents)} respondents, ${thousands(timed.summary.answers)} answers in ` +
        `${timed.ms.toFixed(0)} ms (baseline ${timed.baselineMs.toFixed(0)} ms)`,
    );
  }
  fs.rmSync(`${databasePath}.baseline`, { force: true });
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(`${databasePath}.baseline${suffix}`, { force: true });

  // Transcripts: the six demo focus groups, then generated ones (Teams VTT and labelled txt), one long.
  const transcriptStarted = Date.now();
  const seedFiles = fs.readdirSync(SEED_TRANSCRIPTS).filter((name) => /\.(txt|vtt|srt|docx)$/.test(name));
  const files: { filename: string; bytes: Uint8Array; title: string }[] = seedFiles.map((file) => ({
    filename: file,
    bytes: fs.readFileSync(path.join(SEED_TRANSCRIPTS, file)),
    title: file.replace(/\.\w+$/, ""),
  }));
  const generatedCount = Math.max(1, Math.round(TRANSCRIPTS * Math.min(1, scale)) - files.length);
  for (let index = 0; index < generatedCount; index++) {
    const long = index === 0;
    const transcript = generateTranscript(
      index,
      Math.round((long ? LONG_TRANSCRIPT_WORDS : TRANSCRIPT_WORDS) * scale),
      index % 2 === 0 ? "txt" : "vtt",
    );
    files.push({
      filename: transcript.filename,
      bytes: transcript.bytes,
      title: long ? "Long focus group (bench)" : `Focus group ${index + 1}`,
    });
  }
  let turns = 0;
  const longIndex = seedFiles.length;
  const storeFile = async (index: number) => {
    const file = files[index];
    const parsed = await parseTranscript(file.filename, file.bytes);
    const stored = storeTranscript(db, {
      projectId,
      userId: coder.id,
      parsed,
      metadata: {
        title: file.title,
        wave: index % 2 === 0 ? "2025" : "2023",
        groupType: ["team managers", "permanent social workers", "agency social workers", "students"][index % 4],
        filename: file.filename,
      },
    });
    turns += stored.turns;
    words += parsed.turns.reduce((sum, turn) => sum + countWords(turn.text), 0);
    return { parsed, stored };
  };
  for (let index = 0; index < files.length; index++) if (index !== longIndex) await storeFile(index);
  log(
    `${files.length - 1} transcripts (${seedFiles.length} demo, ${generatedCount - 1} generated) imported in ${((Date.now() - transcriptStarted) / 1000).toFixed(1)} s: ${thousands(turns)} turns`,
  );

  // Codings: every answer with the themes it was generated from, every participant turn by keyword.
  const autoCoded = timeIt(() => autoCodeDemo(db, projectId, coder.id, { answerThemes }));
  log(
    `auto-coded ${thousands(autoCoded.result.codings)} codings on ${thousands(autoCoded.result.answers)} answers and ${thousands(autoCoded.result.turns)} turns in ${(autoCoded.ms / 1000).toFixed(1)} s`,
  );
  // The long focus group is the one being coded by hand: imported after the auto-coding, it gets the
  // coding view's corpus of overlapping codings only (the coding-view bench auto-codes it later too).
  const long = await storeFile(longIndex);
  const longDocumentId = long.stored.documentId;
  const longTurns = long.parsed.turns.map((turn) => ({ speaker: turn.speaker ?? "", text: turn.text }));
  log(`then the long focus group: ${thousands(longTurns.length)} turns`);
  const overlapping = codeLongTranscript(
    db,
    projectId,
    coder.id,
    longDocumentId,
    Math.round(OVERLAPPING_CODINGS * scale),
  );

  const count = (sql: string, ...params: number[]) => (db.$client.prepare(sql).get(...params) as { n: number }).n;
  const codings = count("select count(*) as n from codings where project_id = ?", projectId);
  const segments = count("select count(*) as n from segments where project_id = ?", projectId);
  const transcriptCodings = count(
    "select count(*) as n from codings c join segments s on s.id = c.segment_id where s.document_id = ?",
    longDocumentId,
  );
  const characters = count("select text_length as n from documents where id = ?", longDocumentId);
  // The answer grid: the question × wave with the most answers.
  const gridDocumentId = count(
    "select d.id as n from documents d join answers a on a.document_id = d.id where d.project_id = ? and d.kind = 'question' group by d.id order by count(*) desc limit 1",
    projectId,
  );
  const gridCodings = count(
    "select count(*) as n from codings c join segments s on s.id = c.segment_id where s.document_id = ?",
    gridDocumentId,
  );
  const view = listQuestionAnswers(db, projectId, gridDocumentId);
  db.$client.exec("analyze");
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();

  const sizes = {
    respondents,
    answers,
    likertAnswers,
    transcripts: files.length,
    turns,
    words,
    codings,
    segments,
  };
  const corpus = `${(words / 1e6).toFixed(2)} M words: ${thousands(respondents)} respondents in 2 waves, ${thousands(answers)} answers, ${files.length} transcripts (${thousands(turns)} turns), ${thousands(codings)} codings`;
  log(
    `project built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${corpus}, ${thousands(overlapping)} overlapping on the long transcript`,
  );
  return {
    databasePath,
    projectId,
    slug: BENCH_SLUG,
    coder: { id: coder.id, ...CODER },
    sizes,
    corpus,
    transcript: {
      documentId: longDocumentId,
      words: longTurns.reduce((sum, turn) => sum + countWords(turn.text), 0),
      turns: longTurns.length,
      characters,
      codings: transcriptCodings,
      turnTexts: longTurns,
    },
    grid: {
      documentId: gridDocumentId,
      answers: view.answers.length,
      words: view.answers.reduce((sum, answer) => sum + countWords(answer.text), 0),
      codings: gridCodings,
      attributeNames: view.attributeNames,
      rows: view.answers.map((answer) => ({ externalId: answer.externalId, values: answer.values, text: answer.text })),
    },
    figures: [
      importFigure(
        "import the project's survey, both waves (parse + map + store, one transaction each)",
        `${thousands(respondents)} respondents, ${thousands(answers)} answers, ${thousands(likertAnswers)} Likert answers (${(csvBytes / 1024 / 1024).toFixed(0)} MB of CSV)`,
        importMs,
        baselineMs,
      ),
    ],
  };
}

/** Codings that start and end at word boundaries inside one turn, three per turn on average, so they overlap and nest. */
function codeLongTranscript(
  db: ReturnType<typeof openDatabase>,
  projectId: number,
  coderId: number,
  documentId: number,
  target: number,
): number {
  const random = seedrandom.alea("bench-overlapping");
  const codeIds = db
    .select({ id: codes.id })
    .from(codes)
    .where(eq(codes.projectId, projectId))
    .all()
    .map((code) => code.id);
  const stored = db.$client
    .prepare("select start_offset as s, end_offset as e, text from turns where document_id = ? order by position")
    .all(documentId) as { s: number; e: number; text: string }[];
  let created = 0;
  db.transaction(() => {
    while (created < target) {
      const turn = stored[Math.floor(random() * stored.length)];
      const boundaries = [...turn.text.matchAll(/\S+/g)].map((match) => [match.index, match.index + match[0].length]);
      const first = Math.floor(random() * boundaries.length);
      const last = Math.min(boundaries.length - 1, first + 2 + Math.floor(random() * 30));
      const result = applyCodings(db, {
        projectId,
        coderId,
        documentId,
        ranges: [{ start: turn.s + boundaries[first][0], end: turn.s + boundaries[last][1] }],
        codeIds: [codeIds[Math.floor(random() * codeIds.length)]],
      });
      if (result[0]?.created) created++;
    }
  });
  return created;
}
