"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { projectAction } from "@/app/_server/action";
import { setCountedCodings } from "@/lib/adjudication/counted-codings";
import { renameDocument } from "@/lib/documents/rename-document";
import { deleteImport } from "@/lib/imports/delete-import";
import { describeDeletionText, describeImportDeletion } from "@/lib/imports/describe-import-deletion";
import { setComparisonWaves } from "@/lib/projects/settings";
import { renameWave } from "@/lib/waves/rename-wave";

const id = z.coerce.number().int().positive();

const comparisonSchema = z.union([
  z.object({ useDefault: z.literal(true) }),
  z.object({ useDefault: z.literal(false).optional(), baselineWaveId: id, currentWaveId: id }),
]);

/** The owner's choice of the two waves every page compares, or back to the default rule. */
export const setComparison = projectAction("manage_project", comparisonSchema, (input, { db, project, userId }) => {
  const comparison = setComparisonWaves(
    db,
    project.id,
    "baselineWaveId" in input ? { baselineWaveId: input.baselineWaveId, currentWaveId: input.currentWaveId } : null,
    userId,
  );
  revalidatePath(`/projects/${project.slug}`, "layout");
  return { label: comparison.label, source: comparison.source };
});

/** The owner's choice of which codings analysis counts: all coders, consensus where adjudicated, or one coder. */
export const setCountingAction = projectAction(
  "manage_project",
  z.object({ mode: z.enum(["all", "consensus", "coder"]), coderId: id.nullable().optional() }),
  (input, { db, project, userId }) => {
    const statement = setCountedCodings(db, { projectId: project.id, userId }, input);
    revalidatePath(`/projects/${project.slug}`, "layout");
    return { text: statement.text };
  },
);

const renameWaveSchema = z.object({ waveId: id, label: z.string().max(64) });

export const renameWaveAction = projectAction("import", renameWaveSchema, (input, { db, project, userId }) => {
  const wave = renameWave(db, userId, { projectId: project.id, waveId: input.waveId, label: input.label });
  revalidatePath(`/projects/${project.slug}`, "layout");
  return wave;
});

const renameDocumentSchema = z.object({ documentId: id, title: z.string().max(400) });

export const renameDocumentAction = projectAction("import", renameDocumentSchema, (input, { db, project, userId }) => {
  const document = renameDocument(db, userId, {
    projectId: project.id,
    documentId: input.documentId,
    title: input.title,
  });
  revalidatePath(`/projects/${project.slug}`, "layout");
  return document;
});

const importSchema = z.object({ importId: id });

/** What deleting an import would remove, for the confirmation. Changes nothing. */
export const previewImportDeletion = projectAction("import", importSchema, (input, { db, project }) => {
  const deletion = describeImportDeletion(db, project.id, input.importId);
  return { ...deletion, text: describeDeletionText(deletion) };
});

const deleteSchema = z.object({
  importId: id,
  confirmApprovedQuotes: z.boolean().default(false),
  expected: z.object({
    documents: z.number().int().min(0),
    respondents: z.number().int().min(0),
    codings: z.number().int().min(0),
    quotes: z.number().int().min(0),
    approvedQuotes: z.number().int().min(0),
  }),
});

/** Deletes an import and all it created, as the confirmation showed it (refused if it has changed since). */
export const deleteImportAction = projectAction("import", deleteSchema, (input, { db, project, userId, role }) => {
  const deletion = deleteImport(
    db,
    { userId, role },
    {
      projectId: project.id,
      importId: input.importId,
      confirmApprovedQuotes: input.confirmApprovedQuotes,
      expected: input.expected,
    },
  );
  revalidatePath(`/projects/${project.slug}`, "layout");
  return { text: describeDeletionText(deletion) };
});
