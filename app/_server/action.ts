import { z } from "zod";
import { type Db, getDb, waitUntilWritable } from "@/db/client";
import type { User } from "@/db/schema";
import { authoriseProject, type ProjectAccess } from "@/lib/auth/authorise-project";
import type { Permission } from "@/lib/auth/permissions";
import { AppError, type AppErrorCode, BUSY_MESSAGE, isBusyError } from "@/lib/errors";
import { requireSessionUser } from "./session";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: { code: AppErrorCode; message: string } };

export const projectSlugSchema = z.string().min(1).max(64);

interface ProjectActionContext extends ProjectAccess {
  db: Db;
  user: User;
}

function refusal(error: unknown): ActionResult<never> {
  if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
  if (isBusyError(error)) return { ok: false, error: { code: "busy", message: BUSY_MESSAGE } };
  if (error instanceof z.ZodError) {
    return { ok: false, error: { code: "invalid_input", message: error.issues.map((i) => i.message).join("; ") } };
  }
  console.error("action failed", error instanceof Error ? error.name : "unknown");
  return { ok: false, error: { code: "invalid_input", message: "Something went wrong. Nothing was changed." } };
}

/**
 * The one wrapper for project server actions: authenticate → authorise the role for the
 * project → validate the input → run. Every exported action of a 'use server' module is a
 * public POST endpoint, so none is written without it.
 */
export function projectAction<S extends z.ZodTypeAny, T>(
  permission: Permission,
  schema: S,
  handler: (input: z.infer<S>, context: ProjectActionContext) => Promise<T> | T,
): (input: z.input<S> & { projectSlug: string }) => Promise<ActionResult<T>> {
  return async (raw) => {
    try {
      const user = await requireSessionUser();
      const slug = projectSlugSchema.safeParse((raw as { projectSlug?: unknown } | null)?.projectSlug);
      if (!slug.success) throw new AppError("not_found", "Project not found.");
      const db = getDb();
      const access = authoriseProject(db, user.id, slug.data, permission);
      const input = schema.parse(raw);
      // Actions write: during an import, wait for the database on a timer, not on the server's only thread.
      await waitUntilWritable(db);
      return { ok: true, data: await handler(input, { ...access, db, user }) };
    } catch (error) {
      return refusal(error);
    }
  };
}

type AccountHandler<S extends z.ZodTypeAny, T> = (input: z.infer<S>, context: { db: Db; user: User }) => Promise<T> | T;

interface AccountActionOptions {
  /** Only the password change itself: a user with a one-time password may still call it. */
  allowPasswordChange?: boolean;
}

function accountAction<S extends z.ZodTypeAny, T>(
  requireAdmin: boolean,
  schema: S,
  handler: AccountHandler<S, T>,
  options: AccountActionOptions = {},
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    try {
      const user = await requireSessionUser(options);
      if (requireAdmin && !user.isAdmin) throw new AppError("forbidden", "Only a site admin can do this.");
      const input = schema.parse(raw);
      await waitUntilWritable(getDb());
      return { ok: true, data: await handler(input, { db: getDb(), user }) };
    } catch (error) {
      return refusal(error);
    }
  };
}

/** For actions on the signed-in user's own account (no project). */
export function userAction<S extends z.ZodTypeAny, T>(
  schema: S,
  handler: AccountHandler<S, T>,
  options: AccountActionOptions = {},
) {
  return accountAction(false, schema, handler, options);
}

/** For site administration: creating users and projects. */
export function adminAction<S extends z.ZodTypeAny, T>(schema: S, handler: AccountHandler<S, T>) {
  return accountAction(true, schema, handler);
}
