import { asc, count, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { documents, members, projects, type Role } from "../../db/schema";

export interface UserProject {
  slug: string;
  name: string;
  description: string;
  role: Role;
  documents: number;
  /** Where the project opens for this member: an authority reader goes straight to their pack. */
  href: string;
}

/** The projects a user is a member of, with their role in each. */
export function listUserProjects(db: Db, userId: number): UserProject[] {
  const rows = db
    .select({
      id: projects.id,
      slug: projects.slug,
      name: projects.name,
      description: projects.description,
      role: members.role,
      authorityId: members.authorityId,
    })
    .from(members)
    .innerJoin(projects, eq(projects.id, members.projectId))
    .where(eq(members.userId, userId))
    .orderBy(asc(projects.name))
    .all();
  const counts = new Map(
    db
      .select({ projectId: documents.projectId, n: count() })
      .from(documents)
      .innerJoin(members, eq(members.projectId, documents.projectId))
      .where(eq(members.userId, userId))
      .groupBy(documents.projectId)
      .all()
      .map((row) => [row.projectId, row.n]),
  );
  return rows.map(({ id, authorityId, ...row }) => ({
    ...row,
    // Note: an authority reader sees no document count: they may not know what the project holds.
    documents: authorityId === null ? (counts.get(id) ?? 0) : 0,
    href: authorityId === null ? `/projects/${row.slug}` : `/projects/${row.slug}/packs/${authorityId}`,
  }));
}
