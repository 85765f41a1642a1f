// GET the project as a REFI-QDA project file (.qdpx) for NVivo, MAXQDA, ATLAS.ti or QualCoder (export_raw).
import { withProjectRoute } from "@/app/_server/route";
import { exportQdpx } from "@/lib/exchange/export-qdpx";

export const GET = withProjectRoute<{ slug: string }>("export_raw", async (_request, { db, project, role, user }) => {
  const file = await exportQdpx(db, { userId: user.id, projectId: project.id, role });
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
    },
  });
});
