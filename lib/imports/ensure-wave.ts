import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { waves } from "../../db/schema";
import { AppError } from "../errors";
import { isWaveLabel } from "../waves/wave-label";

/** The wave's id, creating the wave the first time a project sees its label. */
export function ensureWave(db: Db, projectId: number, label: string): number {
  const clean = label.trim();
  if (!isWaveLabel(clean)) throw new AppError("invalid_input", `"${label}" is not a usable wave label (e.g. 2025).`);
  const existing = db
    .select({ id: waves.id })
    .from(waves)
    .where(and(eq(waves.projectId, projectId), eq(waves.label, clean)))
    .get();
  if (existing) return existing.id;
  return db.insert(waves).values({ projectId, label: clean }).returning({ id: waves.id }).get().id;
}
