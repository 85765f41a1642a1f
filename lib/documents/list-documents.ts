import { and, asc, count, desc, eq, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { answers, type Document, documents, turns, waves } from "../../db/schema";

export interface DocumentListing {
  id: number;
  kind: Document["kind"];
  title: string;
  wave: string | null;
  groupType: string | null;
  heldOn: string | null;
  sourceFormat: string | null;
  importId: number | null;
  /** Turns of a transcript, answers of a question. */
  units: number;
  createdAt: Date;
}

export interface DocumentFilter {
  kind?: Document["kind"];
  waveId?: number;
  importId?: number;
}

/** A project's documents (never their text), newest wave first. */
export function listDocuments(db: Db, projectId: number, filter: DocumentFilter = {}): DocumentListing[] {
  const conditions: SQL[] = [eq(documents.projectId, projectId)];
  if (filter.kind) conditions.push(eq(documents.kind, filter.kind));
  if (filter.waveId !== undefined) conditions.push(eq(documents.waveId, filter.waveId));
  if (filter.importId !== undefined) conditions.push(eq(documents.importId, filter.importId));
  const rows = db
    .select({
      id: documents.id,
      kind: documents.kind,
      title: documents.title,
      wave: waves.label,
      groupType: documents.groupType,
      heldOn: documents.heldOn,
      sourceFormat: documents.sourceFormat,
      importId: documents.importId,
      createdAt: documents.createdAt,
    })
    .from(documents)
    .leftJoin(waves, eq(waves.id, documents.waveId))
    .where(and(...conditions))
    .orderBy(asc(documents.kind), desc(waves.label), asc(documents.title), asc(documents.id))
    .all();
  const turnCounts = new Map(
    db
      .select({ documentId: turns.documentId, n: count() })
      .from(turns)
      .innerJoin(documents, eq(documents.id, turns.documentId))
      .where(and(...conditions))
      .groupBy(turns.documentId)
      .all()
      .map((row) => [row.documentId, row.n]),
  );
  const answerCounts = new Map(
    db
      .select({ documentId: answers.documentId, n: count() })
      .from(answers)
      .innerJoin(documents, eq(documents.id, answers.documentId))
      .where(and(...conditions))
      .groupBy(answers.documentId)
      .all()
      .map((row) => [row.documentId, row.n]),
  );
  return rows.map((row) => ({
    ...row,
    units: (row.kind === "transcript" ? turnCounts.get(row.id) : answerCounts.get(row.id)) ?? 0,
  }));
}
