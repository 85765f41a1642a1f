// GET the report (approved, anonymised quotes only) as a file: ?format=docx|md|csv (Word by default), ?methods=latest with the agreement appendix.
import { z } from "zod";
import { withProjectRoute } from "@/app/_server/route";
import { AppError } from "@/lib/errors";
import { exportReport, REPORT_FORMATS } from "@/lib/reports/export-report";

const formatSchema = z.enum(REPORT_FORMATS);

export const GET = withProjectRoute<{ slug: string }>("edit_quotes", async (request, { db, project, userId }) => {
  const requested = new URL(request.url).searchParams.get("format") ?? "docx";
  const format = formatSchema.safeParse(requested);
  if (!format.success) throw new AppError("invalid_input", `Choose a format: ${REPORT_FORMATS.join(", ")}.`);
  const compare = new URL(request.url).searchParams.get("compare");
  // ?methods=latest appends the latest closed round's agreement; ?methods=<round id> that round's.
  const methodsParam = new URL(request.url).searchParams.get("methods");
  const roundId = z.coerce.number().int().positive().safeParse(methodsParam);
  const methods = methodsParam === "latest" ? true : roundId.success ? roundId.data : false;
  const file = await exportReport(db, project.id, format.data, {
    actorId: userId,
    compare: compare ? compare.slice(0, 80) : null,
    methods,
  });
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Content-Length": String(file.body.byteLength),
      "Cache-Control": "no-store",
    },
  });
});
