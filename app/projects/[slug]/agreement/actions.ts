"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { projectAction } from "@/app/_server/action";
import { adjudicateUnit } from "@/lib/adjudication/adjudicate-unit";

const id = z.coerce.number().int().positive();

/** Settles one code in one answer or turn: consensus codings replace any earlier decision there. */
export const adjudicateAction = projectAction(
  "adjudicate",
  z.object({
    codeId: id,
    unitType: z.enum(["answer", "turn"]),
    unitId: id,
    decision: z.enum(["coder", "both", "neither", "adjusted"]),
    coderIds: z.array(id).min(2).max(20),
    chosenCoderId: id.nullable().optional(),
    spans: z
      .array(z.object({ start: z.number().int().min(0), end: z.number().int().min(1) }))
      .max(50)
      .optional(),
    roundId: id.nullable().optional(),
  }),
  (input, { db, project, user }) => {
    const result = adjudicateUnit(db, { projectId: project.id, userId: user.id }, input);
    revalidatePath(`/projects/${project.slug}/agreement`);
    return result;
  },
);
