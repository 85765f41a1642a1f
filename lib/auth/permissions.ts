import type { Role } from "../../db/schema";

/**
 * What each project role may do. The single table every page, server action and route
 * handler is checked against (through the wrappers in app/_server).
 */
export const PERMISSIONS = {
  manage_project: ["owner"],
  import: ["owner", "researcher"],
  read_text: ["owner", "researcher", "lead", "author"],
  code: ["owner", "researcher"],
  propose_quote: ["owner", "researcher", "lead", "author"],
  edit_quotes: ["owner", "author"],
  decide_quotes: ["owner", "lead"],
  /** The agreement report, its CSV, the disagreement queue and adjudication (consensus codings). */
  adjudicate: ["owner", "lead"],
  /** Create agreement rounds, watch each coder's progress and close a round (which reveals a blind one). */
  manage_rounds: ["owner", "lead"],
  read_summaries: ["owner", "researcher", "lead", "author", "viewer"],
  export_raw: ["owner", "researcher"],
  make_packs: ["owner", "researcher"],
  /** Every pack; an authority reader (a member scoped to one authority) may read their own pack and nothing else. */
  read_pack: ["owner", "researcher", "lead", "author"],
  /** The published survey metrics and their score tables: aggregates only, no answer text. */
  read_published: ["owner", "researcher", "lead", "author", "viewer"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/**
 * What a member scoped to one authority may do, whatever their role: read their own authority's pack and
 * the project's published metrics (aggregates with small numbers suppressed), never answer text.
 */
export const AUTHORITY_READER_PERMISSIONS: readonly Permission[] = ["read_pack", "read_published"];

export function roleAllows(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
