import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { answers, documents, participants, respondents, turns, waves } from "../../db/schema";
import { countUnitHits, type RankedUnitRow, rankedUnits, type SearchUnitKind } from "../../db/search-queries";
import { AppError } from "../errors";
import { boundedSnippet } from "./bounded-snippet";
import { type FtsTerm, TOO_COMPLEX_MESSAGE } from "./fts-query";
import { type SnippetPart, snippetParts } from "./snippet-parts";
import { parseStemmedQuery } from "./stemmed-query";

export const SEARCH_PAGE_SIZE = 50;
/** Paging stops here: refine the search rather than page through thousands of hits. */
export const SEARCH_MAX_PAGES = 40;
/** Hits are counted as far as paging reaches (per kind); beyond it the page says "more than". */
export const SEARCH_COUNT_CAP = SEARCH_MAX_PAGES * SEARCH_PAGE_SIZE;
/**
 * Work one search may take on the server's only thread. A query cannot be interrupted, so the
 * budget is checked between steps: past it, the search stops with NARROW_SEARCH_MESSAGE, or (once
 * its hits are ranked) cuts the remaining snippets from the units' openings without looking for hits.
 */
export const SEARCH_BUDGET_MS = 2_000;
export const NARROW_SEARCH_MESSAGE =
  "This search takes too long to answer. Narrow it: add a word, search for a phrase in quote marks, or use fewer OR.";

export interface SearchHit {
  kind: SearchUnitKind;
  /** The turn's or answer's id. */
  unitId: number;
  documentId: number;
  documentTitle: string;
  documentKind: "transcript" | "question";
  wave: string | null;
  /** The speaker of a turn, or the respondent's id for an answer. */
  source: string | null;
  startOffset: number;
  endOffset: number;
  rank: number;
  snippet: SnippetPart[];
}

export interface SearchResult {
  query: string;
  terms: string[];
  hits: SearchHit[];
  /** Turns and answers that match, each kind counted up to SEARCH_COUNT_CAP. */
  total: number;
  totalIsLowerBound: boolean;
  page: number;
  pageCount: number;
  pageSize: number;
}

interface UnitDetails {
  documentTitle: string;
  documentKind: "transcript" | "question";
  wave: string | null;
  source: string | null;
}

/** Runs a MATCH, turning an FTS5 refusal (which quoting should prevent) into a message, never a 500. */
function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof Error && /parser stack overflow/i.test(error.message)) {
      throw new AppError("invalid_input", TOO_COMPLEX_MESSAGE);
    }
    if (error instanceof Error && /fts5|MATCH/i.test(error.message)) {
      throw new AppError("invalid_input", "This search could not be run. Check its quote marks and brackets.");
    }
    throw error;
  }
}

/** Throws NARROW_SEARCH_MESSAGE once `budgetMs` has passed since `started`. */
function budget(budgetMs: number) {
  const started = performance.now();
  return {
    spent: () => performance.now() - started >= budgetMs,
    check: () => {
      if (performance.now() - started >= budgetMs) throw new AppError("invalid_input", NARROW_SEARCH_MESSAGE);
    },
  };
}

function mergeByRank(lists: RankedUnitRow[][]): RankedUnitRow[] {
  return lists.flat().sort((a, b) => a.rank - b.rank || a.kind.localeCompare(b.kind) || a.unitId - b.unitId);
}

/** Titles, waves and speakers (or respondent ids) for a page of hits, a few set-based queries. */
function unitDetails(db: Db, projectId: number, rows: RankedUnitRow[]): Map<string, UnitDetails> {
  const details = new Map<string, UnitDetails>();
  const documentIds = [...new Set(rows.map((row) => row.documentId))];
  if (documentIds.length === 0) return details;
  const documentRows = new Map(
    db
      .select({ id: documents.id, title: documents.title, kind: documents.kind, wave: waves.label })
      .from(documents)
      .leftJoin(waves, eq(waves.id, documents.waveId))
      .where(and(eq(documents.projectId, projectId), inArray(documents.id, documentIds)))
      .all()
      .map((row) => [row.id, row]),
  );
  const turnIds = rows.filter((row) => row.kind === "turn").map((row) => row.unitId);
  const answerIds = rows.filter((row) => row.kind === "answer").map((row) => row.unitId);
  const speakers = new Map(
    turnIds.length === 0
      ? []
      : db
          .select({ id: turns.id, speaker: turns.speaker, participant: participants.name })
          .from(turns)
          .leftJoin(participants, eq(participants.id, turns.participantId))
          .where(inArray(turns.id, turnIds))
          .all()
          .map((row) => [row.id, row.participant ?? row.speaker]),
  );
  const respondentIds = new Map(
    answerIds.length === 0
      ? []
      : db
          .select({ id: answers.id, externalId: respondents.externalId })
          .from(answers)
          .innerJoin(respondents, eq(respondents.id, answers.respondentId))
          .where(inArray(answers.id, answerIds))
          .all()
          .map((row) => [row.id, row.externalId]),
  );
  for (const row of rows) {
    const document = documentRows.get(row.documentId);
    if (!document) continue;
    details.set(`${row.kind}:${row.unitId}`, {
      documentTitle: document.title,
      documentKind: document.kind,
      wave: document.wave,
      source: (row.kind === "turn" ? speakers.get(row.unitId) : respondentIds.get(row.unitId)) ?? null,
    });
  }
  return details;
}

