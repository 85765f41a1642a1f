import { asc, count, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { members, projects, users } from "../../db/schema";

export interface ProjectListing {
  id: number;
  slug: string;
  name: string;
  members: number;
  owners: string[];
  createdAt: Date;
}

/** Every project with its members and owners, for site admins. */
export function listProjects(db: Db): ProjectListing[] {
  const memberCounts = new Map(
    db
      .select({ projectId: members.projectId, n: count() })
      .from(members)
      .groupBy(members.projectId)
      .all()
      .map((row) => [row.projectId, row.n]),
  );
  const owners = new Map<number, string[]>();
  for (const row of db
    .select({ projectId: members.projectId, email: users.email })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(members.role, "owner"))
    .orderBy(asc(users.email))
    .all()) {
    owners.set(row.projectId, [...(owners.get(row.projectId) ?? []), row.email]);
  }
  return db
    .select({ id: projects.id, slug: projects.slug, name: projects.name, createdAt: projects.createdAt })
    .from(projects)
    .orderBy(asc(projects.name))
    .all()
    .map((project) => ({
      ...project,
      members: memberCounts.get(project.id) ?? 0,
      owners: owners.get(project.id) ?? [],
    }));
}
