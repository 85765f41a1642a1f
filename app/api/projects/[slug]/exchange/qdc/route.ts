// GET the project's codebook as a REFI-QDA codebook (.qdc) (read_text, as the codebook CSV).
import { withProjectRoute } from "@/app/_server/route";
import { exportQdc } from "@/lib/exchange/export-qdc";

export const GET = withProjectRoute<{ slug: string }>("read_text", (_request, { db, project, role, user }) => {
  const file = exportQdc(db, { userId: user.id, projectId: project.id, role });
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": `${file.contentType}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
    },
  });
});
