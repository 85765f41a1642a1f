import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  answers,
  attributes,
  codes,
  codings,
  documents,
  participantAttributes,
  participants,
  respondentAttributes,
  respondents,
  segments,
  turns,
  users,
  waves,
} from "../../db/schema";
import { orderAttributeNames } from "../answers/attribute-order";
import { descendantIds } from "../coding/code-tree";
import { AppError } from "../errors";

export interface RetrievalFilter {
  codeId: number;
  /** Also every code below it in the tree. */
  includeSubcodes?: boolean;
  /** Wave labels ("2023"); empty or absent: every wave. */
  waves?: readonly string[];
  /** Attribute name → the values kept; a segment whose speaker or respondent lacks the attribute is left out. */
  attributes?: Readonly<Record<string, readonly string[]>>;
  documentIds?: readonly number[];
  coderIds?: readonly number[];
}

export type SegmentSource =
  | { kind: "turn"; unitId: number; speaker: string | null; participantId: number | null }
  | { kind: "answer"; unitId: number; respondentId: number; respondentExternalId: string };

export interface RetrievedSegment {
  codingId: number;
  segmentId: number;
  codeId: number;
  codeName: string;
  colour: string;
  documentId: number;
  documentTitle: string;
  documentKind: "transcript" | "question";
  wave: string | null;
  coderId: number;
  coderName: string;
  codedAt: Date;
  /** UTF-16 offsets into the document's text, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** The turn or answer the segment starts in; null if it starts between them. */
  source: SegmentSource | null;
  /** The speaker's or respondent's attributes. */
  attributes: Record<string, string>;
  /** The whole turn or answer, and where it starts in the document; filled for the returned page only. */
  context: { text: string; start: number } | null;
}

export interface CodeCount {
  codeId: number;
  name: string;
  /** 0 for the retrieved code, 1 for its subcodes, and so on. */
  depth: number;
  count: number;
}

export interface Retrieval {
  code: { id: number; name: string; colour: string };
  rows: RetrievedSegment[];
  /** Codings left after every filter, and per code (the retrieved code and, if asked, its subcodes). */
  total: number;
  counts: CodeCount[];
  page: number;
  pageCount: number;
  pageSize: number;
}

export const RETRIEVAL_PAGE_SIZE = 100;

const IN_CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += IN_CHUNK) result.push(items.slice(index, index + IN_CHUNK));
  return result;
}

interface Unit {
  id: number;
  start: number;
  end: number;
  source: SegmentSource;
}

/** Per document, its units sorted by start, so a segment's unit is a binary search away. */
function unitsByDocument(db: Db, transcriptIds: number[], questionIds: number[]): Map<number, Unit[]> {
  const byDocument = new Map<number, Unit[]>();
  const add = (documentId: number, unit: Unit) => {
    const list = byDocument.get(documentId);
    if (list) list.push(unit);
    else byDocument.set(documentId, [unit]);
  };
  for (const ids of chunks(transcriptIds)) {
    for (const row of db
      .select({
        id: turns.id,
        documentId: turns.documentId,
        start: turns.startOffset,
        end: turns.endOffset,
        speaker: turns.speaker,
        participantId: turns.participantId,
        participantName: participants.name,
      })
      .from(turns)
      .leftJoin(participants, eq(participants.id, turns.participantId))
      .where(inArray(turns.documentId, ids))
      .all()) {
      add(row.documentId, {
        id: row.id,
        start: row.start,
        end: row.end,
        source: {
          kind: "turn",
          unitId: row.id,
          speaker: row.participantName ?? row.speaker,
          participantId: row.participantId,
        },
      });
    }
  }
  for (const ids of chunks(questionIds)) {
    for (const row of db
      .select({
        id: answers.id,
        documentId: answers.documentId,
        start: answers.startOffset,
        end: answers.endOffset,
        respondentId: answers.respondentId,
        externalId: respondents.externalId,
      })
      .from(answers)
      .innerJoin(respondents, eq(respondents.id, answers.respondentId))
      .where(inArray(answers.documentId, ids))
      .all()) {
      add(row.documentId, {
        id: row.id,
        start: row.start,
        end: row.end,
        source: {
          kind: "answer",
          unitId: row.id,
          respondentId: row.respondentId,
          respondentExternalId: row.externalId,
        },
      });
    }
  }
  for (const list of byDocument.values()) list.sort((a, b) => a.start - b.start);
  return byDocument;
}

function unitContaining(units: readonly Unit[] | undefined, offset: number): Unit | null {
  if (!units) return null;
  let low = 0;
  let high = units.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const unit = units[middle];
    if (offset < unit.start) high = middle - 1;
    else if (offset >= unit.end) low = middle + 1;
    else return unit;
  }
  return null;
}

