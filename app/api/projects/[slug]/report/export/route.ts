// GET the report (approved, anonymised quotes only) as a file: ?format=docx|md|csv (Word by default).
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
  const file = await exportReport(db, project.id, format.data, {
    actorId: userId,
    compare: compare ? compare.slice(0, 80) : null,
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
