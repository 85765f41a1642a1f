// POST a file (raw body, name in X-Filename) to start an import: stored privately, then queued for a preview.
import { NextResponse } from "next/server";
import { withProjectRoute } from "@/app/_server/route";
import { spawnImportWorker } from "@/app/_server/spawn-import-worker";
import { fileKind } from "@/lib/imports/file-kind";
import { createImport } from "@/lib/imports/import-jobs";
import { removeUploadFiles } from "@/lib/imports/parsed-upload";
import { queuePreview } from "@/lib/imports/queue-import";
import { readCappedBody, uploadLimit } from "@/lib/imports/read-capped-body";
import { saveUpload } from "@/lib/imports/save-upload";
import { uploadFilename } from "@/lib/imports/upload-filename";

export const POST = withProjectRoute("import", async (request, { db, project, user }) => {
  const filename = uploadFilename(request.headers.get("x-filename"));
  const kind = fileKind(filename);
  const bytes = await readCappedBody(request.body, request.headers.get("content-length"), uploadLimit(kind));
  const storedPath = saveUpload(db.$client.name, bytes);
  try {
    const job = createImport(db, {
      projectId: project.id,
      userId: user.id,
      filename,
      storedPath,
      byteSize: bytes.byteLength,
    });
    const queued = queuePreview(db, job.id);
    spawnImportWorker(job.id, "preview");
    return NextResponse.json({ importId: job.id, status: queued.status }, { status: 202 });
  } catch (error) {
    removeUploadFiles(storedPath);
    throw error;
  }
});
