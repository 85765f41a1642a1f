import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { codes } from "../../db/schema";
import { nextSiblingPosition } from "./create-code";

/** A code name as the project compares names: unique ignoring case and Unicode form. */
export function codeNameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("en-GB");
}

/** The project's codes by name key: a codebook import matches a code of the same name to it. */
export function projectCodeIdsByName(db: Db, projectId: number): Map<string, number> {
  return new Map(
    db
      .select({ id: codes.id, name: codes.name })
      .from(codes)
      .where(eq(codes.projectId, projectId))
      .all()
      .map((code) => [codeNameKey(code.name), code.id]),
  );
}

/** A code an import brings in, added at the end of its siblings; answers its id. */
export function insertImportedCode(
  db: Db,
  code: {
    projectId: number;
    parentId: number | null;
    name: string;
    colour: string;
    description: string;
    inclusion: string;
    exclusion: string;
    createdAt?: Date;
  },
): number {
  return db
    .insert(codes)
    .values({ ...code, position: nextSiblingPosition(db, code.projectId, code.parentId) })
    .returning({ id: codes.id })
    .get().id;
}
