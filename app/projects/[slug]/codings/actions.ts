"use server";

import { z } from "zod";
import { projectAction } from "@/app/_server/action";
import { applyCodings as applyCodingsToDocument } from "@/lib/coding/apply-codings";
import { resolveCodingScope } from "@/lib/coding/coding-scope";
import { deleteCodings } from "@/lib/coding/delete-codings";

const rangeSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(1) })
  .refine((r) => r.end > r.start, "A coded range must end after it starts.");

const applyCodingsSchema = z.object({
  projectSlug: z.string(),
  documentId: z.coerce.number().int().positive(),
  ranges: z.array(rangeSchema).min(1).max(5000),
  codeIds: z.array(z.coerce.number().int().positive()).min(1).max(50),
});

/** Applies codes to ranges of one document as the signed-in coder; repeats are harmless. */
export const applyCodings = projectAction("code", applyCodingsSchema, (input, { db, project, user }) => {
  const created = applyCodingsToDocument(db, {
    projectId: project.id,
    coderId: user.id,
    documentId: input.documentId,
    ranges: input.ranges,
    codeIds: input.codeIds,
  });
  // No revalidatePath: the coding views reconcile from this answer, and re-rendering a long
  // transcript page on every coding would multiply the acknowledgement time.
  return created;
});

const removeCodingsSchema = z.object({
  projectSlug: z.string(),
  codingIds: z.array(z.coerce.number().int().positive()).min(1).max(5000),
});

/** Removes codings (any coder's: researchers curate the project's coding together; the event log keeps who). */
export const removeCodings = projectAction("code", removeCodingsSchema, (input, { db, project, user, role }) => {
  // Note: in a blind round another coder's codings are not the actor's to see, nor to remove.
  const { visible } = resolveCodingScope(db, project.id, { userId: user.id, role });
  const removed = deleteCodings(db, { projectId: project.id, actorId: user.id, codingIds: input.codingIds, visible });
  return { removed };
});
