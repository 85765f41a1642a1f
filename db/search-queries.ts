import type { Statement } from "better-sqlite3";
import type { Db } from "./client";

/*
 * Raw FTS5 SQL for full-text search over turns and answers (drizzle cannot express MATCH, bm25()
 * or snippet()). `match` is always an expression built by lib/search/fts-query.ts, whose every
 * term is quoted, so nothing a researcher types acts as FTS5 syntax.
 */

/** Private-use characters around each highlighted term in a snippet: they never occur in survey or transcript text. */
export const SNIPPET_OPEN = "\uE000";
export const SNIPPET_CLOSE = "\uE001";
export const SNIPPET_ELLIPSIS = "…";
/** Tokens of context a snippet shows around its hits. */
const SNIPPET_TOKENS = 24;
/**
 * FTS5's snippet() runs only on units up to this many characters: its cost grows with the square
 * of the hits inside one unit (seconds for a 190,000-character turn). Longer units come back as
 * their first SNIPPET_HEAD_CHARS characters, in which lib/search cuts a snippet in bounded time.
 */
export const SNIPPET_SQL_MAX_CHARS = 2_000;
export const SNIPPET_HEAD_CHARS = 40_000;

export type SearchUnitKind = "turn" | "answer";

export interface RankedUnitRow {
  kind: SearchUnitKind;
  unitId: number;
  documentId: number;
  /** bm25: lower is better. Scores of turns and answers come from two indexes, so they compare only roughly. */
  rank: number;
  startOffset: number;
  endOffset: number;
  /**
   * FTS5 snippet() with SNIPPET_OPEN / SNIPPET_CLOSE around hits, or the whole text when `withText`;
   * null for a unit longer than SNIPPET_SQL_MAX_CHARS, which comes as `head` instead.
   */
  excerpt: string | null;
  /** The first SNIPPET_HEAD_CHARS characters of a unit too long for snippet(), else null. */
  head: string | null;
}

export interface RankedUnitsOptions {
  projectId: number;
  match: string;
  /** Rows wanted from each index (the caller merges both lists by rank). */
  limit: number;
  /** The unit's whole text instead of a snippet (for coding every hit). */
  withText?: boolean;
  /** Only units of these documents. */
  documentIds?: readonly number[];
}

const statements = new WeakMap<Db, Map<string, Statement>>();

