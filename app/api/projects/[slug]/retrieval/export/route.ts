// GET the segments of a retrieval (code, sub-codes and filters as on the retrieval page) as CSV.
import { withProjectRoute } from "@/app/_server/route";
import { AppError } from "@/lib/errors";
import { exportSegments } from "@/lib/retrieval/export-segments";
import { parseRetrievalParams } from "@/lib/retrieval/retrieval-params";

export const GET = withProjectRoute<{ slug: string }>("export_raw", (request, { db, project, user, role }) => {
  const { filter } = parseRetrievalParams(new URL(request.url).searchParams);
  if (!filter) throw new AppError("invalid_input", "Choose a code to export its segments.");
  const { csv, filename } = exportSegments(db, {
    projectId: project.id,
    actorId: user.id,
    filter,
    viewer: { userId: user.id, role },
  });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
});