function attributeValues(
  db: Db,
  projectId: number,
  participantIds: number[],
  respondentIds: number[],
): { participants: Map<number, Record<string, string>>; respondents: Map<number, Record<string, string>> } {
  const result = {
    participants: new Map<number, Record<string, string>>(),
    respondents: new Map<number, Record<string, string>>(),
  };
  const put = (map: Map<number, Record<string, string>>, id: number, name: string, value: string) => {
    const current = map.get(id);
    if (current) current[name] = value;
    else map.set(id, { [name]: value });
  };
  for (const ids of chunks(participantIds)) {
    for (const row of db
      .select({ id: participantAttributes.participantId, name: attributes.name, value: participantAttributes.value })
      .from(participantAttributes)
      .innerJoin(
        attributes,
        and(eq(attributes.id, participantAttributes.attributeId), eq(attributes.projectId, projectId)),
      )
      .where(inArray(participantAttributes.participantId, ids))
      .all()) {
      put(result.participants, row.id, row.name, row.value);
    }
  }
  for (const ids of chunks(respondentIds)) {
    for (const row of db
      .select({ id: respondentAttributes.respondentId, name: attributes.name, value: respondentAttributes.value })
      .from(respondentAttributes)
      .innerJoin(
        attributes,
        and(eq(attributes.id, respondentAttributes.attributeId), eq(attributes.projectId, projectId)),
      )
      .where(inArray(respondentAttributes.respondentId, ids))
      .all()) {
      put(result.respondents, row.id, row.name, row.value);
    }
  }
  return result;
}

/** Fills in each row's turn or answer text (one query per kind and chunk). */
function attachContext(db: Db, rows: RetrievedSegment[]): void {
  const turnIds = [...new Set(rows.flatMap((row) => (row.source?.kind === "turn" ? [row.source.unitId] : [])))];
  const answerIds = [...new Set(rows.flatMap((row) => (row.source?.kind === "answer" ? [row.source.unitId] : [])))];
  const texts = new Map<string, { text: string; start: number }>();
  for (const ids of chunks(turnIds)) {
    for (const row of db
      .select({ id: turns.id, text: turns.text, start: turns.startOffset })
      .from(turns)
      .where(inArray(turns.id, ids))
      .all()) {
      texts.set(`turn:${row.id}`, { text: row.text, start: row.start });
    }
  }
  for (const ids of chunks(answerIds)) {
    for (const row of db
      .select({ id: answers.id, text: answers.text, start: answers.startOffset })
      .from(answers)
      .where(inArray(answers.id, ids))
      .all()) {
      texts.set(`answer:${row.id}`, { text: row.text, start: row.start });
    }
  }
  for (const row of rows) {
    row.context = row.source ? (texts.get(`${row.source.kind}:${row.source.unitId}`) ?? null) : null;
  }
}

function keeps(filter: RetrievalFilter["attributes"], values: Record<string, string>): boolean {
  for (const [name, allowed] of Object.entries(filter ?? {})) {
    if (allowed.length === 0) continue;
    const value = values[name];
    if (value === undefined || !allowed.includes(value)) return false;
  }
  return true;
}

/**
 * Every coding of a code (and, if asked, of its subcodes) with its segment, source, speaker or
 * respondent attributes, wave and coder, narrowed by the filters; counts per code follow the
 * filters. A handful of set-based queries: the codings, the units of their documents (offsets
 * only), the attributes of the speakers and respondents involved, then the page's context text.
 * @throws AppError "not_found" for a code outside the project.
 */
