import { NextResponse } from "next/server";
import { type Db, getDb } from "@/db/client";
import type { User } from "@/db/schema";
import { authoriseProject, type ProjectAccess } from "@/lib/auth/authorise-project";
import type { Permission } from "@/lib/auth/permissions";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { requireSessionUser } from "./session";

export interface ProjectRouteContext<P> extends ProjectAccess {
  db: Db;
  user: User;
  params: P;
}

export function errorResponse(error: unknown): NextResponse {
  if (error instanceof AppError) {
    return NextResponse.json(
      { error: { code: error.code, message: error.message } },
      { status: HTTP_STATUS[error.code] },
    );
  }
  console.error("route failed", error instanceof Error ? error.name : "unknown");
  return NextResponse.json({ error: { code: "server_error", message: "Something went wrong." } }, { status: 500 });
}

/**
 * The one wrapper for project route handlers: 401 signed out (or a session that was ended),
 * 403 `password_change_required` for a one-time password, the same 404 for a missing project and
 * a project the user is not in, 403 for a role that may not act.
 */
export function withProjectRoute<P extends { slug: string }>(
  permission: Permission,
  handler: (request: Request, context: ProjectRouteContext<P>) => Promise<Response> | Response,
) {
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    try {
      const user = await requireSessionUser();
      const resolved = await params;
      const db = getDb();
      const access = authoriseProject(db, user.id, resolved.slug, permission);
      return await handler(request, { ...access, db, user, params: resolved });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
