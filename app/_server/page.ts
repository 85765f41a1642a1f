import { forbidden, notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
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

export async function requireAdminPage(): Promise<User> {
  const user = await requireUser();
  if (!user.isAdmin) forbidden();
  return user;
}

/** Pages of a project: the same checks as actions and routes, answered as 404 or 403 pages. */
export async function requireProjectPage(
  slug: string,
  permission: Permission,
): Promise<ProjectAccess & { user: User }> {
  const user = await requireUser();
  try {
    return { ...authoriseProject(getDb(), user.id, slug, permission), user };
  } catch (error) {
    if (error instanceof AppError && error.code === "forbidden") forbidden();
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
