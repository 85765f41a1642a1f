"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { projectAction } from "@/app/_server/action";
import { spawnImportWorker } from "@/app/_server/spawn-import-worker";
import { AppError } from "@/lib/errors";
import { getImport, updateImport } from "@/lib/imports/import-jobs";
import { WAVE_LABEL_HINT, WAVE_LABEL_PATTERN } from "@/lib/waves/wave-label";

const columnMappingSchema = z.object({
  column: z.number().int().min(0),
  header: z.string(),
  role: z.enum(["id", "attribute", "likert", "text", "ignore"]),
  attribute: z.string().trim().min(1).max(60).optional(),
  metricKey: z.string().max(80).nullable().optional(),
});

const confirmImportSchema = z.object({
  projectSlug: z.string(),
  importId: z.coerce.number().int().positive(),
  wave: z.string().trim().regex(WAVE_LABEL_PATTERN, WAVE_LABEL_HINT).nullable().optional(),
  title: z.string().trim().max(200).optional(),
  groupType: z.string().trim().max(120).nullable().optional(),
  heldOn: z.string().trim().max(40).nullable().optional(),
  mapping: z.array(columnMappingSchema).max(5000).optional(),
});

/** Confirms a previewed upload (with the researcher's column mapping) and starts storing it. */
export const confirmImport = projectAction("import", confirmImportSchema, (input, { db, project }) => {
  const job = getImport(db, project.id, input.importId);
  if (job.status !== "previewed") throw new AppError("conflict", "This upload is not waiting for confirmation.");
  const { projectSlug: _slug, importId: _id, ...options } = input;
  updateImport(db, job.id, { status: "importing", progress: 0, options });
  spawnImportWorker(job.id, "import");
  revalidatePath(`/projects/${project.slug}`);
  return { importId: job.id };
});
