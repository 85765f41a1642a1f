import { getTableColumns, getTableName, type Table } from "drizzle-orm";
import type { Db } from "./client";

/**
 * A prepared single-row insert for hot import loops. Drizzle's multi-row `values([...])` builds
 * a new SQL string per batch, which dominated large imports; one prepared statement reused
 * inside the caller's transaction costs what a raw insert costs. Returns the new rowid.
 */
export function bulkInserter<T extends Table>(db: Db, table: T, columns: (keyof T["$inferInsert"] & string)[]) {
  const all = getTableColumns(table) as Record<string, { name: string }>;
  const names = columns.map((key) => {
    const column = all[key];
    if (!column) throw new Error(`${getTableName(table)} has no column ${key}`);
    return `"${column.name}"`;
  });
  const statement = db.$client.prepare(
    `insert into "${getTableName(table)}" (${names.join(", ")}) values (${names.map(() => "?").join(", ")})`,
  );
  return (values: (string | number | null)[]): number => Number(statement.run(...values).lastInsertRowid);
}
