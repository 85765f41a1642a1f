// GET the project's codebook as CSV in the shape of codebook.csv (read_text).
import { withProjectRoute } from "@/app/_server/route";
import { exportCodebookCsv } from "@/lib/codebook/codebook-csv";

export const GET = withProjectRoute<{ slug: string }>("read_text", (_request, { db, project }) => {
  const csv = exportCodebookCsv(db, project.id);
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${project.slug}-codebook.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