export function retrieveSegments(
  db: Db,
  projectId: number,
  filter: RetrievalFilter,
  options: { page?: number; pageSize?: number; all?: boolean } = {},
): Retrieval {
  const codeRows = db
    .select({
      id: codes.id,
      parentId: codes.parentId,
      name: codes.name,
      colour: codes.colour,
      position: codes.position,
      archivedAt: codes.archivedAt,
    })
    .from(codes)
    .where(eq(codes.projectId, projectId))
    .all();
  const code = codeRows.find((row) => row.id === filter.codeId);
  if (!code) throw new AppError("not_found", "Code not found.");
  const treeItems = codeRows.map((row) => ({ ...row, archived: row.archivedAt !== null }));
  const codeIds = [code.id, ...(filter.includeSubcodes ? descendantIds(treeItems, code.id) : [])];
  const depthOf = (id: number): number => {
    let depth = 0;
    let current = codeRows.find((row) => row.id === id);
    while (current && current.id !== code.id) {
      depth++;
      current = codeRows.find((row) => row.id === current!.parentId);
    }
    return depth;
  };

  const conditions: SQL[] = [eq(codings.projectId, projectId), inArray(codings.codeId, codeIds)];
  if (filter.documentIds?.length) conditions.push(inArray(segments.documentId, [...filter.documentIds]));
  if (filter.coderIds?.length) conditions.push(inArray(codings.coderId, [...filter.coderIds]));
  if (filter.waves?.length) conditions.push(inArray(waves.label, [...filter.waves]));
  const codingRows = db
    .select({
      codingId: codings.id,
      segmentId: segments.id,
      codeId: codes.id,
      codeName: codes.name,
      colour: codes.colour,
      documentId: documents.id,
      documentTitle: documents.title,
      documentKind: documents.kind,
      wave: waves.label,
      coderId: users.id,
      coderName: users.name,
      codedAt: codings.createdAt,
      start: segments.startOffset,
      end: segments.endOffset,
      text: segments.text,
    })
    .from(codings)
    .innerJoin(segments, eq(segments.id, codings.segmentId))
    .innerJoin(codes, eq(codes.id, codings.codeId))
    .innerJoin(users, eq(users.id, codings.coderId))
    .innerJoin(documents, eq(documents.id, segments.documentId))
    .leftJoin(waves, eq(waves.id, documents.waveId))
    .where(and(...conditions))
    .orderBy(
      asc(waves.label),
      asc(documents.title),
      asc(documents.id),
      asc(segments.startOffset),
      asc(segments.endOffset),
      asc(codings.id),
    )
    .all();

  const transcriptIds = [
    ...new Set(codingRows.filter((r) => r.documentKind === "transcript").map((r) => r.documentId)),
  ];
  const questionIds = [...new Set(codingRows.filter((r) => r.documentKind === "question").map((r) => r.documentId))];
  const units = unitsByDocument(db, transcriptIds, questionIds);
  const sources = codingRows.map((row) => unitContaining(units.get(row.documentId), row.start)?.source ?? null);
  const participantIds = new Set<number>();
  const respondentIds = new Set<number>();
  for (const source of sources) {
    if (source?.kind === "turn" && source.participantId !== null) participantIds.add(source.participantId);
    if (source?.kind === "answer") respondentIds.add(source.respondentId);
  }
  const values = attributeValues(db, projectId, [...participantIds], [...respondentIds]);

  const rows: RetrievedSegment[] = [];
  codingRows.forEach((row, index) => {
    const source = sources[index];
    const rowAttributes =
      (source?.kind === "turn" && source.participantId !== null
        ? values.participants.get(source.participantId)
        : source?.kind === "answer"
          ? values.respondents.get(source.respondentId)
          : undefined) ?? {};
    if (!keeps(filter.attributes, rowAttributes)) return;
    rows.push({ ...row, source, attributes: rowAttributes, context: null });
  });

  const perCode = new Map<number, number>();
  for (const row of rows) perCode.set(row.codeId, (perCode.get(row.codeId) ?? 0) + 1);
  const pageSize = options.all ? Math.max(1, rows.length) : (options.pageSize ?? RETRIEVAL_PAGE_SIZE);
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  const pageRows = rows.slice((page - 1) * pageSize, page * pageSize);
  attachContext(db, pageRows);
  return {
    code: { id: code.id, name: code.name, colour: code.colour },
    rows: pageRows,
    total: rows.length,
    counts: codeIds.map((id) => ({
      codeId: id,
      name: codeRows.find((row) => row.id === id)!.name,
      depth: depthOf(id),
      count: perCode.get(id) ?? 0,
    })),
    page,
    pageCount,
    pageSize,
  };
}

export interface RetrievalChoices {
  waves: string[];
  /** Attribute names (standard ones first) with the values speakers and respondents have. */
  attributes: { name: string; values: string[] }[];
  documents: { id: number; title: string; kind: "transcript" | "question"; wave: string | null }[];
  coders: { id: number; name: string }[];
}

/** What the retrieval filters can offer in a project. */
export function listRetrievalChoices(db: Db, projectId: number): RetrievalChoices {
  const waveLabels = db
    .select({ label: waves.label })
    .from(waves)
    .where(eq(waves.projectId, projectId))
    .orderBy(asc(waves.label))
    .all()
    .map((row) => row.label);
  const values = new Map<string, Set<string>>();
  const add = (name: string, value: string) => {
    const set = values.get(name);
    if (set) set.add(value);
    else values.set(name, new Set([value]));
  };
  for (const row of db
    .selectDistinct({ name: attributes.name, value: respondentAttributes.value })
    .from(respondentAttributes)
    .innerJoin(attributes, eq(attributes.id, respondentAttributes.attributeId))
    .where(eq(attributes.projectId, projectId))
    .all()) {
    add(row.name, row.value);
  }
  for (const row of db
    .selectDistinct({ name: attributes.name, value: participantAttributes.value })
    .from(participantAttributes)
    .innerJoin(attributes, eq(attributes.id, participantAttributes.attributeId))
    .where(eq(attributes.projectId, projectId))
    .all()) {
    add(row.name, row.value);
  }
  const documentRows = db
    .select({ id: documents.id, title: documents.title, kind: documents.kind, wave: waves.label })
    .from(documents)
    .leftJoin(waves, eq(waves.id, documents.waveId))
    .where(eq(documents.projectId, projectId))
    .orderBy(asc(documents.kind), asc(documents.title), asc(waves.label))
    .all();
  const coders = db
    .selectDistinct({ id: users.id, name: users.name })
    .from(codings)
    .innerJoin(users, eq(users.id, codings.coderId))
    .where(eq(codings.projectId, projectId))
    .orderBy(asc(users.name))
    .all();
  return {
    waves: waveLabels,
    attributes: orderAttributeNames(values.keys()).map((name) => ({
      name,
      values: [...values.get(name)!].sort((a, b) => a.localeCompare(b, "en-GB")),
    })),
    documents: documentRows,
    coders,
  };
}
