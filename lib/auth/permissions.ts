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
  read_summaries: ["owner", "researcher", "lead", "author", "viewer"],
  export_raw: ["owner", "researcher"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleAllows(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
