import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { answers, documents, respondents, roundUnits, roundUnitsDone, waves } from "../../db/schema";

const EXCERPT_LENGTH = 400;

/** One unit of a round as its queue shows it. */
export interface RoundUnitView {
  id: number;
  /** 1-based place in the queue. */
  number: number;
  documentId: number;
  documentTitle: string;
  documentKind: "transcript" | "question";
  wave: string | null;
  /** Null for a whole transcript. */
  answerId: number | null;
  respondentExternalId: string | null;
  /** The answer's text (cut at 400 characters); null for a transcript. */
  excerpt: string | null;
  done: boolean;
}

/** A round's units in queue order, each marked done or not for `userId`. */
export function listRoundUnits(db: Db, roundId: number, userId: number): RoundUnitView[] {
  const rows = db
    .select({
      id: roundUnits.id,
      position: roundUnits.position,
      documentId: roundUnits.documentId,
      documentTitle: documents.title,
      documentKind: documents.kind,
      wave: waves.label,
      answerId: roundUnits.answerId,
      respondentExternalId: respondents.externalId,
      excerpt: sql<string | null>`substr(${answers.text}, 1, ${EXCERPT_LENGTH})`,
      doneAt: roundUnitsDone.doneAt,
    })
    .from(roundUnits)
    .innerJoin(documents, eq(documents.id, roundUnits.documentId))
    .leftJoin(waves, eq(waves.id, documents.waveId))
    .leftJoin(answers, eq(answers.id, roundUnits.answerId))
    .leftJoin(respondents, eq(respondents.id, answers.respondentId))
    .leftJoin(roundUnitsDone, and(eq(roundUnitsDone.roundUnitId, roundUnits.id), eq(roundUnitsDone.userId, userId)))
    .where(eq(roundUnits.roundId, roundId))
    .orderBy(asc(roundUnits.position))
    .all();
  return rows.map((row, index) => ({
    id: row.id,
    number: index + 1,
    documentId: row.documentId,
    documentTitle: row.documentTitle,
    documentKind: row.documentKind,
    wave: row.wave,
    answerId: row.answerId,
    respondentExternalId: row.respondentExternalId,
    excerpt: row.excerpt,
    done: row.doneAt !== null,
  }));
}

/** Units per round, and units done per coder in each: one grouped query each. */
export function countRoundUnits(
  db: Db,
  roundIds: number[],
): {
  units: Map<number, number>;
  done: Map<string, number>;
} {
  if (roundIds.length === 0) return { units: new Map(), done: new Map() };
  const units = new Map(
    db
      .select({ roundId: roundUnits.roundId, n: sql<number>`count(*)` })
      .from(roundUnits)
      .where(inArray(roundUnits.roundId, roundIds))
      .groupBy(roundUnits.roundId)
      .all()
      .map((row) => [row.roundId, row.n]),
  );
  const done = new Map(
    db
      .select({ roundId: roundUnits.roundId, userId: roundUnitsDone.userId, n: sql<number>`count(*)` })
      .from(roundUnitsDone)
      .innerJoin(roundUnits, eq(roundUnits.id, roundUnitsDone.roundUnitId))
      .where(inArray(roundUnits.roundId, roundIds))
      .groupBy(roundUnits.roundId, roundUnitsDone.userId)
      .all()
      .map((row) => [`${row.roundId}:${row.userId}`, row.n]),
  );
  return { units, done };
}
