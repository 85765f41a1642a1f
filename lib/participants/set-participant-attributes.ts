import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { attributes, participantAttributes, participants } from "../../db/schema";
import { canonicalAttributeValue } from "../attribute-values/canonical-value";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import { ensureAttribute } from "../imports/ensure-attribute";
import type { ProjectActor } from "../projects/project-actor";
import {
  MAX_ATTRIBUTE_NAME_LENGTH,
  MAX_ATTRIBUTE_VALUE_LENGTH,
  MAX_ATTRIBUTES_PER_PARTICIPANT,
  normaliseAttributeName,
} from "./participant-attribute-keys";

export function findParticipant(db: Db, projectId: number, participantId: number) {
  const row = db
    .select({ id: participants.id, name: participants.name })
    .from(participants)
    .where(and(eq(participants.id, participantId), eq(participants.projectId, projectId)))
    .get();
  if (!row) throw new AppError("not_found", "Participant not found.");
  return row;
}

/**
 * Replaces a participant's attributes with the given ones. A blank value removes the
 * attribute; names are normalised, so "Region" and "region " are the same attribute.
 */
export function setParticipantAttributes(
  db: Db,
  actor: ProjectActor,
  input: { participantId: number; attributes: Record<string, string> | { name: string; value: string }[] },
): Record<string, string> {
  const { projectId, userId: actorId } = actor;
  const { participantId, attributes: values } = input;
  const pairs = Array.isArray(values) ? values : Object.entries(values).map(([name, value]) => ({ name, value }));
  const clean = new Map<string, string>();
  for (const { name: rawName, value: rawValue } of pairs) {
    const name = normaliseAttributeName(rawName);
    const value = rawValue.trim().replace(/\s+/g, " ");
    if (!name) {
      if (value) throw new AppError("invalid_input", "Every attribute value needs a name.");
      continue;
    }
    if (name.length > MAX_ATTRIBUTE_NAME_LENGTH) {
      throw new AppError("invalid_input", `Attribute names are at most ${MAX_ATTRIBUTE_NAME_LENGTH} characters.`);
    }
    if (value.length > MAX_ATTRIBUTE_VALUE_LENGTH) {
      throw new AppError(
        "invalid_input",
        `The value of "${name}" is longer than ${MAX_ATTRIBUTE_VALUE_LENGTH} characters.`,
      );
    }
    if (clean.has(name) && value && clean.get(name) !== value) {
      throw new AppError("invalid_input", `"${name}" is given twice with different values.`);
    }
    if (value) clean.set(name, value);
  }
  if (clean.size > MAX_ATTRIBUTES_PER_PARTICIPANT) {
    throw new AppError("invalid_input", `A participant has at most ${MAX_ATTRIBUTES_PER_PARTICIPANT} attributes.`);
  }
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    const participant = findParticipant(txDb, projectId, participantId);
    tx.delete(participantAttributes).where(eq(participantAttributes.participantId, participant.id)).run();
    const result: Record<string, string> = {};
    for (const [name, value] of [...clean].sort(([a], [b]) => a.localeCompare(b, "en-GB"))) {
      const attributeId = ensureAttribute(txDb, projectId, name);
      // A merged spelling ("london") is stored as the value it was merged into ("London").
      const stored = canonicalAttributeValue(txDb, attributeId, value);
      tx.insert(participantAttributes).values({ participantId: participant.id, attributeId, value: stored }).run();
      result[name] = stored;
    }
    recordEvent(tx, {
      projectId,
      actorId,
      action: "participant.set_attributes",
      target: { type: "participant", id: participant.id },
      detail: { attributes: Object.keys(result) },
    });
    return result;
  });
}

/** Attribute names already used in the project, for suggestions. */
export function listAttributeNames(db: Db, projectId: number): string[] {
  return db
    .select({ name: attributes.name })
    .from(attributes)
    .where(eq(attributes.projectId, projectId))
    .all()
    .map((row) => row.name)
    .sort((a, b) => a.localeCompare(b, "en-GB"));
}
