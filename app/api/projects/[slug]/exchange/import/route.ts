// POST a .qdpx or .qdc (raw body, name in X-Filename) to import it into the project at once (import).
import { NextResponse } from "next/server";
import { withProjectRoute } from "@/app/_server/route";
import { AppError } from "@/lib/errors";
import { importQdc } from "@/lib/exchange/import-qdc";
import { importQdpx, MAX_QDPX_IN_REQUEST_BYTES } from "@/lib/exchange/import-qdpx";
import { readCappedBody } from "@/lib/imports/read-capped-body";
import { uploadFilename } from "@/lib/imports/upload-filename";

export const POST = withProjectRoute("import", async (request, { db, project, role, user }) => {
  const filename = uploadFilename(request.headers.get("x-filename"));
  const kind = /\.qdpx$/i.test(filename) ? "qdpx" : /\.qdc$/i.test(filename) ? "qdc" : null;
  if (!kind) throw new AppError("invalid_input", "Choose a REFI-QDA project (.qdpx) or codebook (.qdc).");
  // Note: the import runs in this request, so the body is capped well below the upload limit.
  const bytes = await readCappedBody(request.body, request.headers.get("content-length"), MAX_QDPX_IN_REQUEST_BYTES);
  const actor = { userId: user.id, projectId: project.id, role };
  const summary =
    kind === "qdpx" ? await importQdpx(db, actor, { bytes, filename }) : importQdc(db, actor, { bytes, filename });
  return NextResponse.json({ kind, summary });
});
