"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { projectAction } from "@/app/_server/action";
import { createMemo, deleteMemo, updateMemo } from "@/lib/memos/save-memo";

const id = z.coerce.number().int().positive();

const targetSchema = z.discriminatedUnion("target", [
  z.object({ target: z.literal("project") }),
  z.object({ target: z.literal("document"), documentId: id }),
  z.object({ target: z.literal("segment"), segmentId: id }),
  z.object({ target: z.literal("code"), codeId: id }),
]);

const addMemoSchema = z.object({ projectSlug: z.string(), on: targetSchema, body: z.unknown() });

/** Writes a memo (tiptap JSON) on the project, a document, a segment or a code. */
export const addMemo = projectAction("code", addMemoSchema, (input, { db, project, user }) => {
  const created = createMemo(db, { projectId: project.id, userId: user.id }, { on: input.on, body: input.body });
  revalidatePath(`/projects/${project.slug}`, "layout");
  return created;
});

const editMemoSchema = z.object({ projectSlug: z.string(), memoId: id, body: z.unknown() });

/** Rewrites one of the signed-in user's own memos. */
export const editMemo = projectAction("code", editMemoSchema, (input, { db, project, user }) => {
  updateMemo(db, { projectId: project.id, userId: user.id }, { memoId: input.memoId, body: input.body });
  revalidatePath(`/projects/${project.slug}`, "layout");
  return { memoId: input.memoId };
});

const removeMemoSchema = z.object({ projectSlug: z.string(), memoId: id });

/** Deletes one of the signed-in user's own memos. */
export const removeMemo = projectAction("code", removeMemoSchema, (input, { db, project, user }) => {
  deleteMemo(db, { projectId: project.id, userId: user.id }, { memoId: input.memoId });
  revalidatePath(`/projects/${project.slug}`, "layout");
  return { memoId: input.memoId };
});
