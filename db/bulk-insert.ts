import type Database from "better-sqlite3";
import { getTableColumns, getTableName, type Table } from "drizzle-orm";
import type { Db } from "./client";

type SqlValue = string | number | null;

/**
 * Rows per multi-row INSERT in batched imports. Every statement run pays a fixed cost (the call
 * from JavaScript, binding, stepping, resetting), so one run of 64 rows costs far less than 64
 * single-row runs; larger batches measured no faster.
 */
export const ROWS_PER_STATEMENT = 64;

/**
 * A prepared single-row insert for hot import loops. Drizzle's multi-row `values([...])` builds
 * a new SQL string per batch, which dominated large imports; one prepared statement reused
 * inside the caller's transaction costs what a raw insert costs. Returns the new rowid.
 */
export function bulkInserter<T extends Table>(db: Db, table: T, columns: (keyof T["$inferInsert"] & string)[]) {
  const statement = insertStatements(db, table, columns)(1);
  return (values: SqlValue[]): number => Number(statement.run(...values).lastInsertRowid);
}

export interface BatchInserter {
  /** Queues one row; every `ROWS_PER_STATEMENT` rows go to the database in one statement. */
  add(values: SqlValue[]): void;
  /** Sends the rows still queued. Call it after the last `add`, inside the same transaction. */
  flush(): void;
}

/**
 * Multi-row inserts for imports that do not need the new rowids: rows are queued and sent
 * `ROWS_PER_STATEMENT` at a time through one prepared statement. A constraint failure throws
 * from the `add` or `flush` that sends the row, so the caller's transaction rolls back as before.
 */
export function batchInserter<T extends Table>(
  db: Db,
  table: T,
  columns: (keyof T["$inferInsert"] & string)[],
): BatchInserter {
  const statementFor = insertStatements(db, table, columns);
  const full = statementFor(ROWS_PER_STATEMENT);
  const batchSize = ROWS_PER_STATEMENT * columns.length;
  let queued: SqlValue[] = [];
  return {
    add(values) {
      for (const value of values) queued.push(value);
      if (queued.length === batchSize) {
        full.run(queued);
        queued = [];
      }
    },
    flush() {
      if (queued.length === 0) return;
      statementFor(queued.length / columns.length).run(queued);
      queued = [];
    },
  };
}

/**
 * Inserts rows in multi-row statements and returns their new ids, in the rows' order. Only for
 * tables keyed `integer primary key autoincrement`, inside the caller's transaction: SQLite then
 * gives each row of a statement the next id (autoincrement never reuses or skips back), so the
 * n rows of one statement hold the ids lastInsertRowid − n + 1 … lastInsertRowid.
 */
export function insertReturningIds<T extends Table>(
  db: Db,
  table: T,
  columns: (keyof T["$inferInsert"] & string)[],
  rows: SqlValue[][],
): number[] {
  const statementFor = insertStatements(db, table, columns);
  const ids: number[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + ROWS_PER_STATEMENT);
    const { changes, lastInsertRowid } = statementFor(batch.length).run(batch.flat());
    if (changes !== batch.length) throw new Error(`${getTableName(table)}: expected ${batch.length} new rows`);
    const first = Number(lastInsertRowid) - batch.length + 1;
    for (let offset = 0; offset < batch.length; offset++) ids.push(first + offset);
  }
  return ids;
}

/** Prepared `insert … values (…), (…)` statements for a column list, one per row count, cached. */
function insertStatements<T extends Table>(
  db: Db,
  table: T,
  columns: (keyof T["$inferInsert"] & string)[],
): (rows: number) => Database.Statement {
  const all = getTableColumns(table) as Record<string, { name: string }>;
  const names = columns.map((key) => {
    const column = all[key];
    if (!column) throw new Error(`${getTableName(table)} has no column ${key}`);
    return `"${column.name}"`;
  });
  const head = `insert into "${getTableName(table)}" (${names.join(", ")}) values `;
  const row = `(${names.map(() => "?").join(", ")})`;
  const prepared = new Map<number, Database.Statement>();
  return (rows) => {
    let statement = prepared.get(rows);
    if (!statement) {
      statement = db.$client.prepare(head + Array(rows).fill(row).join(", "));
      prepared.set(rows, statement);
    }
    return statement;
  };
}
