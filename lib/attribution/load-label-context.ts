import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  attributes,
  documents,
  participantAttributes,
  participants,
  respondentAttributes,
  respondents,
  turns,
  waves,
} from "../../db/schema";
import type { LabelSubject, PopulationMember, QuoteSource } from "./types";

const FACILITATOR = /facilitat|moderat|interviewer|\bresearcher\b/i;

export interface LabelContext {
  subject: LabelSubject;
  population: PopulationMember[];
  /** Everyone in the project (respondents and focus-group participants): the fallback label's population. */
  projectPeople: number;
}

/**
 * The person a quote comes from and the population its label must hide them in: for a survey answer,
 * every respondent of that wave; for a focus-group turn, every focus-group participant of the project in
 * every wave, each with the waves they spoke in, so a label naming the wave counts that wave's people and
 * one without it counts everyone's (facilitators are staff, not participants, and are left out unless
 * quoted themselves).
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
      projectPeople: countProjectPeople(db, projectId),
      subject: {
        kind: "survey",
        attributes: (source.respondentId !== null && byRespondent.get(source.respondentId)) || {},
        wave: source.wave,
        groupType: null,
      },
      population: [...byRespondent.values()].map((record) => ({ attributes: record, groupTypes: [] })),
    };
  }

  const { groupTypes, names, waveLabels } = focusGroupSpeakers(db, projectId);
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
    population.push({ attributes: record, groupTypes: [...groupTypes.get(id)!], waves: [...waveLabels.get(id)!] });
  }
  return {
    projectPeople: countProjectPeople(db, projectId),
    subject: {
      kind: "focus_group",
      attributes: (source.participantId !== null && byParticipant.get(source.participantId)) || {},
      wave: source.wave,
      groupType: source.groupType,
    },
    population,
  };
}

/** Every focus-group speaker of the project with the group types and waves of the transcripts they spoke in. */
function focusGroupSpeakers(db: Db, projectId: number) {
  const speakers = db
    .selectDistinct({
      participantId: turns.participantId,
      groupType: documents.groupType,
      name: participants.name,
      wave: waves.label,
    })
    .from(turns)
    .innerJoin(documents, eq(documents.id, turns.documentId))
    .innerJoin(participants, eq(participants.id, turns.participantId))
    .leftJoin(waves, eq(waves.id, documents.waveId))
    .where(and(eq(documents.projectId, projectId), eq(documents.kind, "transcript")))
    .all();
  const groupTypes = new Map<number, Set<string>>();
  const waveLabels = new Map<number, Set<string>>();
  const names = new Map<number, string>();
  for (const row of speakers) {
    if (row.participantId === null) continue;
    names.set(row.participantId, row.name);
    const types = groupTypes.get(row.participantId) ?? new Set<string>();
    if (row.groupType) types.add(row.groupType);
    groupTypes.set(row.participantId, types);
    const heard = waveLabels.get(row.participantId) ?? new Set<string>();
    if (row.wave) heard.add(row.wave);
    waveLabels.set(row.participantId, heard);
  }
  return { groupTypes, names, waveLabels };
}

/** Respondents and focus-group speakers of the project, facilitators aside. */
function countProjectPeople(db: Db, projectId: number): number {
  const respondentCount =
    db.select({ n: sql<number>`count(*)` }).from(respondents).where(eq(respondents.projectId, projectId)).get()?.n ?? 0;
  const speakers = db
    .selectDistinct({ id: participants.id, name: participants.name, role: participantAttributes.value })
    .from(turns)
    .innerJoin(documents, eq(documents.id, turns.documentId))
    .innerJoin(participants, eq(participants.id, turns.participantId))
    .leftJoin(
      participantAttributes,
      and(
        eq(participantAttributes.participantId, participants.id),
        sql`${participantAttributes.attributeId} in (select ${attributes.id} from ${attributes} where ${attributes.projectId} = ${projectId} and ${attributes.name} = 'role')`,
      ),
    )
    .where(and(eq(documents.projectId, projectId), eq(documents.kind, "transcript")))
    .all();
  const people = new Set(
    speakers.filter((row) => !FACILITATOR.test(row.role ?? "") && !FACILITATOR.test(row.name)).map((row) => row.id),
  );
  return respondentCount + people.size;
}
