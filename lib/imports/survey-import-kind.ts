import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { metrics } from "../../db/schema";
import { AppError } from "../errors";
import { columnStatistics } from "./column-statistics";
import type { KindHandler } from "./import-kinds";
import { applyMapping, parseSurvey, proposeMapping } from "./parsers/survey";
import { storeSurvey } from "./store-survey";
import { wavesWithRespondents } from "./waves-with-respondents";

const PREVIEW_ROWS = 8;

function projectMetricLabels(db: Db, projectId: number) {
  return db
    .select({ key: metrics.key, label: metrics.label })
    .from(metrics)
    .where(eq(metrics.projectId, projectId))
    .all();
}

/** A survey export: the tool that wrote it and a proposed mapping in the preview, respondents when stored. */
export const surveyImportKind: KindHandler<"survey"> = {
  async parse(db, job, bytes, onProgress) {
    const survey = await parseSurvey(job.filename, bytes);
    onProgress(0.6);
    return { kind: "survey", survey, proposedMapping: proposeMapping(survey, projectMetricLabels(db, job.projectId)) };
  },
  preview(db, job, { survey, proposedMapping }) {
    const records = applyMapping(survey, proposedMapping);
    return {
      kind: "survey",
      format: survey.format,
      encoding: survey.encoding,
      tool: survey.tool ?? null,
      excludedResponses: survey.excludedResponses ?? { preview: 0, test: 0 },
      rowCount: survey.rows.length,
      headers: survey.headers,
      mapping: proposedMapping,
      rows: survey.rows.slice(0, PREVIEW_ROWS),
      columns: columnStatistics(survey.headers, survey.rows),
      attributeMerges: records.attributeMerges,
      wavesWithRespondents: wavesWithRespondents(
        db,
        job.projectId,
        records.respondents.map((respondent) => respondent.externalId),
      ),
      warnings: survey.warnings,
    };
  },
  store(db, job, { survey, proposedMapping }, options, onProgress) {
    if (!options.wave) throw new AppError("invalid_input", "Choose the wave (e.g. 2025) this survey belongs to.");
    const records = applyMapping(survey, options.mapping ?? proposedMapping);
    onProgress(0.3);
    const summary = storeSurvey(db, {
      projectId: job.projectId,
      userId: job.userId,
      wave: options.wave,
      records,
      filename: job.filename,
      importId: job.id,
      onProgress: (done, total) => onProgress(0.3 + (0.7 * done) / Math.max(total, 1)),
      ...(options.onCollision ? { addToWave: { onCollision: options.onCollision } } : {}),
    });
    return { kind: "survey", ...summary, turns: 0, speakers: 0 };
  },
};
