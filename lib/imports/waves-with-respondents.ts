import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { respondents, waves } from "../../db/schema";
import type { WaveWithRespondents } from "./import-job-types";

/**
 * Waves of the project holding respondents, with how many, and how many of `fileIds` (a new file's
 * respondent ids) each already holds: adding the file to such a wave meets those ids again.
 */
export function wavesWithRespondents(db: Db, projectId: number, fileIds: string[] = []): WaveWithRespondents[] {
  const ids = new Set(fileIds);
  const byWave = new Map<string, WaveWithRespondents>();
  const rows = db
    .select({ wave: waves.label, externalId: respondents.externalId })
    .from(respondents)
    .innerJoin(waves, eq(waves.id, respondents.waveId))
    .where(eq(respondents.projectId, projectId))
    .all();
  for (const row of rows) {
    let entry = byWave.get(row.wave);
    if (!entry) {
      entry = { wave: row.wave, respondents: 0, collidingIds: 0 };
      byWave.set(row.wave, entry);
    }
    entry.respondents++;
    if (ids.has(row.externalId)) entry.collidingIds++;
  }
  return [...byWave.values()].sort((a, b) => a.wave.localeCompare(b.wave));
}