function prepared(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.$client.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

const TABLES = {
  turn: { fts: "turns_fts", units: "turns" },
  answer: { fts: "answers_fts", units: "answers" },
} as const;

/**
 * The excerpt and head columns of a ranked query: the unit's text when `withText`, else a snippet for
 * a unit up to SNIPPET_SQL_MAX_CHARS long (as `long` measures it) and the opening of a longer one.
 */
function excerptColumns(fts: string, text: string, long: string, withText: boolean): string {
  if (withText) return `${text} as excerpt, null as head`;
  const snippet = `snippet(${fts}, 0, char(57344), char(57345), '${SNIPPET_ELLIPSIS}', ${SNIPPET_TOKENS})`;
  return `case when ${long} then null else ${snippet} end as excerpt,
    case when ${long} then substr(${text}, 1, ${SNIPPET_HEAD_CHARS}) end as head`;
}

function rankedSql(kind: SearchUnitKind, withText: boolean, documentCount: number): string {
  const { fts, units } = TABLES[kind];
  // The unit's length in UTF-16 code units, read from its offsets rather than its (maybe huge) text.
  const excerpt = excerptColumns(fts, "u.text", `u.end_offset - u.start_offset > ${SNIPPET_SQL_MAX_CHARS}`, withText);
  const documents =
    documentCount > 0 ? ` and u.document_id in (${Array.from({ length: documentCount }, () => "?").join(", ")})` : "";
  // The FTS table drives the loop and FTS5 consumes ORDER BY rank, so rows arrive ranked, the
  // project filter is a key lookup per row, and snippet() runs only for the rows LIMIT keeps.
  return `select '${kind}' as kind, u.id as unitId, u.document_id as documentId, ${fts}.rank as rank,
      u.start_offset as startOffset, u.end_offset as endOffset, ${excerpt}
    from ${fts}
    join ${units} u on u.id = ${fts}.rowid
    join documents d on d.id = u.document_id
    where ${fts} match ? and d.project_id = ?${documents}
    order by ${fts}.rank
    limit ?`;
}

/**
 * The index-only ranking: bm25 computed in the outer query, so SQLite keeps a top-`limit` heap and
 * computes the excerpt only for rows that enter it. (ORDER BY rank makes FTS5 sort every match in
 * full first: two thirds slower on a word in 30,000 answers.) No join, so it cannot filter by project.
 */
function indexOnlySql(kind: SearchUnitKind, withText: boolean): string {
  const { fts } = TABLES[kind];
  // Characters rather than UTF-16 units here, as the offsets are not read: the cut only bounds snippet()'s cost.
  const excerpt = excerptColumns(fts, `${fts}.text`, `length(${fts}.text) > ${SNIPPET_SQL_MAX_CHARS}`, withText);
  return `select rowid as unitId, bm25(${fts}) as rank, ${excerpt}
    from ${fts} where ${fts} match ? order by rank, rowid limit ?`;
}

function placesSql(kind: SearchUnitKind): string {
  const { units } = TABLES[kind];
  return `select u.id as unitId, u.document_id as documentId, u.start_offset as startOffset, u.end_offset as endOffset
    from ${units} u join documents d on d.id = u.document_id
    where u.id in (select value from json_each(?)) and d.project_id = ?`;
}

const DOCUMENT_KIND = { turn: "transcript", answer: "question" } as const;
/** Past this many index rows per row wanted, the joined query costs less than ranking the index alone. */
const MOST_INDEX_ROWS_PER_ROW = 4;

/** This project's share of the text of its kind (turns or answers) in the database: 1 when no other project has any. */
function projectShare(db: Db, kind: SearchUnitKind, projectId: number): number {
  const { mine, everyone } = prepared(
    db,
    `select coalesce(sum(case when project_id = ? then text_length end), 0) as mine,
      coalesce(sum(text_length), 0) as everyone from documents where kind = ?`,
  ).get(projectId, DOCUMENT_KIND[kind]) as { mine: number; everyone: number };
  return mine === everyone ? 1 : mine / everyone;
}

/**
 * Ranks the whole index keeping its best `rows`, then keeps the project's among them, with their places.
 * Null when fewer than `limit` are the project's and the index had more: the project's best may lie beyond.
 */
function rankedFromIndex(
  db: Db,
  kind: SearchUnitKind,
  options: RankedUnitsOptions,
  rows: number,
): RankedUnitRow[] | null {
  const ranked = prepared(db, indexOnlySql(kind, options.withText ?? false)).all(options.match, rows) as Omit<
    RankedUnitRow,
    "kind" | "documentId" | "startOffset" | "endOffset"
  >[];
  if (ranked.length === 0) return [];
  const places = new Map(
    (
      prepared(db, placesSql(kind)).all(JSON.stringify(ranked.map((row) => row.unitId)), options.projectId) as Pick<
        RankedUnitRow,
        "unitId" | "documentId" | "startOffset" | "endOffset"
      >[]
    ).map((row) => [row.unitId, row]),
  );
  const kept = ranked.flatMap((row) => {
    const place = places.get(row.unitId);
    return place ? [{ kind, ...row, ...place }] : [];
  });
  if (kept.length < options.limit && ranked.length === rows) return null;
  return kept.slice(0, options.limit);
}

/** The best-ranked turns or answers of one project matching `match`, best first. */
export function rankedUnits(db: Db, kind: SearchUnitKind, options: RankedUnitsOptions): RankedUnitRow[] {
  const documentIds = options.documentIds ?? [];
  if (documentIds.length === 0) {
    // When the index is all the project's, its best rows are the project's best; otherwise rank
    // enough that, at the project's share of the text, about half as many again are its own.
    const share = projectShare(db, kind, options.projectId);
    const rows = share === 1 ? options.limit : Math.ceil((options.limit * 1.5) / share);
    if (rows <= options.limit * MOST_INDEX_ROWS_PER_ROW) {
      const fromIndex = rankedFromIndex(db, kind, options, rows);
      if (fromIndex) return fromIndex;
    }
  }
  return prepared(db, rankedSql(kind, options.withText ?? false, documentIds.length)).all(
    options.match,
    options.projectId,
    ...documentIds,
    options.limit,
  ) as RankedUnitRow[];
}

/** How many turns or answers of the project match, counting at most `cap` (counting every hit of a common word is slow). */
export function countUnitHits(db: Db, kind: SearchUnitKind, projectId: number, match: string, cap: number): number {
  const { fts, units } = TABLES[kind];
  const row = prepared(
    db,
    `select count(*) as n from (
      select 1 from ${fts}
      join ${units} u on u.id = ${fts}.rowid
      join documents d on d.id = u.document_id
      where ${fts} match ? and d.project_id = ?
      limit ?
    )`,
  ).get(match, projectId, cap) as { n: number };
  return row.n;
}

const vocabularyReady = new WeakSet<Db>();

/**
 * Words the full-text index holds from `from` up to (not including) `to`, across turns and
 * answers, at most `limit`. Read through fts5vocab tables in the connection's temp schema, so
 * nothing is added to the database file (no migration): they only look at the existing index.
 */
export function indexedWords(db: Db, from: string, to: string, limit: number): string[] {
  if (!vocabularyReady.has(db)) {
    for (const { fts } of Object.values(TABLES)) {
      db.$client.exec(`create virtual table if not exists temp.${fts}_words using fts5vocab(main, ${fts}, row)`);
    }
    vocabularyReady.add(db);
  }
  const rows = prepared(
    db,
    `select term from temp.turns_fts_words where term >= ? and term < ?
     union select term from temp.answers_fts_words where term >= ? and term < ?
     limit ?`,
  ).all(from, to, from, to, limit) as { term: string }[];
  return rows.map((row) => row.term);
}
