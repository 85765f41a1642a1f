import path from "node:path";
import seedrandom from "seedrandom";
import { migrateDatabase, openDatabase } from "../../db/client";
import { answers, codes, codings, documents, questions, respondents, segments, turns, users } from "../../db/schema";
import { getAgreementReport } from "../../lib/agreement/agreement-report";
import { getCharacterAgreement } from "../../lib/agreement/character-agreement-report";
import { ensureWave } from "../../lib/imports/ensure-wave";
import { layoutText } from "../../lib/imports/layout-text";
import { createProject } from "../../lib/projects/create-project";
import { type BenchContext, type Figure, type Measurement, percentile, timeIt } from "./harness";

const ANSWERS = 2000;
const CODERS = 3;
const CODES = 40;
const RUNS = 5;

/**
 * The agreement report (α with its 1,000-resample interval, κ and counts for 40 codes and pooled) for
 * 2,000 answers coded by 3 coders, in a database of its own, beside the per-code, per-coder counts
 * queried straight from SQLite.
 */
export const agreementMeasurement: Measurement = {
  name: "agreement",
  async run(context: BenchContext): Promise<Figure[]> {
    const { workDir, scale, log } = context;
    const db = openDatabase(path.join(workDir, "agreement.sqlite"));
    migrateDatabase(db);
    const random = seedrandom("agreement-bench");
    const answerCount = Math.max(50, Math.round(ANSWERS * Math.min(1, scale)));
    const projectId = createProject(db, { slug: "agreement-bench", name: "Agreement bench" }).id;
    const waveId = ensureWave(db, projectId, "2025");
    const coderIds = Array.from(
      { length: CODERS },
      (_, index) =>
        db
          .insert(users)
          .values({ email: `coder${index}@bench`, name: `Coder ${index}`, passwordHash: "x" })
          .returning()
          .get().id,
    );
    const codeIds = Array.from(
      { length: CODES },
      (_, index) =>
        db
          .insert(codes)
          .values({ projectId, name: `Code ${index + 1}` })
          .returning()
          .get().id,
    );
    const questionId = db.insert(questions).values({ projectId, text: "What would help?" }).returning().get().id;
    const rows = Array.from({ length: answerCount }, (_, index) => ({
      label: String(index),
      text: `Answer ${index}: caseloads and supervision, again.`,
    }));
    const { text, units } = layoutText(rows);
    db.transaction((tx) => {
      const documentId = tx
        .insert(documents)
        .values({
          projectId,
          kind: "question",
          title: "What would help?",
          waveId,
          questionId,
          text,
          textLength: text.length,
        })
        .returning()
        .get().id;
      units.forEach(({ startOffset, endOffset, unit }, position) => {
        const respondentId = tx
          .insert(respondents)
          .values({ projectId, waveId, externalId: `r${position}` })
          .returning()
          .get().id;
        tx.insert(answers)
          .values({ documentId, respondentId, position, startOffset, endOffset, text: unit.text })
          .run();
        const segmentId = tx
          .insert(segments)
          .values({ projectId, documentId, startOffset, endOffset, text: unit.text })
          .returning()
          .get().id;
        for (const codeId of codeIds) {
          // A code is in the answer for about one in ten; each coder sees it with 85% accuracy.
          const truth = random() < 0.1;
          for (const coderId of coderIds) {
            if (random() < 0.85 === truth) tx.insert(codings).values({ projectId, segmentId, codeId, coderId }).run();
          }
        }
      });
    });
    log(`${answerCount} answers, ${CODERS} coders, ${CODES} codes`);
    // Warm, as the app is once any page has read the project: the analysis frame is built on first use.
    getAgreementReport(db, projectId, { coderIds, resamples: 10 });
    const times: number[] = [];
    let alpha: number | null = null;
    for (let run = 0; run < RUNS; run++) {
      const timed = timeIt(() => getAgreementReport(db, projectId, { coderIds }));
      times.push(timed.ms);
      alpha = timed.result.pooled.alpha;
    }
    const baseline = timeIt(
      () =>
        db.$client
          .prepare("select code_id, coder_id, count(*) n from codings where project_id = ? group by code_id, coder_id")
          .all(projectId).length,
    );
    const characters = characterFigure(db, context, projectId, coderIds.slice(0, 2), codeIds);
    db.$client.close();
    return [
      characters,
      {
        name: `agreement report, ${answerCount} answers × ${CODERS} coders × ${CODES} codes (α with 1,000-resample intervals), p95 of ${RUNS}`,
        corpus: `pooled α ${alpha?.toFixed(3)}`,
        value: percentile(times, 95),
        unit: "ms",
        baselineName: "per-code, per-coder counts in SQL",
        baseline: baseline.ms,
        target: "< 500 ms",
        met: percentile(times, 95) < 500,
      },
    ];
  },
};

