import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes, codings, segments } from "../../db/schema";
import { loadAnalysisFrame, unitsOverlapping } from "../analysis-frame/analysis-frame";
import { jsonRows } from "../analysis-frame/segment-units";
import { AppError } from "../errors";
import {
  describeAlpha,
  type Interval,
  type WeightedTable,
  weightedAlpha,
  weightedBootstrapAlphaInterval,
  weightedCohenKappa,
  weightedFleissKappa,
  weightedPercentAgreement,
} from "./statistics";

export interface AgreementFigures {
  /** Units (answers or turns) at least two of the coders coded, the base of every figure. */
  units: number;
  /** Of them, units where at least one coder applied the code, and where every coder did. */
  codedByAny: number;
  codedByAll: number;
  percentAgreement: number | null;
  /** Two coders only. */
  cohenKappa: number | null;
  /** Three or more coders, over units every coder coded. */
  fleissKappa: number | null;
  alpha: number | null;
  interval: Interval | null;
  verdict: string;
}

export interface CodeAgreement extends AgreementFigures {
  codeId: number;
  name: string;
}

export interface AgreementReport {
  coderIds: number[];
  /** Documents in which at least two of the coders coded something: the others hold no comparison. */
  documents: number;
  seed: string;
  resamples: number;
  perCode: CodeAgreement[];
  pooled: AgreementFigures;
}

export interface AgreementInput {
  coderIds: number[];
  /** Limit to these documents; by default every document two or more of the coders worked in. */
  documentIds?: number[];
  /** Limit a question's answers to these (a round's sample); turns are not limited. */
  answerIds?: number[];
  /** Limit to these codes (a round's subtree); by default every code not archived. */
  codeIds?: number[];
  seed?: string;
  resamples?: number;
}

/**
 * Unit-level agreement between two or more coders: the unit is an answer or a turn, and each code is
 * present or absent per coder. A coder who coded nothing in a document is missing (not "absent") for its
 * units, so a document one coder never opened does not count as agreement on absence.
 */
export function getAgreementReport(db: Db, projectId: number, input: AgreementInput): AgreementReport {
  const coderIds = [...new Set(input.coderIds)];
  if (coderIds.length < 2) throw new AppError("invalid_input", "Agreement needs two or more coders.");
  const seed = input.seed ?? "quoteline-agreement";
  const resamples = input.resamples ?? 1000;
  const frame = loadAnalysisFrame(db, projectId);
  const codeFilter = input.codeIds ? [inArray(codes.id, input.codeIds)] : [];
  // One JSON array from SQLite instead of a row object per coding: several times faster to read.
  const rows = jsonRows<[number, number, number, number, number]>(
    db
      .select({
        json: sql<string>`json_group_array(json_array(${codings.codeId}, ${codings.coderId}, ${segments.documentId}, ${segments.startOffset}, ${segments.endOffset}))`,
      })
      .from(codings)
      .innerJoin(segments, eq(segments.id, codings.segmentId))
      .where(and(eq(codings.projectId, projectId), inArray(codings.coderId, coderIds)))
      .get()?.json,
  );
  const wanted = input.documentIds ? new Set(input.documentIds) : null;
  const coderIndex = new Map(coderIds.map((id, index) => [id, index]));
  // Which coders worked in each document, and the codes each applied in each unit.
  const worked = new Map<number, Set<number>>();
  const applied = new Map<number, Map<number, Set<number>>>(); // unit → code → coder indexes
  for (const [codeId, coderId, documentId, start, end] of rows) {
    if (wanted && !wanted.has(documentId)) continue;
    const document = frame.documents.get(documentId);
    if (!document) continue;
    const coder = coderIndex.get(coderId)!;
    const coders = worked.get(documentId) ?? new Set<number>();
    worked.set(documentId, coders);
    coders.add(coder);
    for (const unit of unitsOverlapping(document, start, end)) {
      const byCode = applied.get(unit) ?? new Map<number, Set<number>>();
      applied.set(unit, byCode);
      const byCoder = byCode.get(codeId) ?? new Set<number>();
      byCode.set(codeId, byCoder);
      byCoder.add(coder);
    }
  }
  const compared = [...worked].filter(([, coders]) => coders.size >= 2);
  const answerFilter = input.answerIds ? new Set(input.answerIds) : null;
  // A unit's row as one number, a base-3 digit per coder: 0 missing, 1 absent, 2 present. Every code's
  // table starts from the units' rows with the code absent; the units where it was applied then move.
  const powers = coderIds.map((_, index) => 3 ** index);
  const baseRows = new Map<number, number>();
  const moved = new Map<number, Map<number, number>>(); // code → row key → change in weight
  for (const [documentId, coders] of compared) {
    const document = frame.documents.get(documentId)!;
    let base = 0;
    for (const coder of coders) base += powers[coder];
    for (const unit of document.units) {
      if (answerFilter && frame.unitIsTurn[unit] === 0 && !answerFilter.has(frame.unitId[unit])) continue;
      baseRows.set(base, (baseRows.get(base) ?? 0) + 1);
      const byCode = applied.get(unit);
      if (!byCode) continue;
      for (const [codeId, byCoder] of byCode) {
        let key = base;
        for (const coder of byCoder) if (coders.has(coder)) key += powers[coder];
        if (key === base) continue;
        const changes = moved.get(codeId) ?? new Map<number, number>();
        moved.set(codeId, changes);
        changes.set(base, (changes.get(base) ?? 0) - 1);
        changes.set(key, (changes.get(key) ?? 0) + 1);
      }
    }
  }
  const codeRows = db
    .select({ id: codes.id, name: codes.name })
    .from(codes)
    .where(and(eq(codes.projectId, projectId), isNull(codes.archivedAt), ...codeFilter))
    .all();
  const decode = (key: number) =>
    coderIds.map((_, index) => {
      const digit = Math.floor(key / powers[index]) % 3;
      return digit === 0 ? null : digit === 2 ? "1" : "0";
    });
  const pooledWeights = new Map<number, number>();
  const tableFor = (codeId: number): WeightedTable => {
    const weights = new Map(baseRows);
    for (const [key, change] of moved.get(codeId) ?? []) weights.set(key, (weights.get(key) ?? 0) + change);
    for (const [key, weight] of weights) pooledWeights.set(key, (pooledWeights.get(key) ?? 0) + weight);
    return [...weights].filter(([, weight]) => weight > 0).map(([key, weight]) => ({ values: decode(key), weight }));
  };
  const perCode = codeRows.map((code) => ({
    codeId: code.id,
    name: code.name,
    ...figuresFor(tableFor(code.id), coderIds.length, `${seed}|${code.id}`, resamples),
  }));
  const pooledTable = [...pooledWeights]
    .filter(([, weight]) => weight > 0)
    .map(([key, weight]) => ({ values: decode(key), weight }));
  return {
    coderIds,
    documents: compared.length,
    seed,
    resamples,
    perCode,
    pooled: figuresFor(pooledTable, coderIds.length, `${seed}|pooled`, resamples),
  };
}

