import type { Role } from "../../db/schema";
import { type Permission, roleAllows } from "../auth/permissions";
import { AppError } from "../errors";

/**
 * Who moves a project in or out, with their role in it (the route wrapper resolves the role;
 * the command line acts as the project's owner, since whoever runs it holds the database file).
 */
export interface ExchangeActor {
  userId: number;
  projectId: number;
  role: Role;
}

export function assertActorMay(actor: ExchangeActor, permission: Permission): void {
  if (!roleAllows(actor.role, permission))
    throw new AppError("forbidden", "Your role in this project does not allow this.");
}
