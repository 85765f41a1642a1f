import type { Permission } from "@/lib/auth/permissions";

/**
 * Who may call each endpoint. The matrix test finds every route, server action and page on
 * disk; one missing here fails the test, so a new endpoint cannot skip its entry.
 * - a Permission: project members whose role allows it (lib/auth/permissions.ts);
 * - "signed_in": any signed-in user; "admin": site admins; "public": no check (sign-in itself).
 */
export type Access = Permission | "signed_in" | "admin" | "public";

export interface Entry {
  access: Access;
  /** Values for dynamic segments other than [slug]; looked up in the e2e database. */
  params?: Record<string, string>;
}

export const ROUTES: Record<string, Entry> = {
  "GET /api/auth/[...nextauth]": { access: "public", params: { "...nextauth": "session" } },
  "POST /api/auth/[...nextauth]": { access: "public", params: { "...nextauth": "_log" } },
  "POST /api/projects/[slug]/uploads": { access: "import" },
  "GET /api/projects/[slug]/imports/[importId]": { access: "import", params: { importId: "999999" } },
};

export const ACTIONS: Record<string, Entry> = {
  "app/projects/[slug]/import/actions.ts#confirmImport": { access: "import" },
  "app/projects/[slug]/codings/actions.ts#applyCodings": { access: "code" },
  "app/projects/[slug]/codings/actions.ts#removeCodings": { access: "code" },
};

export const PAGES: Record<string, Entry> = {};
