import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { members, type Project, projects, type Role } from "../../db/schema";
import { AppError } from "../errors";
import { AUTHORITY_READER_PERMISSIONS, type Permission, roleAllows } from "./permissions";

export interface ProjectAccess {
  project: Project;
  role: Role;
  userId: number;
  /** Set for an authority reader: the one authority whose pack they may read. */
  authorityId: number | null;
}

/**
 * Resolves a project for a user and checks the permission.
 * Note: a project that does not exist and one the user is not a member of raise the same
 * not_found, with the same message, so a refusal never tells whether a project exists.
 */
export function authoriseProject(db: Db, userId: number, projectSlug: string, permission: Permission): ProjectAccess {
  const row = db
    .select({ project: projects, role: members.role, authorityId: members.authorityId })
    .from(projects)
    .innerJoin(members, and(eq(members.projectId, projects.id), eq(members.userId, userId)))
    .where(eq(projects.slug, projectSlug))
    .get();
  if (!row) throw new AppError("not_found", "Project not found.");
  // Note: an authority reader is held to their pack whatever their role, so no other page can show them answer text.
  const allowed =
    row.authorityId === null ? roleAllows(row.role, permission) : AUTHORITY_READER_PERMISSIONS.includes(permission);
  if (!allowed) {
    throw new AppError("forbidden", "Your role in this project does not allow this.");
  }
  return { project: row.project, role: row.role, userId, authorityId: row.authorityId };
}
