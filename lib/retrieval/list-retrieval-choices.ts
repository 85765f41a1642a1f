import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  attributes,
  codings,
  documents,
  participantAttributes,
  respondentAttributes,
  users,
  waves,
} from "../../db/schema";
import { compareValues } from "../analysis/compare-values";
import { orderAttributeNames } from "../attributes/standard-attributes";

export interface RetrievalChoices {
  waves: string[];
  /** Attribute names (standard ones first) with the values speakers and respondents have. */
  attributes: { name: string; values: string[] }[];
  documents: { id: number; title: string; kind: "transcript" | "question"; wave: string | null }[];
  coders: { id: number; name: string }[];
}

/** What the retrieval filters can offer in a project. */
export function listRetrievalChoices(db: Db, projectId: number): RetrievalChoices {
  const waveLabels = db
    .select({ label: waves.label })
    .from(waves)
    .where(eq(waves.projectId, projectId))
    .orderBy(asc(waves.label))
    .all()
    .map((row) => row.label);
  const values = new Map<string, Set<string>>();
  const add = (name: string, value: string) => {
    const set = values.get(name);
    if (set) set.add(value);
    else values.set(name, new Set([value]));
  };
  for (const row of db
    .selectDistinct({ name: attributes.name, value: respondentAttributes.value })
    .from(respondentAttributes)
    .innerJoin(attributes, eq(attributes.id, respondentAttributes.attributeId))
    .where(eq(attributes.projectId, projectId))
    .all()) {
    add(row.name, row.value);
  }
  for (const row of db
    .selectDistinct({ name: attributes.name, value: participantAttributes.value })
    .from(participantAttributes)
    .innerJoin(attributes, eq(attributes.id, participantAttributes.attributeId))
    .where(eq(attributes.projectId, projectId))
    .all()) {
    add(row.name, row.value);
  }
  const documentRows = db
    .select({ id: documents.id, title: documents.title, kind: documents.kind, wave: waves.label })
    .from(documents)
    .leftJoin(waves, eq(waves.id, documents.waveId))
    .where(eq(documents.projectId, projectId))
    .orderBy(asc(documents.kind), asc(documents.title), asc(waves.label))
    .all();
  const coders = db
    .selectDistinct({ id: users.id, name: users.name })
    .from(codings)
    .innerJoin(users, eq(users.id, codings.coderId))
    .where(eq(codings.projectId, projectId))
    .orderBy(asc(users.name))
    .all();
  return {
    waves: waveLabels,
    attributes: orderAttributeNames(values.keys()).map((name) => ({
      name,
      values: [...values.get(name)!].sort(compareValues),
    })),
    documents: documentRows,
    coders,
  };
}
