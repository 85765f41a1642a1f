import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { IMPORT_STATUSES, type ImportJob, type ImportStatus, imports } from "../../db/schema";
import { AppError } from "../errors";

export { IMPORT_STATUSES, type ImportJob, type ImportStatus };

/**
 * The one place an import job's status changes. A job is uploaded, waits in the worker pool's queue,
 * is read into a preview, waits again once confirmed, is stored, and ends done or failed; a preview
 * nobody confirms is discarded.
 */
const TRANSITIONS: Record<ImportStatus, readonly ImportStatus[]> = {
  uploaded: ["queued", "failed"],
  queued: ["parsing", "importing", "failed"],
  parsing: ["previewed", "failed"],
  previewed: ["queued", "discarded"],
  importing: ["done", "failed"],
  done: [],
  failed: [],
  discarded: [],
};

/** The statuses in which some process owns the job (or is about to). */
export const RUNNING_STATUSES: readonly ImportStatus[] = ["uploaded", "queued", "parsing", "importing"];

export type ImportPhase = "preview" | "import";

/** Which phase a job in a running status is in: a queued job with a preview waits to be stored. */
export function runningPhase(job: Pick<ImportJob, "status" | "preview">): ImportPhase | null {
  switch (job.status) {
    case "uploaded":
    case "parsing":
      return "preview";
    case "importing":
      return "import";
    case "queued":
      return job.preview ? "import" : "preview";
    default:
      return null;
  }
}

export function canMove(from: ImportStatus, to: ImportStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

type RowValues = Partial<Omit<typeof imports.$inferInsert, "id" | "status" | "projectId">>;

/**
 * Moves a job from one of `from` to `to`, with other columns set in the same statement. Throws on a move
 * the state machine does not allow; answers undefined (changing nothing) when the job is no longer in
 * any of `from` (a worker's exit racing the job's own end, or a second click).
 */
export function moveImport(
  db: Db,
  importId: number,
  from: ImportStatus | readonly ImportStatus[],
  to: ImportStatus,
  values: RowValues = {},
): ImportJob | undefined {
  const sources = typeof from === "string" ? [from] : [...from];
  const illegal = sources.filter((source) => !canMove(source, to));
  if (illegal.length > 0) throw new IllegalImportTransition(illegal[0], to);
  const ended = to === "done" || to === "failed" || to === "discarded";
  return db
    .update(imports)
    .set({ ...(ended ? { finishedAt: new Date() } : {}), ...values, status: to })
    .where(and(eq(imports.id, importId), inArray(imports.status, sources)))
    .returning()
    .get();
}

export class IllegalImportTransition extends AppError {
  constructor(
    readonly from: ImportStatus,
    readonly to: ImportStatus,
  ) {
    super("conflict", `An import cannot go from ${from} to ${to}.`);
  }
}
