// POST a .qdc codebook (raw body, name in X-Filename) to add its codes to the project at once (import).
import { NextResponse } from "next/server";
import { withProjectRoute } from "@/app/_server/route";
import { AppError } from "@/lib/errors";
import { importQdc, MAX_QDC_BYTES } from "@/lib/exchange/import-qdc";
import { readCappedBody } from "@/lib/imports/read-capped-body";
import { uploadFilename } from "@/lib/imports/upload-filename";

export const POST = withProjectRoute("import", async (request, { db, project, role, user }) => {
  const filename = uploadFilename(request.headers.get("x-filename"));
  if (/\.qdpx$/i.test(filename)) {
    throw new AppError(
      "invalid_input",
      "A project file (.qdpx) is imported as an upload on the Import page, where its progress is shown.",
    );
  }
  if (!/\.qdc$/i.test(filename)) throw new AppError("invalid_input", "Choose a REFI-QDA codebook (.qdc).");
  // Note: a codebook is stored in this request, so its body is capped well below the upload limit.
  const bytes = await readCappedBody(request.body, request.headers.get("content-length"), MAX_QDC_BYTES);
  const summary = importQdc(db, { userId: user.id, projectId: project.id, role }, { bytes, filename });
  return NextResponse.json({ kind: "qdc", summary });
});
