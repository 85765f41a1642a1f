import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { participantAttributes, participants, turns } from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import type { ProjectActor } from "../projects/project-actor";
import { findParticipant } from "./set-participant-attributes";

export interface MergeResult {
  targetId: number;
  turnsMoved: number;
  attributesCopied: number;
}

/**
 * Merges one participant into another (e.g. "Sarah" and "Sarah K" are the same person):
 * the source's turns are re-pointed to the target, attributes the target lacks are copied,
 * and the source is deleted. The target's own attribute values win over the source's.
 */
export function mergeParticipants(
  db: Db,
  actor: ProjectActor,
  input: { sourceId: number; targetId: number },
): MergeResult {
  const { projectId, userId: actorId } = actor;
  const { sourceId, targetId } = input;
  if (sourceId === targetId) throw new AppError("invalid_input", "Choose a different participant to merge into.");
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    const source = findParticipant(txDb, projectId, sourceId);
    const target = findParticipant(txDb, projectId, targetId);
    const moved = tx.update(turns).set({ participantId: target.id }).where(eq(turns.participantId, source.id)).run();
    const targetAttributeIds = new Set(
      tx
        .select({ attributeId: participantAttributes.attributeId })
        .from(participantAttributes)
        .where(eq(participantAttributes.participantId, target.id))
        .all()
        .map((row) => row.attributeId),
    );
    const toCopy = tx
      .select({ attributeId: participantAttributes.attributeId, value: participantAttributes.value })
      .from(participantAttributes)
      .where(eq(participantAttributes.participantId, source.id))
      .all()
      .filter((row) => !targetAttributeIds.has(row.attributeId));
    for (const row of toCopy) {
      tx.insert(participantAttributes)
        .values({ participantId: target.id, ...row })
        .run();
    }
    tx.delete(participants).where(eq(participants.id, source.id)).run();
    recordEvent(tx, {
      projectId,
      actorId,
      action: "participant.merge",
      target: { type: "participant", id: target.id },
      detail: {
        from: { id: source.id, name: source.name },
        into: { id: target.id, name: target.name },
        turns: moved.changes,
      },
    });
    return { targetId: target.id, turnsMoved: moved.changes, attributesCopied: toCopy.length };
  });
}
