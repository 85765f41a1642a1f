// The zip of every authority's pack made by one run.
import fs from "node:fs";
import { Readable } from "node:stream";
import { z } from "zod";
import { withProjectRoute } from "@/app/_server/route";
import { AppError } from "@/lib/errors";
import { getPackRun } from "@/lib/packs/make-packs";

export const GET = withProjectRoute<{ slug: string; runId: string }>(
  "make_packs",
  (_request, { db, project, params }) => {
    const runId = z.coerce.number().int().positive().safeParse(params.runId);
    if (!runId.success) throw new AppError("not_found", "Pack run not found.");
    const run = getPackRun(db, project.id, runId.data);
    if (run.status !== "done" || !run.storedPath || !fs.existsSync(run.storedPath)) {
      throw new AppError(
        "conflict",
        "These packs are not ready (or were made again since): make them again to download.",
      );
    }
    const stream = Readable.toWeb(fs.createReadStream(run.storedPath)) as ReadableStream<Uint8Array>;
    return new Response(stream, {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="${project.slug}-authority-packs.zip"`,
        "Cache-Control": "no-store",
      },
    });
  },
);
