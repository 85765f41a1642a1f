import type { Db } from "../../db/client";
import { users } from "../../db/schema";
import { createProject } from "../projects/create-project";
import { createImport } from "./import-jobs";
import { queuePreview } from "./queue-import";
import { saveUpload } from "./save-upload";

/** A project "p" owned by a new user, for import job tests. */
export function projectWithOwner(db: Db): { projectId: number; userId: number } {
  const userId = db
    .insert(users)
    .values({ email: "r@example.org", name: "R", passwordHash: "x" })
    .returning({ id: users.id })
    .get().id;
  return { projectId: createProject(db, { slug: "p", name: "P", ownerId: userId }).id, userId };
}

/** An upload saved privately and queued for its preview, as the uploads route leaves it. */
export function queuedUpload(
  db: Db,
  owner: { projectId: number; userId: number },
  filename: string,
  bytes: Uint8Array,
) {
  const storedPath = saveUpload(db.$client.name, bytes);
  const job = createImport(db, { ...owner, filename, storedPath, byteSize: bytes.byteLength });
  queuePreview(db, job.id);
  return job;
}
