import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { members, type Project, projects, type Role } from "../../db/schema";
import { AppError } from "../errors";
import { type Permission, roleAllows } from "./permissions";

export interface ProjectAccess {
  project: Project;
  role: Role;
  userId: number;
}

/**
 * Resolves a project for a user and checks the permission.
 * Note: a project that does not exist and one the user is not a member of raise the same
 * not_found, with the same message, so a refusal never tells whether a project exists.
 */
export function authoriseProject(db: Db, userId: number, projectSlug: string, permission: Permission): ProjectAccess {
  const row = db
    .select({ project: projects, role: members.role })
    .from(projects)
    .innerJoin(members, and(eq(members.projectId, projects.id), eq(members.userId, userId)))
    .where(eq(projects.slug, projectSlug))
    .get();
  if (!row) throw new AppError("not_found", "Project not found.");
  if (!roleAllows(row.role, permission)) {
    throw new AppError("forbidden", "Your role in this project does not allow this.");
  }
  return { project: row.project, role: row.role, userId };
}
