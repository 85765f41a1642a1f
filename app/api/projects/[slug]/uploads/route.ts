// POST a file (raw body, name in X-Filename) to start an import: stored privately, previewed off-thread.
import { NextResponse } from "next/server";
import { withProjectRoute } from "@/app/_server/route";
import { spawnImportWorker } from "@/app/_server/spawn-import-worker";
import { AppError } from "@/lib/errors";
import { fileKind } from "@/lib/imports/file-kind";
import { createImport } from "@/lib/imports/import-jobs";
import { readCappedBody } from "@/lib/imports/read-capped-body";
import { saveUpload } from "@/lib/imports/save-upload";

export const POST = withProjectRoute("import", async (request, { db, project, user }) => {
  const filename = decodeURIComponent(request.headers.get("x-filename") ?? "").trim();
  if (!filename || filename.length > 255 || /[/\\]/.test(filename)) {
    throw new AppError("invalid_input", "Send the file name in the X-Filename header.");
  }
  fileKind(filename);
  const bytes = await readCappedBody(request.body, request.headers.get("content-length"));
  const storedPath = saveUpload(db.$client.name, bytes);
  const job = createImport(db, {
    projectId: project.id,
    userId: user.id,
    filename,
    storedPath,
    byteSize: bytes.byteLength,
  });
  spawnImportWorker(job.id, "preview");
  return NextResponse.json({ importId: job.id, status: job.status }, { status: 202 });
});
