import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes, documents, memos, segments } from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import type { ProjectActor } from "../projects/project-actor";
import { cleanMemoBody } from "./memo-body";

export type MemoTarget =
  | { target: "project" }
  | { target: "document"; documentId: number }
  | { target: "segment"; segmentId: number }
  | { target: "code"; codeId: number };

function assertTargetInProject(db: Db, projectId: number, target: MemoTarget): void {
  const found =
    target.target === "project"
      ? true
      : target.target === "document"
        ? db
            .select({ id: documents.id })
            .from(documents)
            .where(and(eq(documents.id, target.documentId), eq(documents.projectId, projectId)))
            .get()
        : target.target === "segment"
          ? db
              .select({ id: segments.id })
              .from(segments)
              .where(and(eq(segments.id, target.segmentId), eq(segments.projectId, projectId)))
              .get()
          : db
              .select({ id: codes.id })
              .from(codes)
              .where(and(eq(codes.id, target.codeId), eq(codes.projectId, projectId)))
              .get();
  if (!found) throw new AppError("not_found", `The ${target.target} for this memo was not found.`);
}

/** Writes a new memo on a project, document, segment or code. */
export function createMemo(db: Db, actor: ProjectActor, input: { on: MemoTarget; body: unknown }): { id: number } {
  const { projectId, userId: actorId } = actor;
  const { on: target, body } = input;
  const clean = cleanMemoBody(body);
  return db.transaction(() => {
    assertTargetInProject(db, projectId, target);
    const created = db
      .insert(memos)
      .values({
        projectId,
        target: target.target,
        documentId: target.target === "document" ? target.documentId : null,
        segmentId: target.target === "segment" ? target.segmentId : null,
        codeId: target.target === "code" ? target.codeId : null,
        authorId: actorId,
        body: clean,
      })
      .returning({ id: memos.id })
      .get();
    recordEvent(db, {
      projectId,
      actorId,
      action: "memo.create",
      target: { type: "memo", id: created.id },
      detail: { on: target.target },
    });
    return created;
  });
}

function requireOwnMemo(db: Db, projectId: number, actorId: number, memoId: number) {
  const memo = db
    .select({ id: memos.id, authorId: memos.authorId })
    .from(memos)
    .where(and(eq(memos.id, memoId), eq(memos.projectId, projectId)))
    .get();
  if (!memo) throw new AppError("not_found", "Memo not found.");
  // Note: memos are signed notes; colleagues reply with memos of their own rather than edit them.
  if (memo.authorId !== actorId) throw new AppError("forbidden", "Only the memo's author can change it.");
  return memo;
}

/** Rewrites the actor's own memo. */
export function updateMemo(db: Db, actor: ProjectActor, input: { memoId: number; body: unknown }): void {
  const { projectId, userId: actorId } = actor;
  const { memoId, body } = input;
  const clean = cleanMemoBody(body);
  db.transaction(() => {
    requireOwnMemo(db, projectId, actorId, memoId);
    db.update(memos).set({ body: clean, updatedAt: new Date() }).where(eq(memos.id, memoId)).run();
    recordEvent(db, { projectId, actorId, action: "memo.update", target: { type: "memo", id: memoId } });
  });
}

/** Deletes the actor's own memo. */
export function deleteMemo(db: Db, actor: ProjectActor, input: { memoId: number }): void {
  const { projectId, userId: actorId } = actor;
  const { memoId } = input;
  db.transaction(() => {
    requireOwnMemo(db, projectId, actorId, memoId);
    db.delete(memos).where(eq(memos.id, memoId)).run();
    recordEvent(db, { projectId, actorId, action: "memo.delete", target: { type: "memo", id: memoId } });
  });
}
