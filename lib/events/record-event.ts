import type { Db } from "../../db/client";
import { events } from "../../db/schema";

/** Every action the event log records, so the log reads the same everywhere and a typo fails to compile. */
export const EVENT_ACTIONS = [
  "user.create",
  "user.change_password",
  "user.sign_out",
  "user.sign_out_other_sessions",
  "user.sign_out_everywhere",
  "project.create",
  "project.update_settings",
  "project.set_comparison",
  "member.set_role",
  "member.remove",
  "document.import",
  "survey.import",
  "codebook.import",
  "metrics.import_levels",
  "metrics.import_changes",
  "code.create",
  "code.update",
  "code.move",
  "code.merge",
  "code.archive",
  "code.restore",
  "code_metric_link.save",
  "code_metric_link.remove",
  "coding.create",
  "coding.delete",
  "memo.create",
  "memo.update",
  "memo.delete",
  "participant.merge",
  "participant.set_attributes",
  "retrieval.export",
  "quote.propose",
  "quote.comment",
  "quote.attribution",
  "quote.shortlist",
  "quote.return",
  "quote.approve",
  "quote.reject",
  "quote.review.undo",
  "quote.review.restore",
  "quote.review.add",
  "quote.review.resolve",
  "report.order_themes",
  "report.order_quotes",
  "report.export",
  "exchange.export",
  "exchange.import",
  "import.delete",
  "document.rename",
  "wave.rename",
  "attribute.merge",
  "attribute.order",
  "packs.make",
  "pack.download",
  "adjudication.decide",
  "agreement.export",
  "round.create",
  "round.close",
] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];

export const EVENT_TARGET_TYPES = [
  "user",
  "project",
  "document",
  "wave",
  "code",
  "memo",
  "participant",
  "quote",
  "import",
  "attribute",
  "pack_run",
  "authority",
  "round",
] as const;
export type EventTargetType = (typeof EVENT_TARGET_TYPES)[number];

export interface EventInput {
  /** Null for what belongs to no project (accounts). */
  projectId?: number | null;
  /** Null when no signed-in user acted (the command line creating the first admin). */
  actorId: number | null;
  action: EventAction;
  target?: { type: EventTargetType; id: number } | null;
  detail?: Record<string, unknown> | null;
}

/** A database handle or the transaction the change runs in: the event commits with the change it records. */
export type EventWriter = Pick<Db, "insert">;

/** Appends one entry to the project's event log. */
export function recordEvent(db: EventWriter, input: EventInput): void {
  db.insert(events)
    .values({
      projectId: input.projectId ?? null,
      userId: input.actorId,
      action: input.action,
      targetType: input.target?.type ?? null,
      targetId: input.target?.id ?? null,
      detail: input.detail ?? null,
    })
    .run();
}
