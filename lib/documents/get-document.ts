import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type Document, documents, waves } from "../../db/schema";
import { AppError } from "../errors";

export interface DocumentHeader {
  id: number;
  kind: Document["kind"];
  title: string;
  wave: string | null;
  groupType: string | null;
  heldOn: string | null;
  sourceFilename: string | null;
  sourceFormat: string | null;
  textLength: number;
}

export function getDocumentHeader(db: Db, projectId: number, documentId: number): DocumentHeader {
  const row = db
    .select({
      id: documents.id,
      kind: documents.kind,
      title: documents.title,
      wave: waves.label,
      groupType: documents.groupType,
      heldOn: documents.heldOn,
      sourceFilename: documents.sourceFilename,
      sourceFormat: documents.sourceFormat,
      textLength: documents.textLength,
    })
    .from(documents)
    .leftJoin(waves, eq(waves.id, documents.waveId))
    .where(and(eq(documents.id, documentId), eq(documents.projectId, projectId)))
    .get();
  if (!row) throw new AppError("not_found", "Document not found.");
  return row;
}
