import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { documents, users, waves } from "../../db/schema";
import {
  loadAnalysisFrame,
  loadCodingRows,
  segmentSpanOf,
  unitIndexesOverlapping,
} from "../analysis-frame/analysis-frame";
import { type CodingViewer, resolveCodingScope } from "../coding/coding-scope";
import { AppError } from "../errors";
import { type CodeQueryOperator, describeCodeQuery, evaluateInUnit, type Range } from "./code-query";
import { allowedSources, unitSources } from "./code-query-sources";
import { loadCodeRows, withSubcodes } from "./code-rows";
import type { CodeQueryPassage, CodeQueryResult, RetrievalFilter } from "./retrieval-types";
import { RETRIEVAL_PAGE_SIZE } from "./retrieval-types";
import { attachContext, attributeValues } from "./segment-context";

interface CodedRange extends Range {
  term: number;
  coderId: number;
}

interface UnitHits {
  unit: number;
  documentId: number;
  ranges: CodedRange[];
}

const indexed = new WeakMap<number[], { length: number; byCode: Map<number, number[]> }>();

/**
 * Each code's codings (indexes into the frame's rows), kept while the rows stand: they are only ever
 * appended to (a longer list) or read anew (another list), so the length says whether this still holds.
 */
function codingsByCode(rows: { codeIds: number[] }): Map<number, number[]> {
  const kept = indexed.get(rows.codeIds);
  if (kept && kept.length === rows.codeIds.length) return kept.byCode;
  const byCode = new Map<number, number[]>();
  rows.codeIds.forEach((codeId, index) => {
    const list = byCode.get(codeId);
    if (list) list.push(index);
    else byCode.set(codeId, [index]);
  });
  indexed.set(rows.codeIds, { length: rows.codeIds.length, byCode });
  return byCode;
}

/**
 * Runs a code query (the filter's code joined to more codes by AND, OR, AND NOT, NEAR) with the
 * retrieval filters, and returns the passages it finds, one page or all of them. Each code counts with
 * its sub-codes when the filter asks; a coding reaching across turns or answers counts in each.
 * @throws AppError "not_found" for a code outside the project.
 */