/**
 * Character-level figures (NVivo's coding comparison) for the bench project's long focus group: its
 * 3,000 hand-made codings copied as the first coder's, and a second coder who keeps four in five of them
 * with both ends moved by up to 20 characters and codes a new span instead of the fifth.
 */
function characterFigure(
  db: ReturnType<typeof openDatabase>,
  { project, log }: BenchContext,
  projectId: number,
  [first, second]: number[],
  codeIds: number[],
): Figure {
  const source = openDatabase(project.databasePath);
  const document = source.$client
    .prepare("select title, text from documents where id = ?")
    .get(project.transcript.documentId) as { title: string; text: string };
  const sourceTurns = source.$client
    .prepare(
      "select position, speaker, start_offset s, end_offset e, text from turns where document_id = ? order by position",
    )
    .all(project.transcript.documentId) as { position: number; speaker: string; s: number; e: number; text: string }[];
  const sourceCodings = source.$client
    .prepare(
      "select s.start_offset s, s.end_offset e, c.code_id code from codings c join segments s on s.id = c.segment_id where s.document_id = ? order by c.id limit 3000",
    )
    .all(project.transcript.documentId) as { s: number; e: number; code: number }[];
  source.$client.close();
  const random = seedrandom("character-bench");
  const length = document.text.length;
  const documentId = db.transaction((tx) => {
    const id = tx
      .insert(documents)
      .values({ projectId, kind: "transcript", title: document.title, text: document.text, textLength: length })
      .returning()
      .get().id;
    for (const turn of sourceTurns)
      tx.insert(turns)
        .values({
          documentId: id,
          position: turn.position,
          speaker: turn.speaker,
          startOffset: turn.s,
          endOffset: turn.e,
          text: turn.text,
        })
        .run();
    const code = (coderId: number, start: number, end: number, codeId: number) => {
      const lo = Math.max(0, Math.min(start, length - 1));
      const hi = Math.min(length, Math.max(end, lo + 1));
      const text = document.text.slice(lo, hi);
      const segmentId =
        tx
          .insert(segments)
          .values({ projectId, documentId: id, startOffset: lo, endOffset: hi, text })
          .onConflictDoNothing()
          .returning()
          .get()?.id ??
        (db.$client
          .prepare("select id from segments where document_id = ? and start_offset = ? and end_offset = ?")
          .pluck()
          .get(id, lo, hi) as number);
      tx.insert(codings).values({ projectId, segmentId, codeId, coderId }).onConflictDoNothing().run();
    };
    const codeOf = (sourceCode: number) => codeIds[sourceCode % codeIds.length];
    for (const coding of sourceCodings) {
      code(first, coding.s, coding.e, codeOf(coding.code));
      if (random() < 0.8) {
        const jitter = () => Math.round((random() - 0.5) * 40);
        code(second, coding.s + jitter(), coding.e + jitter(), codeOf(coding.code));
      } else {
        const start = Math.floor(random() * (length - 400));
        code(second, start, start + 20 + Math.floor(random() * 300), codeOf(coding.code));
      }
    }
    return id;
  });
  log(`character-level: ${length.toLocaleString("en-GB")} characters, ${sourceCodings.length} codings per coder`);
  getCharacterAgreement(db, projectId, { coderIds: [first, second], documentIds: [documentId] });
  const times: number[] = [];
  let rows = 0;
  for (let run = 0; run < RUNS; run++) {
    const timed = timeIt(() =>
      getCharacterAgreement(db, projectId, { coderIds: [first, second], documentIds: [documentId] }),
    );
    times.push(timed.ms);
    rows = timed.result.rows.length;
  }
  const baseline = timeIt(
    () =>
      db.$client
        .prepare(
          "select c.code_id, c.coder_id, s.start_offset, s.end_offset from codings c join segments s on s.id = c.segment_id where s.document_id = ? and c.coder_id in (?, ?)",
        )
        .all(documentId, first, second).length,
  );
  const value = percentile(times, 95);
  return {
    name: `character-level agreement, the ${project.transcript.words.toLocaleString("en-GB")}-word focus group, ${sourceCodings.length} codings per coder × 2 coders, p95 of ${RUNS}`,
    corpus: `${rows} code × document rows`,
    value,
    unit: "ms",
    baselineName: "the two coders' codings of the document read in SQL",
    baseline: baseline.ms,
    target: "< 1 s",
    met: value < 1000,
  };
}
