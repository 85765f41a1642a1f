import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { documents, imports, respondents, users } from "../../db/schema";

export interface ImportListing {
  id: number;
  filename: string;
  status: string;
  createdAt: Date;
  by: string | null;
  documents: number;
  respondents: number;
}

/** The project's finished imports (newest first), with what each brought in. */
export function listImports(db: Db, projectId: number): ImportListing[] {
  const documentCounts = new Map(
    db
      .select({ importId: documents.importId, n: sql<number>`count(*)` })
      .from(documents)
      .where(and(eq(documents.projectId, projectId), sql`${documents.importId} is not null`))
      .groupBy(documents.importId)
      .all()
      .map((row) => [row.importId!, row.n]),
  );
  const respondentCounts = new Map(
    db
      .select({ importId: respondents.importId, n: sql<number>`count(*)` })
      .from(respondents)
      .where(and(eq(respondents.projectId, projectId), sql`${respondents.importId} is not null`))
      .groupBy(respondents.importId)
      .all()
      .map((row) => [row.importId!, row.n]),
  );
  return db
    .select({
      id: imports.id,
      filename: imports.filename,
      status: imports.status,
      createdAt: imports.createdAt,
      by: users.name,
    })
    .from(imports)
    .leftJoin(users, eq(users.id, imports.userId))
    .where(and(eq(imports.projectId, projectId), eq(imports.status, "done")))
    .orderBy(sql`${imports.id} desc`)
    .all()
    .map((row) => ({
      ...row,
      documents: documentCounts.get(row.id) ?? 0,
      respondents: respondentCounts.get(row.id) ?? 0,
    }));
}
