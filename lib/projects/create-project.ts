import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { members, projectSettings, projects } from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";

export interface CreateProjectInput {
  slug: string;
  name: string;
  description?: string;
  /** Becomes the project's first owner. */
  ownerId?: number;
  actorId?: number;
}

export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export function createProject(db: Db, input: CreateProjectInput): { id: number; slug: string } {
  const slug = input.slug.trim().toLowerCase();
  if (!SLUG_PATTERN.test(slug)) {
    throw new AppError(
      "invalid_input",
      "A project slug uses lowercase letters, digits and hyphens (e.g. big-conversation).",
    );
  }
  if (!input.name.trim()) throw new AppError("invalid_input", "Give the project a name.");
  return db.transaction((tx) => {
    if (tx.select({ id: projects.id }).from(projects).where(eq(projects.slug, slug)).get()) {
      throw new AppError("conflict", "A project with this slug already exists.");
    }
    const project = tx
      .insert(projects)
      .values({ slug, name: input.name.trim(), description: input.description ?? "" })
      .returning({ id: projects.id })
      .get();
    tx.insert(projectSettings).values({ projectId: project.id }).run();
    if (input.ownerId !== undefined) {
      tx.insert(members).values({ projectId: project.id, userId: input.ownerId, role: "owner" }).run();
    }
    recordEvent(tx, {
      projectId: project.id,
      actorId: input.actorId ?? null,
      action: "project.create",
      target: { type: "project", id: project.id },
    });
    return { id: project.id, slug };
  });
}
