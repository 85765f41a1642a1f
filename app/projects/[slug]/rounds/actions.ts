"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { projectAction } from "@/app/_server/action";
import { closeRound as close } from "@/lib/rounds/close-round";
import { createRound as create, ROUND_SAMPLE_LIMIT } from "@/lib/rounds/create-round";
import { markUnitDone as mark } from "@/lib/rounds/mark-unit-done";

const id = z.coerce.number().int().positive();

function refresh(slug: string): void {
  revalidatePath(`/projects/${slug}`, "layout");
}

const createSchema = z.object({
  name: z.string().trim().min(1, "Give the round a name.").max(120),
  mode: z.enum(["blind", "open"]),
  coderIds: z.array(id).min(2, "Choose two or more coders.").max(50),
  codeId: id.nullable(),
  units: z.discriminatedUnion("kind", [
    z.object({
      kind: z.literal("documents"),
      documentIds: z.array(id).min(1, "Choose at least one transcript.").max(500),
    }),
    z.object({
      kind: z.literal("answers"),
      questionIds: z.array(id).min(1, "Choose at least one question.").max(100),
      waveIds: z.array(id).min(1, "Choose at least one wave.").max(50),
      size: z.coerce.number().int().min(1).max(ROUND_SAMPLE_LIMIT),
      seed: z.coerce.number().int().min(1).max(2_147_483_647).nullable(),
    }),
  ]),
});

/** Creates an agreement round (owners and leads). */
export const createRound = projectAction("manage_rounds", createSchema, (input, { db, project, role, userId }) => {
  const round = create(db, { userId, role }, { projectId: project.id, ...input });
  refresh(project.slug);
  return round;
});

const markSchema = z.object({ roundId: id, roundUnitId: id, done: z.boolean() });

/** Marks one of the coder's round units done, or not done again. */
export const markUnitDone = projectAction("code", markSchema, (input, { db, project, role, userId }) => {
  const result = mark(db, { userId, role }, { projectId: project.id, ...input });
  revalidatePath(`/projects/${project.slug}/rounds`, "layout");
  return result;
});

const closeSchema = z.object({ roundId: id });

/** Closes a round (owners and leads): a blind round's coders then see each other's codings. */
export const closeRound = projectAction("manage_rounds", closeSchema, (input, { db, project, role, userId }) => {
  close(db, { userId, role }, { projectId: project.id, roundId: input.roundId });
  refresh(project.slug);
  return { closed: true };
});
