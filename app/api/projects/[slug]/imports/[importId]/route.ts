// GET an import's status, progress, preview (before storing) or summary (after).
import { NextResponse } from "next/server";
import { withProjectRoute } from "@/app/_server/route";
import { AppError } from "@/lib/errors";
import { getImport, readProgress } from "@/lib/imports/import-jobs";

export const GET = withProjectRoute<{ slug: string; importId: string }>(
  "import",
  (_request, { db, project, params }) => {
    const importId = Number(params.importId);
    if (!Number.isInteger(importId) || importId <= 0) throw new AppError("not_found", "Import not found.");
    const job = getImport(db, project.id, importId);
    return NextResponse.json({
      id: job.id,
      filename: job.filename,
      status: job.status,
      progress: readProgress(job),
      message: job.message,
      preview: job.preview,
      summary: job.summary,
    });
  },
);
