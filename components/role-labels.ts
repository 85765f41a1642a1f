import type { Role } from "@/lib/auth/roles";

export const ROLE_LABELS: Record<Role, string> = {
  owner: "Owner",
  researcher: "Researcher",
  lead: "Lead",
  author: "Author",
  viewer: "Viewer",
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: "Everything, including members and settings",
  researcher: "Imports, reads and codes",
  lead: "Reads, proposes and decides quotes",
  author: "Reads, proposes and edits quotes",
  viewer: "Summary counts only",
};
