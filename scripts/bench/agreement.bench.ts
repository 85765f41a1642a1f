import path from "node:path";
import seedrandom from "seedrandom";
import { migrateDatabase, openDatabase } from "../../db/client";
import { answers, codes, codings, documents, questions, respondents, segments, users } from "../../db/schema";
import { getAgreementReport } from "../../lib/agreement/agreement-report";
import { ensureWave } from "../../lib/imports/ensure-wave";
import { layoutText } from "../../lib/imports/layout-text";
import { createProject } from "../../lib/projects/create-project";
import { type BenchContext, type Figure, type Measurement, percentile, timeIt } from "./harness";

const ANSWERS = 2000;
const CODERS = 3;
const CODES = 40;
const RUNS = 3;

/**
 * The agreement report (α with its 1,000-resample interval, κ and counts for 40 codes and pooled) for
 * 2,000 answers coded by 3 coders, in a database of its own, beside the per-code, per-coder counts
 * queried straight from SQLite.
 */
export const agreementMeasurement: Measurement = {
  name: "agreement",
  async run({ workDir, scale, log }: BenchContext): Promise<Figure[]> {
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
    db.$client.close();
    return [
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