function toHits<T>(db: Db, projectId: number, rows: RankedUnitRow[], excerpt: (row: RankedUnitRow) => T) {
  const details = unitDetails(db, projectId, rows);
  return rows.flatMap((row): (Omit<SearchHit, "snippet"> & { snippet: T })[] => {
    const detail = details.get(`${row.kind}:${row.unitId}`);
    if (!detail) return [];
    return [
      {
        kind: row.kind,
        unitId: row.unitId,
        documentId: row.documentId,
        ...detail,
        startOffset: row.startOffset,
        endOffset: row.endOffset,
        rank: row.rank,
        snippet: excerpt(row),
      },
    ];
  });
}

/**
 * Full-text search over a project's turns and answers: one page of hits, best first (bm25), each
 * with a highlighted snippet and where it is. A plain word also finds its word forms (caseload:
 * caseloads, caseloading); in quote marks it is matched exactly. Malformed searches throw a message for the researcher.
 * @throws AppError "invalid_input"
 */
export function searchProject(
  db: Db,
  projectId: number,
  query: string,
  options: { page?: number; pageSize?: number; budgetMs?: number } = {},
): SearchResult {
  const { match, terms, located } = parseStemmedQuery(db, query);
  const pageSize = options.pageSize ?? SEARCH_PAGE_SIZE;
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), SEARCH_MAX_PAGES);
  const time = budget(options.budgetMs ?? SEARCH_BUDGET_MS);
  return guarded(() => {
    const wanted = page * pageSize;
    const turnRows = rankedUnits(db, "turn", { projectId, match, limit: wanted });
    time.check();
    const answerRows = rankedUnits(db, "answer", { projectId, match, limit: wanted });
    time.check();
    const ranked = mergeByRank([turnRows, answerRows]).slice((page - 1) * pageSize, wanted);
    // One past the cap tells "exactly the cap" from "more than it".
    const turnCount = countUnitHits(db, "turn", projectId, match, SEARCH_COUNT_CAP + 1);
    const answerCount = countUnitHits(db, "answer", projectId, match, SEARCH_COUNT_CAP + 1);
    const total = Math.min(turnCount, SEARCH_COUNT_CAP) + Math.min(answerCount, SEARCH_COUNT_CAP);
    return {
      query,
      terms,
      hits: toHits(db, projectId, ranked, (row) =>
        row.excerpt !== null
          ? snippetParts(row.excerpt)
          : boundedSnippet(row.head ?? "", located, {
              continues: (row.head ?? "").length < row.endOffset - row.startOffset,
              scanLimit: time.spent() ? 0 : undefined,
            }),
      ),
      total,
      totalIsLowerBound: turnCount > SEARCH_COUNT_CAP || answerCount > SEARCH_COUNT_CAP,
      page,
      pageCount: Math.max(1, Math.min(SEARCH_MAX_PAGES, Math.ceil(total / pageSize))),
      pageSize,
    };
  });
}

export interface CodableHit extends Omit<SearchHit, "snippet"> {
  /** The turn's or answer's whole text, in which the terms are located. */
  text: string;
}

export interface CodableHits {
  query: string;
  terms: FtsTerm[];
  hits: CodableHit[];
  /** True when there were more hits than `limit`: only the best-ranked were listed. */
  truncated: boolean;
}

export const CODE_ALL_HITS_LIMIT = 2000;

/** Every hit (up to `limit`, best first) with its whole text, for reviewing before coding them all. */
export function listCodableHits(db: Db, projectId: number, query: string, limit = CODE_ALL_HITS_LIMIT): CodableHits {
  const { match, located: terms } = parseStemmedQuery(db, query);
  const time = budget(SEARCH_BUDGET_MS);
  return guarded(() => {
    const turnRows = rankedUnits(db, "turn", { projectId, match, limit: limit + 1, withText: true });
    time.check();
    const answerRows = rankedUnits(db, "answer", { projectId, match, limit: limit + 1, withText: true });
    time.check();
    const ranked = mergeByRank([turnRows, answerRows]);
    const hits = toHits(db, projectId, ranked.slice(0, limit), (row) => row.excerpt ?? "").map(
      ({ snippet, ...hit }) => ({ ...hit, text: snippet }),
    );
    return { query, terms, hits, truncated: ranked.length > limit };
  });
}
