import { and, eq, ne } from "drizzle-orm";
import type { Db } from "../../db/client";
import { waves } from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { WAVE_LABEL_PATTERN } from "./wave-label";

/** Renames a wave ("2024" → "2024 pilot") for every page at once, recorded in the event log. */
export function renameWave(
  db: Db,
  actorId: number,
  input: { projectId: number; waveId: number; label: string },
): { id: number; label: string } {
  const label = input.label.trim().replace(/\s+/g, " ");
  if (!WAVE_LABEL_PATTERN.test(label))
    throw new AppError(
      "invalid_input",
      "A wave label starts with a letter or digit and has at most 32 letters, digits, spaces, dots or dashes.",
    );
  return db.transaction(
    (tx) => {
      const wave = tx
        .select({ id: waves.id, label: waves.label })
        .from(waves)
        .where(and(eq(waves.id, input.waveId), eq(waves.projectId, input.projectId)))
        .get();
      if (!wave) throw new AppError("not_found", "Wave not found.");
      if (wave.label === label) return { id: wave.id, label };
      const taken = tx
        .select({ id: waves.id })
        .from(waves)
        .where(and(eq(waves.projectId, input.projectId), eq(waves.label, label), ne(waves.id, wave.id)))
        .get();
      if (taken) throw new AppError("conflict", `The project already has a wave ${label}.`);
      tx.update(waves).set({ label }).where(eq(waves.id, wave.id)).run();
      recordEvent(tx, {
        projectId: input.projectId,
        actorId: actorId,
        action: "wave.rename",
        target: { type: "wave", id: wave.id },
        detail: { from: wave.label, to: label },
      });
      return { id: wave.id, label };
    },
    { behavior: "immediate" },
  );
}
