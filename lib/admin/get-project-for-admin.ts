import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { projects } from "../../db/schema";
import { AppError } from "../errors";
import { listMembers } from "../projects/members";

/**
 * A project as a site admin sees it, member or not: its name and members, so an admin can add the first
 * members (an owner among them) to a project nobody can open yet. Callers check that the user is an admin.
 */
export function getProjectForAdmin(db: Db, slug: string) {
  const project = db
    .select({ id: projects.id, slug: projects.slug, name: projects.name })
    .from(projects)
    .where(eq(projects.slug, slug))
    .get();
  if (!project) throw new AppError("not_found", "Project not found.");
  return { ...project, members: listMembers(db, project.id) };
}
