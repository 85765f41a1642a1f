import type { QuoteStatus, Role } from "../../db/schema";
import { type Permission, roleAllows } from "../auth/permissions";
import { AppError } from "../errors";

/** Who is acting on a quote: the signed-in user and their role in the quote's project. */
export interface QuoteActor {
  userId: number;
  role: Role;
}

/**
 * The quote workflow: an author shortlists a candidate, a lead approves or rejects it. An author may
 * take a shortlisted or rejected quote back to the candidates to change it. Approved is final: its
 * wording is locked.
 */
export const TRANSITIONS: Record<QuoteStatus, Partial<Record<QuoteStatus, Permission>>> = {
  candidate: { shortlisted: "edit_quotes" },
  shortlisted: { approved: "decide_quotes", rejected: "decide_quotes", candidate: "edit_quotes" },
  rejected: { candidate: "edit_quotes" },
  approved: {},
};

export const STATUS_LABELS: Record<QuoteStatus, string> = {
  candidate: "Candidate",
  shortlisted: "Shortlisted",
  approved: "Approved",
  rejected: "Rejected",
};

/** The permission a move needs, or a conflict when the workflow has no such move. */
export function transitionPermission(from: QuoteStatus, to: QuoteStatus): Permission {
  const permission = TRANSITIONS[from][to];
  if (!permission) {
    if (from === "approved")
      throw new AppError("conflict", "This quote is approved: its wording and status are locked.");
    throw new AppError(
      "conflict",
      `A ${STATUS_LABELS[from].toLowerCase()} quote cannot become ${STATUS_LABELS[to].toLowerCase()}.`,
    );
  }
  return permission;
}

/** Checks the actor's role may make this move; throws forbidden or conflict otherwise. */
export function assertTransition(actor: QuoteActor, from: QuoteStatus, to: QuoteStatus): void {
  const permission = transitionPermission(from, to);
  requirePermission(actor, permission);
}

export function requirePermission(actor: QuoteActor, permission: Permission): void {
  if (!roleAllows(actor.role, permission)) {
    throw new AppError("forbidden", "Your role in this project does not allow this.");
  }
}

/** The moves the actor may offer in the UI from this status. */
export function availableTransitions(actor: QuoteActor, from: QuoteStatus): QuoteStatus[] {
  return (Object.entries(TRANSITIONS[from]) as [QuoteStatus, Permission][])
    .filter(([, permission]) => roleAllows(actor.role, permission))
    .map(([to]) => to);
}

/** Wording and review can change only while a quote is a candidate: what a lead approves is what was shortlisted. */
export function assertEditable(status: QuoteStatus): void {
  if (status === "approved") throw new AppError("conflict", "This quote is approved: its wording is locked.");
  if (status !== "candidate") {
    throw new AppError(
      "conflict",
      `This quote is ${STATUS_LABELS[status].toLowerCase()}: move it back to the candidates to change it.`,
    );
  }
}
