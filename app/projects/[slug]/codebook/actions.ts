"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { projectAction } from "@/app/_server/action";
import { archiveCode as archiveCodeInProject, restoreCode as restoreCodeInProject } from "@/lib/codebook/archive-code";
import { importCodebookCsv } from "@/lib/codebook/codebook-csv";
import { createCode } from "@/lib/codebook/create-code";
import { mergeCodes } from "@/lib/codebook/merge-codes";
import { moveCodeInTree } from "@/lib/codebook/move-code";
import { updateCode } from "@/lib/codebook/update-code";

const id = z.coerce.number().int().positive();
const note = z.string().max(4000);

function revalidateCodebook(slug: string) {
  // Codes appear in every document's picker and legend, so the whole project is revalidated.
  revalidatePath(`/projects/${slug}`, "layout");
}

const addCodeSchema = z.object({
  projectSlug: z.string(),
  name: z.string().max(500),
  parentId: id.nullish(),
  colour: z.string().max(20).nullish(),
  description: note.optional(),
  inclusion: note.optional(),
  exclusion: note.optional(),
});

/** Adds a code to the codebook (also used by the coding view's "Create code" and in-vivo coding). */
export const addCode = projectAction("code", addCodeSchema, (input, { db, project, user }) => {
  const created = createCode(db, project.id, user.id, input);
  revalidateCodebook(project.slug);
  return created;
});

const editCodeSchema = z.object({
  projectSlug: z.string(),
  codeId: id,
  name: z.string().max(500).optional(),
  colour: z.string().max(20).optional(),
  description: note.optional(),
  inclusion: note.optional(),
  exclusion: note.optional(),
});

/** Renames, recolours or rewrites the notes of a code. */
export const editCode = projectAction(
  "code",
  editCodeSchema,
  ({ codeId, projectSlug: _slug, ...changes }, { db, project, user }) => {
    updateCode(db, { projectId: project.id, userId: user.id }, { codeId: codeId, ...changes });
    revalidateCodebook(project.slug);
    return { codeId };
  },
);

const moveCodeSchema = z.object({
  projectSlug: z.string(),
  codeId: id,
  parentId: id.nullable(),
  index: z.coerce.number().int().min(0).max(100_000).optional(),
});

/** Moves a code (with its subcodes) to a new parent and place among its siblings. */
export const moveCode = projectAction("code", moveCodeSchema, (input, { db, project, user }) => {
  moveCodeInTree(db, project.id, user.id, input);
  revalidateCodebook(project.slug);
  return { codeId: input.codeId };
});

const mergeCodeSchema = z.object({ projectSlug: z.string(), sourceId: id, targetId: id });

/** Merges one code into another; the source code is deleted. */
export const mergeCode = projectAction("code", mergeCodeSchema, (input, { db, project, user }) => {
  const result = mergeCodes(db, project.id, user.id, input);
  revalidateCodebook(project.slug);
  return result;
});

const codeIdSchema = z.object({ projectSlug: z.string(), codeId: id });

/** Archives a code and its subcodes. */
export const archiveCode = projectAction("code", codeIdSchema, (input, { db, project, user }) => {
  const archived = archiveCodeInProject(db, project.id, user.id, input.codeId);
  revalidateCodebook(project.slug);
  return { archived };
});

/** Restores an archived code, its subcodes and archived parents. */
export const restoreCode = projectAction("code", codeIdSchema, (input, { db, project, user }) => {
  const restored = restoreCodeInProject(db, project.id, user.id, input.codeId);
  revalidateCodebook(project.slug);
  return { restored };
});

const importCodebookSchema = z.object({
  projectSlug: z.string(),
  // A codebook is small; the cap keeps the action well inside the body limit.
  csv: z.string().max(1_000_000, "The codebook file is larger than 1 MB."),
});

/** Imports a codebook CSV (codebook.csv's shape): codes matched by name are updated, others added. */
export const importCodebook = projectAction("code", importCodebookSchema, (input, { db, project, user }) => {
  const result = importCodebookCsv(db, project.id, user.id, input.csv);
  revalidateCodebook(project.slug);
  return result;
});
