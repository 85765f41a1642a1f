import { forbidden, notFound, redirect } from "next/navigation";
import { type Db, getDb } from "@/db/client";
import type { User } from "@/db/schema";
import { authoriseProject, type ProjectAccess } from "@/lib/auth/authorise-project";
import type { Permission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getSessionUser } from "./session";

/** Pages: signed out → sign-in; a one-time password must be changed before anything else. */
export async function requireUser(options: { allowPasswordChange?: boolean } = {}): Promise<User> {
  const user = await getSessionUser();
  if (!user) redirect("/signin");
  if (user.mustChangePassword && !options.allowPasswordChange) redirect("/account/password");
  return user;
}

/** The database handle pages read through: pages get it from these wrappers and never open db/ themselves. */
export type PageDb = Db;

/** A signed-in page that belongs to no project (the project list): the user and the handle. */
export async function requireUserPage(
  options: { allowPasswordChange?: boolean } = {},
): Promise<{ user: User; db: PageDb }> {
  return { user: await requireUser(options), db: getDb() };
}

export async function requireAdminPage(): Promise<{ user: User; db: PageDb }> {
  const user = await requireUser();
  if (!user.isAdmin) forbidden();
  return { user, db: getDb() };
}

/** Pages of a project: the same checks as actions and routes, answered as 404 or 403 pages. */
export async function requireProjectPage(
  slug: string,
  permission: Permission,
): Promise<ProjectAccess & { user: User; db: PageDb }> {
  const user = await requireUser();
  const db = getDb();
  try {
    return { ...authoriseProject(db, user.id, slug, permission), user, db };
  } catch (error) {
    if (error instanceof AppError && error.code === "forbidden") forbidden();
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
