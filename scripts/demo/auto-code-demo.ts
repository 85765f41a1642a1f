import { and, eq, inArray } from "drizzle-orm";
import { bulkInserter } from "../../db/bulk-insert";
import type { Db } from "../../db/client";
import {
  answers,
  attributes,
  codes,
  codings,
  documents,
  participantAttributes,
  respondents,
  segments,
  turns,
  waves,
} from "../../db/schema";
import { recordEvent } from "../../lib/events/record-event";
import { generateSurvey, type SurveyScale, type SurveyWave } from "./survey/generate-survey";
import { matchThemeKeywords } from "./survey/match-theme-keywords";

export interface AutoCodeDemoOptions {
  /** Per wave, the themes each generated answer was built from (`GeneratedSurvey.answerThemes`); regenerated when absent. */
  answerThemes?: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
  /** The scale the demo survey was generated at, to regenerate the same answers. */
  surveyScale?: SurveyScale;
}

export interface AutoCodeDemoSummary {
  answers: number;
  turns: number;
  codings: number;
}

/** Facilitators ask about every theme; their turns are not evidence of anyone raising one. */
const FACILITATOR = /facilitator|moderator|interviewer/i;

/** A whole answer or turn: UTF-16 offsets into the document's text, end exclusive, and the text it covers. */
interface UnitRange {
  start: number;
  end: number;
  text: string;
}

/**
 * Deterministic demo codings so the theme pages show real numbers: every survey answer is coded, as a
 * whole, with the themes it was generated from; every participant turn with the themes whose keywords it
 * contains. One transaction per document, by `coderId`.
 */
export function autoCodeDemo(
  db: Db,
  projectId: number,
  coderId: number,
  options: AutoCodeDemoOptions = {},
): AutoCodeDemoSummary {
  const codeIds = new Map(
    db
      .select({ id: codes.id, name: codes.name })
      .from(codes)
      .where(eq(codes.projectId, projectId))
      .all()
      .map((code) => [code.name, code.id]),
  );
  const summary: AutoCodeDemoSummary = { answers: 0, turns: 0, codings: 0 };

  const answerRows = db
    .select({
      documentId: answers.documentId,
      start: answers.startOffset,
      end: answers.endOffset,
      text: answers.text,
      externalId: respondents.externalId,
      question: documents.title,
      wave: waves.label,
    })
    .from(documents)
    .innerJoin(answers, eq(answers.documentId, documents.id))
    .innerJoin(respondents, eq(respondents.id, answers.respondentId))
    .innerJoin(waves, eq(waves.id, documents.waveId))
    .where(and(eq(documents.projectId, projectId), eq(documents.kind, "question")))
    .all();
  const themesByWave = new Map<string, ReadonlyMap<string, readonly string[]>>();
  const themesOf = (wave: string): ReadonlyMap<string, readonly string[]> => {
    let themes = options.answerThemes?.get(wave) ?? themesByWave.get(wave);
    if (!themes) {
      themes = generateSurvey(
        wave as SurveyWave,
        options.surveyScale ? { scale: options.surveyScale } : {},
      ).answerThemes;
      themesByWave.set(wave, themes);
    }
    return themes;
  };
  const answerPlan = new Map<number, Map<number, UnitRange[]>>();
  for (const row of answerRows) {
    const themes = themesOf(row.wave).get(`${row.externalId}|${row.question}`) ?? [];
    if (themes.length > 0) summary.answers++;
    for (const theme of themes)
      plan(answerPlan, row.documentId, codeIds.get(theme), { start: row.start, end: row.end, text: row.text });
  }

  const turnRows = db
    .select({
      id: turns.id,
      documentId: turns.documentId,
      start: turns.startOffset,
      end: turns.endOffset,
      speaker: turns.speaker,
      participantId: turns.participantId,
      text: turns.text,
    })
    .from(documents)
    .innerJoin(turns, eq(turns.documentId, documents.id))
    .where(and(eq(documents.projectId, projectId), eq(documents.kind, "transcript")))
    .all();
  const participantIds = [...new Set(turnRows.flatMap((t) => (t.participantId === null ? [] : [t.participantId])))];
  const facilitators = new Set(
    participantIds.length === 0
      ? []
      : db
          .select({ participantId: participantAttributes.participantId, value: participantAttributes.value })
          .from(participantAttributes)
          .innerJoin(attributes, eq(attributes.id, participantAttributes.attributeId))
          .where(and(eq(attributes.name, "role"), inArray(participantAttributes.participantId, participantIds)))
          .all()
          .filter((row) => FACILITATOR.test(row.value))
          .map((row) => row.participantId),
  );
  const turnPlan = new Map<number, Map<number, UnitRange[]>>();
  for (const turn of turnRows) {
    if ((turn.participantId !== null && facilitators.has(turn.participantId)) || FACILITATOR.test(turn.speaker ?? ""))
      continue;
    const themes = matchThemeKeywords(turn.text);
    if (themes.length > 0) summary.turns++;
    for (const theme of themes)
      plan(turnPlan, turn.documentId, codeIds.get(theme), { start: turn.start, end: turn.end, text: turn.text });
  }

  // Bulk inserts, one transaction per document: the demo's ranges are whole units, known to be valid,
  // so the per-range checks of `applyCodings` (which reads the document's text each call) are not needed.
  const insertSegment = bulkInserter(db, segments, ["projectId", "documentId", "startOffset", "endOffset", "text"]);
  const insertCoding = bulkInserter(db, codings, ["projectId", "segmentId", "codeId", "coderId"]);
  for (const [documentId, byCode] of [...answerPlan, ...turnPlan]) {
    db.transaction((tx) => {
      const segmentIds = new Map<number, number>();
      const created: number[] = [];
      for (const [codeId, ranges] of byCode) {
        for (const range of ranges) {
          let segmentId = segmentIds.get(range.start);
          if (segmentId === undefined) {
            segmentId = insertSegment([projectId, documentId, range.start, range.end, range.text]);
            segmentIds.set(range.start, segmentId);
          }
          created.push(insertCoding([projectId, segmentId, codeId, coderId]));
        }
      }
      recordEvent(tx, {
        projectId,
        actorId: coderId,
        action: "coding.create",
        target: { type: "document", id: documentId },
        detail: { codings: created },
      });
      summary.codings += created.length;
    });
  }
  return summary;
}

/** Adds a range to the document's plan for one code (codes not in the codebook are skipped). */
function plan(
  plans: Map<number, Map<number, UnitRange[]>>,
  documentId: number,
  codeId: number | undefined,
  range: UnitRange,
): void {
  if (codeId === undefined) return;
  let byCode = plans.get(documentId);
  if (!byCode) {
    byCode = new Map();
    plans.set(documentId, byCode);
  }
  const ranges = byCode.get(codeId);
  if (ranges) ranges.push(range);
  else byCode.set(codeId, [range]);
}
