import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { documents } from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";

export const MAX_DOCUMENT_TITLE = 200;

/** Renames a document (its title only: the text and everything coded in it stay), recorded in the event log. */
export function renameDocument(
  db: Db,
  actorId: number,
  input: { projectId: number; documentId: number; title: string },
): { id: number; title: string } {
  const title = input.title.trim().replace(/\s+/g, " ");
  if (!title) throw new AppError("invalid_input", "Give the document a title.");
  if (title.length > MAX_DOCUMENT_TITLE)
    throw new AppError("invalid_input", `Keep the title to ${MAX_DOCUMENT_TITLE} characters.`);
  return db.transaction(
    (tx) => {
      const document = tx
        .select({ id: documents.id, title: documents.title })
        .from(documents)
        .where(and(eq(documents.id, input.documentId), eq(documents.projectId, input.projectId)))
        .get();
      if (!document) throw new AppError("not_found", "Document not found.");
      if (document.title === title) return { id: document.id, title };
      tx.update(documents).set({ title }).where(eq(documents.id, document.id)).run();
      recordEvent(tx, {
        projectId: input.projectId,
        actorId: actorId,
        action: "document.rename",
        target: { type: "document", id: document.id },
        detail: { from: document.title, to: title },
      });
      return { id: document.id, title };
    },
    { behavior: "immediate" },
  );
}
