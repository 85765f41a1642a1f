import { firstId } from "./database";
import { DEMO_SLUG } from "./session";

/** The id of a demo project's code, by name. */
export function demoCodeId(name: string, slug = DEMO_SLUG): number {
  return firstId(
    "select c.id from codes c join projects p on p.id = c.project_id where p.slug = ? and c.name = ?",
    slug,
    name,
  );
}

/** The id of a demo project's document, by title. */
export function demoDocumentId(title: string, slug = DEMO_SLUG): number {
  return firstId(
    "select d.id from documents d join projects p on p.id = d.project_id where p.slug = ? and d.title = ?",
    slug,
    title,
  );
}
