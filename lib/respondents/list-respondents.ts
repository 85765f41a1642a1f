import { and, asc, count, eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { answers, attributes, respondentAttributes, respondents, waves } from "../../db/schema";

export const RESPONDENTS_PAGE_SIZE = 100;

export interface RespondentRow {
  id: number;
  externalId: string;
  wave: string;
  answers: number;
  attributes: Record<string, string>;
}

export interface RespondentPage {
  rows: RespondentRow[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  attributeNames: string[];
  waves: { id: number; label: string; respondents: number }[];
}

/** One page of a project's respondents, optionally of one wave, with their attributes. */
export function listRespondents(
  db: Db,
  projectId: number,
  options: { waveId?: number; page?: number; pageSize?: number } = {},
): RespondentPage {
  const pageSize = options.pageSize ?? RESPONDENTS_PAGE_SIZE;
  const conditions: SQL[] = [eq(respondents.projectId, projectId)];
  if (options.waveId !== undefined) conditions.push(eq(respondents.waveId, options.waveId));
  const total =
    db
      .select({ n: count() })
      .from(respondents)
      .where(and(...conditions))
      .get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);

  const base = db
    .select({ id: respondents.id, externalId: respondents.externalId, wave: waves.label })
    .from(respondents)
    .innerJoin(waves, eq(waves.id, respondents.waveId))
    .where(and(...conditions))
    .orderBy(asc(waves.label), asc(respondents.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const ids = base.map((row) => row.id);

  const byRespondent = new Map<number, Record<string, string>>();
  const answerCounts = new Map<number, number>();
  const names = new Set<string>();
  if (ids.length > 0) {
    for (const value of db
      .select({
        respondentId: respondentAttributes.respondentId,
        name: attributes.name,
        value: respondentAttributes.value,
      })
      .from(respondentAttributes)
      .innerJoin(attributes, eq(attributes.id, respondentAttributes.attributeId))
      .where(inArray(respondentAttributes.respondentId, ids))
      .all()) {
      names.add(value.name);
      const current = byRespondent.get(value.respondentId) ?? {};
      current[value.name] = value.value;
      byRespondent.set(value.respondentId, current);
    }
    for (const row of db
      .select({ respondentId: answers.respondentId, n: count() })
      .from(answers)
      .where(inArray(answers.respondentId, ids))
      .groupBy(answers.respondentId)
      .all()) {
      answerCounts.set(row.respondentId, row.n);
    }
  }

  const waveCounts = new Map(
    db
      .select({ waveId: respondents.waveId, n: count() })
      .from(respondents)
      .where(eq(respondents.projectId, projectId))
      .groupBy(respondents.waveId)
      .all()
      .map((row) => [row.waveId, row.n]),
  );
  const waveRows = db
    .select({ id: waves.id, label: waves.label })
    .from(waves)
    .where(eq(waves.projectId, projectId))
    .orderBy(asc(waves.label))
    .all()
    .map((wave) => ({ ...wave, respondents: waveCounts.get(wave.id) ?? 0 }));

  return {
    rows: base.map((row) => ({
      ...row,
      answers: answerCounts.get(row.id) ?? 0,
      attributes: byRespondent.get(row.id) ?? {},
    })),
    total,
    page,
    pageCount,
    pageSize,
    attributeNames: [...names].sort((a, b) => a.localeCompare(b, "en-GB")),
    waves: waveRows,
  };
}