function figuresFor(table: WeightedTable, coders: number, seed: string, resamples: number): AgreementFigures {
  let units = 0;
  let codedByAny = 0;
  let codedByAll = 0;
  for (const { values, weight } of table) {
    const present = values.filter((value) => value !== null);
    if (present.length < 2) continue;
    units += weight;
    if (present.includes("1")) codedByAny += weight;
    if (present.length === coders && present.every((value) => value === "1")) codedByAll += weight;
  }
  const alpha = weightedAlpha(table);
  return {
    units,
    codedByAny,
    codedByAll,
    percentAgreement: weightedPercentAgreement(table),
    cohenKappa: coders === 2 ? weightedCohenKappa(table) : null,
    fleissKappa: coders >= 3 ? weightedFleissKappa(table) : null,
    alpha,
    interval: alpha === null ? null : weightedBootstrapAlphaInterval(table, seed, resamples),
    verdict: describeAlpha(alpha),
  };
}

const fixed = (value: number | null, digits = 3) => (value === null ? "" : value.toFixed(digits));

/** The report as CSV: one row per code and a pooled row, with the counts behind each figure. */
export function agreementCsv(report: AgreementReport): string {
  const header = [
    "code",
    "units",
    "coded_by_any",
    "coded_by_all",
    "percent_agreement",
    "cohen_kappa",
    "fleiss_kappa",
    "alpha",
    "alpha_low_95",
    "alpha_high_95",
    "verdict",
  ];
  const line = (name: string, figures: AgreementFigures) =>
    [
      name,
      figures.units,
      figures.codedByAny,
      figures.codedByAll,
      fixed(figures.percentAgreement),
      fixed(figures.cohenKappa),
      fixed(figures.fleissKappa),
      fixed(figures.alpha),
      fixed(figures.interval?.low ?? null),
      fixed(figures.interval?.high ?? null),
      figures.verdict,
    ]
      .map((cell) => {
        const text = String(cell);
        return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
      })
      .join(",");
  return [
    `# bootstrap: ${report.resamples} resamples of units, seed "${report.seed}"`,
    header.join(","),
    ...report.perCode.map((code) => line(code.name, code)),
    line("(all codes pooled)", report.pooled),
  ].join("\n");
}
