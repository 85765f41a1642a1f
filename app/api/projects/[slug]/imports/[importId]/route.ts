// GET an import's status, progress or place in the queue, preview (before storing) or summary (after).
import { NextResponse } from "next/server";
import { withProjectRoute } from "@/app/_server/route";
import { importPool } from "@/app/_server/spawn-import-worker";
import { AppError } from "@/lib/errors";
import { getImport } from "@/lib/imports/import-jobs";

export const GET = withProjectRoute<{ slug: string; importId: string }>(
  "import",
  (_request, { db, project, params }) => {
    const importId = Number(params.importId);
    if (!Number.isInteger(importId) || importId <= 0) throw new AppError("not_found", "Import not found.");
    // Note: only reads. A job whose worker died is ended by the pool that saw it die, never by a poll.
    const job = getImport(db, project.id, importId);
    const running = job.status === "queued" || job.status === "parsing" || job.status === "importing";
    const held = running ? importPool().jobState(job.id) : { progress: null, position: null };
    return NextResponse.json({
      id: job.id,
      filename: job.filename,
      status: job.status,
      progress: held.progress ?? job.progress,
      queuePosition: job.status === "queued" ? held.position : null,
      message: job.message,
      preview: job.preview,
      options: job.status === "previewed" ? null : job.options,
      summary: job.summary,
    });
  },
);
