import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { type CountedCodings, codings, projectSettings, users } from "../../db/schema";
import { loadCounting } from "../coding/coding-scope";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import type { ProjectActor } from "../projects/project-actor";

export interface CountingStatement {
  mode: CountedCodings;
  /** The one coder counted, for "coder". */
  coderId: number | null;
  coderName: string | null;
  /** One sentence every analysis page and export shows: which codings its figures count. */
  text: string;
}

/** Which codings the project's analysis counts, in words. */
export function countingStatement(db: Db, projectId: number): CountingStatement {
  const counting = loadCounting(db, projectId);
  if (counting.mode === "consensus")
    return {
      mode: "consensus",
      coderId: null,
      coderName: null,
      text: "Counts consensus codings where a unit was adjudicated, and all coders’ codings elsewhere.",
    };
  if (counting.mode === "coder") {
    const name =
      db
        .select({ name: users.name })
        .from(users)
        .where(eq(users.id, counting.coderId ?? -1))
        .get()?.name ?? "one coder";
    return { mode: "coder", coderId: counting.coderId, coderName: name, text: `Counts ${name}’s codings only.` };
  }
  return { mode: "all", coderId: null, coderName: null, text: "Counts all coders’ codings." };
}

/** The owner's choice of which codings analysis counts; "coder" names a person who has coded in the project. */
export function setCountedCodings(
  db: Db,
  actor: ProjectActor,
  input: { mode: CountedCodings; coderId?: number | null },
): CountingStatement {
  const { projectId, userId } = actor;
  const coderId = input.mode === "coder" ? (input.coderId ?? null) : null;
  if (input.mode === "coder") {
    const coded =
      coderId !== null &&
      db
        .select({ id: codings.id })
        .from(codings)
        .innerJoin(users, eq(users.id, codings.coderId))
        .where(and(eq(codings.projectId, projectId), eq(codings.coderId, coderId), eq(users.kind, "person")))
        .limit(1)
        .get();
    if (!coded) throw new AppError("invalid_input", "Choose a coder who has coded in this project.");
  }
  db.transaction((tx) => {
    tx.insert(projectSettings)
      .values({ projectId, countedCodings: input.mode, countedCoderId: coderId })
      .onConflictDoUpdate({
        target: projectSettings.projectId,
        set: { countedCodings: input.mode, countedCoderId: coderId },
      })
      .run();
    recordEvent(tx, {
      projectId,
      actorId: userId,
      action: "project.update_settings",
      target: { type: "project", id: projectId },
      detail: { countedCodings: input.mode, countedCoderId: coderId },
    });
  });
  return countingStatement(db, projectId);
}
