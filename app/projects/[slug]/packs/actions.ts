"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { projectAction } from "@/app/_server/action";
import { spawnPackWorker } from "@/app/_server/spawn-pack-worker";
import { recordEvent } from "@/lib/events/record-event";
import { createPackRun, packOptions } from "@/lib/packs/make-packs";

/** Starts "make all packs" in the background; the page polls the run for progress. */
export const makeAllPacks = projectAction(
  "make_packs",
  z.object({ note: z.string().max(200).optional() }),
  (_input, { db, project, user }) => {
    packOptions(db, project.id);
    const { run, created } = createPackRun(db, project.id, user.id);
    if (created) spawnPackWorker(run.id);
    recordEvent(db, {
      projectId: project.id,
      actorId: user.id,
      action: "packs.make",
      target: { type: "pack_run", id: run.id },
    });
    revalidatePath(`/projects/${project.slug}/packs`);
    return { runId: run.id };
  },
);
