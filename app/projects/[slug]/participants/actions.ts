"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { projectAction } from "@/app/_server/action";
import { mergeParticipants } from "@/lib/participants/merge-participants";
import { MAX_ATTRIBUTES_PER_PARTICIPANT } from "@/lib/participants/participant-attribute-keys";
import { setParticipantAttributes } from "@/lib/participants/set-participant-attributes";

const setAttributesSchema = z.object({
  participantId: z.coerce.number().int().positive(),
  attributes: z
    .array(z.object({ name: z.string().max(200), value: z.string().max(1000) }))
    .max(MAX_ATTRIBUTES_PER_PARTICIPANT * 2),
});

/** Replaces a participant's attributes (region, role, employment type … and free keys). */
export const updateParticipantAttributes = projectAction(
  "import",
  setAttributesSchema,
  (input, { db, project, userId }) => {
    const saved = setParticipantAttributes(
      db,
      { projectId: project.id, userId },
      { participantId: input.participantId, attributes: input.attributes },
    );
    revalidatePath(`/projects/${project.slug}`, "layout");
    return { attributes: saved };
  },
);

const mergeSchema = z.object({
  sourceId: z.coerce.number().int().positive(),
  targetId: z.coerce.number().int().positive(),
});

/** Merges one participant into another: their turns are re-pointed and the first is deleted. */
export const mergeParticipant = projectAction("import", mergeSchema, (input, { db, project, userId }) => {
  const result = mergeParticipants(
    db,
    { projectId: project.id, userId: userId },
    { sourceId: input.sourceId, targetId: input.targetId },
  );
  revalidatePath(`/projects/${project.slug}`, "layout");
  return result;
});
