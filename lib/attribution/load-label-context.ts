import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  attributes,
  documents,
  participantAttributes,
  participants,
  respondentAttributes,
  respondents,
  turns,
} from "../../db/schema";
import type { QuoteSource } from "../quotes/quote-source";
import type { LabelSubject, PopulationMember } from "./types";

const FACILITATOR = /facilitat|moderat|interviewer|\bresearcher\b/i;

export interface LabelContext {
  subject: LabelSubject;
  population: PopulationMember[];
}

/**
 * The person a quote comes from and the population its label must hide them in: for a survey answer,
 * every respondent of that wave; for a focus-group turn, every focus-group participant of that wave in
 * the project (facilitators are staff, not participants, and are left out unless quoted themselves).
 */
export function loadLabelContext(db: Db, projectId: number, source: QuoteSource): LabelContext {
  if (source.kind === "survey") {
    const rows = db
      .select({ id: respondents.id, name: attributes.name, value: respondentAttributes.value })
      .from(respondents)
      .leftJoin(respondentAttributes, eq(respondentAttributes.respondentId, respondents.id))
      .leftJoin(attributes, eq(attributes.id, respondentAttributes.attributeId))
      .where(
        and(
          eq(respondents.projectId, projectId),
          source.waveId === null ? isNull(respondents.waveId) : eq(respondents.waveId, source.waveId),
        ),
      )
      .all();
    const byRespondent = new Map<number, Record<string, string>>();
    for (const row of rows) {
      const record = byRespondent.get(row.id) ?? {};
      if (row.name && row.value !== null) record[row.name] = row.value;
      byRespondent.set(row.id, record);
    }
    return {
      subject: {
        kind: "survey",
        attributes: (source.respondentId !== null && byRespondent.get(source.respondentId)) || {},
        wave: source.wave,
        groupType: null,
      },
      population: [...byRespondent.values()].map((record) => ({ attributes: record, groupTypes: [] })),
    };
  }

  const speakers = db
    .selectDistinct({ participantId: turns.participantId, groupType: documents.groupType, name: participants.name })
    .from(turns)
    .innerJoin(documents, eq(documents.id, turns.documentId))
    .innerJoin(participants, eq(participants.id, turns.participantId))
    .where(
      and(
        eq(documents.projectId, projectId),
        eq(documents.kind, "transcript"),
        source.waveId === null ? isNull(documents.waveId) : eq(documents.waveId, source.waveId),
      ),
    )
    .all();
  const groupTypes = new Map<number, Set<string>>();
  const names = new Map<number, string>();
  for (const row of speakers) {
    if (row.participantId === null) continue;
    names.set(row.participantId, row.name);
    const set = groupTypes.get(row.participantId) ?? new Set<string>();
    if (row.groupType) set.add(row.groupType);
    groupTypes.set(row.participantId, set);
  }
  const ids = [...groupTypes.keys()];
  const attributeRows = ids.length
    ? db
        .select({ id: participantAttributes.participantId, name: attributes.name, value: participantAttributes.value })
        .from(participantAttributes)
        .innerJoin(attributes, eq(attributes.id, participantAttributes.attributeId))
        .where(inArray(participantAttributes.participantId, ids))
        .all()
    : [];
  const byParticipant = new Map<number, Record<string, string>>(ids.map((id) => [id, {}]));
  for (const row of attributeRows) byParticipant.get(row.id)![row.name] = row.value;

  const population: PopulationMember[] = [];
  for (const id of ids) {
    const record = byParticipant.get(id)!;
    const isFacilitator = FACILITATOR.test(record.role ?? "") || FACILITATOR.test(names.get(id) ?? "");
    if (isFacilitator && id !== source.participantId) continue;
    population.push({ attributes: record, groupTypes: [...groupTypes.get(id)!] });
  }
  return {
    subject: {
      kind: "focus_group",
      attributes: (source.participantId !== null && byParticipant.get(source.participantId)) || {},
      wave: source.wave,
      groupType: source.groupType,
    },
    population,
  };
}