export function runCodeQuery(
  db: Db,
  projectId: number,
  filter: RetrievalFilter,
  options: { page?: number; pageSize?: number; all?: boolean; viewer?: CodingViewer } = {},
): CodeQueryResult {
  const codeRows = loadCodeRows(db, projectId);
  const joins = filter.joins ?? [];
  const termCodes = [filter.codeId, ...joins.map((join) => join.codeId)].map((id) => {
    const code = codeRows.find((row) => row.id === id);
    if (!code) throw new AppError("not_found", "Code not found.");
    return code;
  });
  const operators: CodeQueryOperator[] = joins.map((join) => join.operator);
  const termsOfCode = new Map<number, number[]>();
  termCodes.forEach((code, term) => {
    for (const id of withSubcodes(codeRows, code.id, filter.includeSubcodes)) {
      termsOfCode.set(id, [...(termsOfCode.get(id) ?? []), term]);
    }
  });

  // From the analysis frame's codings and segment spans rather than SQL: a code query reads a large share
  // of a big project's codings, and decoding them row by row from SQLite cost more than the query itself.
  const scope = resolveCodingScope(db, projectId, options.viewer ?? null).frame;
  const { frame, rows: coded, keeps, blindHides } = loadCodingRows(db, loadAnalysisFrame(db, projectId), scope);
  const table = frame.segmentUnits;
  const documentIds = filter.documentIds?.length ? new Set(filter.documentIds) : null;
  const coderFilter = filter.coderIds?.length ? new Set(filter.coderIds) : null;
  const waveLabels = filter.waves?.length ? new Set(filter.waves) : null;
  const inWave = (waveId: number | null) =>
    !waveLabels || (waveId !== null && waveLabels.has(frame.waveLabels.get(waveId) ?? ""));
  // Each coding that passes the filters, with its segment's place (read once here, used again below).
  const passing: { index: number; documentId: number; start: number; end: number }[] = [];
  const span: [number, number, number] = [0, 0, 0];
  const foundDocuments = new Set<number>();
  const byCode = codingsByCode(coded);
  for (const index of [...termsOfCode.keys()].flatMap((id) => byCode.get(id) ?? [])) {
    if (coderFilter && !coderFilter.has(coded.coderIds[index])) continue;
    if (!segmentSpanOf(table, coded.segmentIds[index], span)) continue;
    if (documentIds && !documentIds.has(span[0])) continue;
    const document = frame.documents.get(span[0]);
    if (!document || !inWave(document.waveId)) continue;
    passing.push({ index, documentId: span[0], start: span[1], end: span[2] });
    foundDocuments.add(span[0]);
  }

  const allowed = allowedSources(db, projectId, filter.attributes, frame, foundDocuments);
  const byUnit = new Map<number, UnitHits>();
  for (const { index, documentId, start: codingStart, end: codingEnd } of passing) {
    const document = frame.documents.get(documentId)!;
    const places = unitIndexesOverlapping(document, codingStart, codingEnd);
    // As retrieval does: another coder's coding touching a blind round's unit is hidden whole, not only
    // there. A consensus setting replaces codings per unit (the adjudication's own rule), as analysis counts.
    if (blindHides && places.some((at) => blindHides(index, document.units[at]))) continue;
    for (const at of places) {
      const unit = document.units[at];
      if (!allowed(unit) || (keeps && !keeps(index, unit))) continue;
      const start = Math.max(codingStart, document.starts[at]);
      const end = Math.min(codingEnd, document.ends[at]);
      if (start >= end) continue;
      let hits = byUnit.get(unit);
      if (!hits) {
        hits = { unit, documentId, ranges: [] };
        byUnit.set(unit, hits);
      }
      for (const term of termsOfCode.get(coded.codeIds[index]) ?? [])
        hits.ranges.push({ start, end, term, coderId: coded.coderIds[index] });
    }
  }

  const found: { unit: number; documentId: number; range: Range; touching: CodedRange[] }[] = [];
  for (const hits of byUnit.values()) {
    const terms: Range[][] = termCodes.map(() => []);
    for (const range of hits.ranges) terms[range.term].push(range);
    for (const range of evaluateInUnit(terms, operators)) {
      const touching = hits.ranges.filter((coded) => coded.start < range.end && range.start < coded.end);
      found.push({ unit: hits.unit, documentId: hits.documentId, range, touching });
    }
  }

  const documentRows = new Map(
    db
      .select({ id: documents.id, title: documents.title, kind: documents.kind, wave: waves.label })
      .from(documents)
      .leftJoin(waves, eq(waves.id, documents.waveId))
      .where(eq(documents.projectId, projectId))
      .all()
      .map((row) => [row.id, row]),
  );
  const sortKey = (documentId: number) => documentRows.get(documentId);
  found.sort((a, b) => {
    const x = sortKey(a.documentId)!;
    const y = sortKey(b.documentId)!;
    return (
      (x.wave ?? "").localeCompare(y.wave ?? "") ||
      x.title.localeCompare(y.title) ||
      x.id - y.id ||
      a.range.start - b.range.start
    );
  });

  const pageSize = options.all ? Math.max(1, found.length) : (options.pageSize ?? RETRIEVAL_PAGE_SIZE);
  const pageCount = Math.max(1, Math.ceil(found.length / pageSize));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  const pageFound = found.slice((page - 1) * pageSize, page * pageSize);

  const sources = unitSources(
    db,
    frame,
    pageFound.map((item) => item.unit),
  );
  const participantIds = [...sources.values()].flatMap((s) =>
    s.kind === "turn" && s.participantId ? [s.participantId] : [],
  );
  const respondentIds = [...sources.values()].flatMap((s) => (s.kind === "answer" ? [s.respondentId] : []));
  const values = attributeValues(db, projectId, participantIds, respondentIds);
  const coderIds = [...new Set(pageFound.flatMap((item) => item.touching.map((coded) => coded.coderId)))];
  const coderNames = new Map(
    coderIds.length === 0
      ? []
      : db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(inArray(users.id, coderIds))
          .all()
          .map((row) => [row.id, row.name]),
  );
  const termInfo = termCodes.map(({ id, name, colour }) => ({ id, name, colour }));
  const rows: CodeQueryPassage[] = pageFound.map((item) => {
    const document = documentRows.get(item.documentId)!;
    const source = sources.get(item.unit)!;
    const terms = [...new Set(item.touching.map((coded) => coded.term))].sort((a, b) => a - b);
    return {
      documentId: document.id,
      documentTitle: document.title,
      documentKind: document.kind,
      wave: document.wave,
      start: item.range.start,
      end: item.range.end,
      text: "",
      source,
      attributes:
        (source.kind === "turn"
          ? source.participantId === null
            ? undefined
            : values.participants.get(source.participantId)
          : values.respondents.get(source.respondentId)) ?? {},
      codes: terms.map((term) => termInfo[term]),
      coders: [...new Set(item.touching.map((coded) => coderNames.get(coded.coderId) ?? ""))].sort(),
      context: null,
    };
  });
  attachContext(db, rows);
  for (const row of rows) {
    if (row.context) row.text = row.context.text.slice(row.start - row.context.start, row.end - row.context.start);
  }
  return {
    name: describeCodeQuery(
      termCodes.map((code) => code.name),
      operators,
    ),
    codes: termInfo,
    rows,
    total: found.length,
    unitCount: new Set(found.map((item) => item.unit)).size,
    page,
    pageCount,
    pageSize,
  };
}
