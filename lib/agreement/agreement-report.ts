import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes, codings, segments } from "../../db/schema";
import { loadAnalysisFrame, unitsOverlapping } from "../analysis-frame/analysis-frame";
import { AppError } from "../errors";
import {
  bootstrapAlphaInterval,
  cohenKappa,
  describeAlpha,
  fleissKappa,
  type Interval,
  krippendorffAlpha,
  percentAgreement,
  type ReliabilityTable,
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
  const rows = db
    .select({
      codeId: codings.codeId,
      coderId: codings.coderId,
      documentId: segments.documentId,
      start: segments.startOffset,
      end: segments.endOffset,
    })
    .from(codings)
    .innerJoin(segments, eq(segments.id, codings.segmentId))
    .where(and(eq(codings.projectId, projectId), inArray(codings.coderId, coderIds)))
    .all();
  const wanted = input.documentIds ? new Set(input.documentIds) : null;
  const coderIndex = new Map(coderIds.map((id, index) => [id, index]));
  // Which coders worked in each document, and the codes each applied in each unit.
  const worked = new Map<number, Set<number>>();
  const applied = new Map<number, Map<number, Set<number>>>(); // unit → code → coder indexes
  for (const row of rows) {
    if (wanted && !wanted.has(row.documentId)) continue;
    const document = frame.documents.get(row.documentId);
    if (!document) continue;
    const coder = coderIndex.get(row.coderId)!;
    const coders = worked.get(row.documentId) ?? new Set<number>();
    worked.set(row.documentId, coders);
    coders.add(coder);
    for (const unit of unitsOverlapping(document, row.start, row.end)) {
      const byCode = applied.get(unit) ?? new Map<number, Set<number>>();
      applied.set(unit, byCode);
      const byCoder = byCode.get(row.codeId) ?? new Set<number>();
      byCode.set(row.codeId, byCoder);
      byCoder.add(coder);
    }
  }
  const compared = [...worked].filter(([, coders]) => coders.size >= 2);
  const units: { unit: number; coders: Set<number> }[] = [];
  for (const [documentId, coders] of compared) {
    const document = frame.documents.get(documentId)!;
    for (const unit of document.units) units.push({ unit, coders });
  }
  const codeRows = db
    .select({ id: codes.id, name: codes.name })
    .from(codes)
    .where(and(eq(codes.projectId, projectId), isNull(codes.archivedAt)))
    .all();
  const tableFor = (codeId: number): ReliabilityTable =>
    units.map(({ unit, coders }) => {
      const byCoder = applied.get(unit)?.get(codeId);
      return coderIds.map((_, coder) => (coders.has(coder) ? (byCoder?.has(coder) ? "1" : "0") : null));
    });
  const perCode = codeRows.map((code) => ({
    codeId: code.id,
    name: code.name,
    ...figuresFor(tableFor(code.id), coderIds.length, `${seed}|${code.id}`, resamples),
  }));
  const pooledTable = codeRows.flatMap((code) => tableFor(code.id));
  return {
    coderIds,
    documents: compared.length,
    seed,
    resamples,
    perCode,
    pooled: figuresFor(pooledTable, coderIds.length, `${seed}|pooled`, resamples),
  };
}

function figuresFor(table: ReliabilityTable, coders: number, seed: string, resamples: number): AgreementFigures {
  let units = 0;
  let codedByAny = 0;
  let codedByAll = 0;
  for (const row of table) {
    const present = row.filter((value) => value !== null);
    if (present.length < 2) continue;
    units++;
    if (present.includes("1")) codedByAny++;
    if (present.length === coders && present.every((value) => value === "1")) codedByAll++;
  }
  const alpha = krippendorffAlpha(table);
  return {
    units,
    codedByAny,
    codedByAll,
    percentAgreement: percentAgreement(table),
    cohenKappa: coders === 2 ? cohenKappa(table) : null,
    fleissKappa: coders >= 3 ? fleissKappa(table) : null,
    alpha,
    interval: alpha === null ? null : bootstrapAlphaInterval(table, seed, resamples),
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
