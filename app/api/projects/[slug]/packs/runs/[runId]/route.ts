// Progress of a "make all packs" run, polled by the packs page.
import { NextResponse } from "next/server";
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
    return NextResponse.json(
      { id: run.id, status: run.status, done: run.done, total: run.total, message: run.message },
      { headers: { "Cache-Control": "no-store" } },
    );
  },
);
