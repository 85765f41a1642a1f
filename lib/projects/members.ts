import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { members, type Role, users } from "../../db/schema";
import { AppError } from "../errors";
import { recordEvent } from "../events/record-event";
import type { ProjectActor } from "./project-actor";

export function listMembers(db: Db, projectId: number) {
  return db
    .select({ userId: users.id, email: users.email, name: users.name, role: members.role })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.projectId, projectId), eq(users.kind, "person")))
    .orderBy(asc(users.email))
    .all();
}

/** Adds a member or changes their role; a project always keeps at least one owner. */
export function setMemberRole(db: Db, actor: ProjectActor, input: { email: string; role: Role }): void {
  const { projectId, userId: actorId } = actor;
  const { email, role } = input;
  db.transaction((tx) => {
    const user = tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.email, email.trim().toLowerCase()), eq(users.kind, "person")))
      .get();
    // Note: the consensus coder (users.kind 'consensus') is no person and can never be a member.
    if (!user) throw new AppError("invalid_input", "No user has this email. An admin creates accounts first.");
    const current = tx
      .select({ role: members.role })
      .from(members)
      .where(and(eq(members.projectId, projectId), eq(members.userId, user.id)))
      .get();
    if (current?.role === "owner" && role !== "owner") assertAnotherOwner(tx as unknown as Db, projectId, user.id);
    tx.insert(members)
      .values({ projectId, userId: user.id, role })
      .onConflictDoUpdate({ target: [members.projectId, members.userId], set: { role } })
      .run();
    recordEvent(tx, {
      projectId,
      actorId,
      action: "member.set_role",
      target: { type: "user", id: user.id },
      detail: { role },
    });
  });
}

export function removeMember(db: Db, actor: ProjectActor, input: { userId: number }): void {
  const { projectId, userId: actorId } = actor;
  const { userId } = input;
  db.transaction((tx) => {
    const current = tx
      .select({ role: members.role })
      .from(members)
      .where(and(eq(members.projectId, projectId), eq(members.userId, userId)))
      .get();
    if (!current) throw new AppError("invalid_input", "This person is not a member.");
    if (current.role === "owner") assertAnotherOwner(tx as unknown as Db, projectId, userId);
    tx.delete(members)
      .where(and(eq(members.projectId, projectId), eq(members.userId, userId)))
      .run();
    recordEvent(tx, { projectId, actorId, action: "member.remove", target: { type: "user", id: userId } });
  });
}

function assertAnotherOwner(db: Db, projectId: number, leavingUserId: number): void {
  const owners = db
    .select({ userId: members.userId })
    .from(members)
    .where(and(eq(members.projectId, projectId), eq(members.role, "owner")))
    .all();
  if (!owners.some((owner) => owner.userId !== leavingUserId)) {
    throw new AppError("invalid_input", "A project needs at least one owner.");
  }
}
