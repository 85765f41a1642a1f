"use server";

import { z } from "zod";
import { projectAction } from "@/app/_server/action";
import { spawnImportWorker } from "@/app/_server/spawn-import-worker";
import { discardImport as discardUpload } from "@/lib/imports/end-import";
import { confirmImport as queueConfirmedImport } from "@/lib/imports/queue-import";
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
  onCollision: z.enum(["skip", "replace", "stop"]).nullable().optional(),
});

/** Confirms a previewed upload (with the researcher's column mapping); it waits for a free import worker. */
export const confirmImport = projectAction("import", confirmImportSchema, (input, { db, project }) => {
  const { projectSlug: _slug, importId, ...options } = input;
  const job = queueConfirmedImport(db, project.id, importId, options);
  spawnImportWorker(job.id, "import");
  // No revalidatePath: every project page is rendered on request, and re-rendering this page here
  // would only delay the answer the researcher is waiting for.
  return { importId: job.id };
});

const discardImportSchema = z.object({
  projectSlug: z.string(),
  importId: z.coerce.number().int().positive(),
});

/** Discards a previewed upload the researcher will not import: its file is removed at once. */
export const discardImport = projectAction("import", discardImportSchema, (input, { db, project }) => {
  discardUpload(db, project.id, input.importId);
  return { importId: input.importId };
});
