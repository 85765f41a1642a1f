"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { projectAction } from "@/app/_server/action";
import { RATIONALE_MAX, removeCodeMetricLink, saveCodeMetricLink } from "@/lib/themes/code-metric-links";
import { POLARITIES } from "@/lib/themes/polarities";

const linkSchema = z.object({
  codeId: z.coerce.number().int().positive(),
  metricId: z.coerce.number().int().positive(),
  polarity: z.enum(POLARITIES),
  rationale: z
    .string()
    .max(RATIONALE_MAX * 2)
    .default(""),
});

/** Links a code to a metric with a polarity and a short rationale (or updates the link). */
export const saveMetricLink = projectAction("code", linkSchema, (input, { db, project, userId }) => {
  const link = saveCodeMetricLink(db, project.id, userId, input);
  revalidatePath(`/projects/${project.slug}`, "layout");
  return link;
});

const unlinkSchema = z.object({
  codeId: z.coerce.number().int().positive(),
  metricId: z.coerce.number().int().positive(),
});

/** Removes a code–metric link. */
export const removeMetricLink = projectAction("code", unlinkSchema, (input, { db, project, userId }) => {
  removeCodeMetricLink(db, project.id, userId, input);
  revalidatePath(`/projects/${project.slug}`, "layout");
  return { removed: true };
});
