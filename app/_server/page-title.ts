import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { authoriseProject, type ProjectAccess } from "@/lib/auth/authorise-project";
import type { Permission } from "@/lib/auth/permissions";
import { getDocumentHeader } from "@/lib/documents/get-document";
import type { PageDb } from "./page";
import { getSessionUser } from "./session";

/**
 * A project page's tab title naming what it shows ("Interview 3 · Documents"), read with the page's own
 * checks. Note: anyone the page would refuse gets the section's name alone, so a title never leaks a name.
 */
export async function projectPageTitle(
  slug: string,
  permission: Permission,
  section: string,
  name: (access: ProjectAccess & { db: PageDb }) => string | null,
): Promise<Metadata> {
  try {
    const user = await getSessionUser();
    if (!user || user.mustChangePassword) return { title: section };
    const db = getDb();
    const named = name({ ...authoriseProject(db, user.id, slug, permission), db });
    return { title: named ? `${named} · ${section}` : section };
  } catch {
    return { title: section };
  }
}

/** A document's pages (transcript or answer grid) are titled with the document's title. */
export async function documentPageTitle(params: Promise<{ slug: string; documentId: string }>): Promise<Metadata> {
  const { slug, documentId: raw } = await params;
  const documentId = /^\d{1,9}$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;
  return projectPageTitle(slug, "read_text", "Documents", ({ db, project }) =>
    documentId === null ? null : getDocumentHeader(db, project.id, documentId).title,
  );
}
