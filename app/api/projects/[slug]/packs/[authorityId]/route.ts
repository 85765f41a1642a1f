// One authority's pack as Word or PDF: every pack for the team, only their own for an authority reader.
import { z } from "zod";
import { withProjectRoute } from "@/app/_server/route";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/events/record-event";
import { getAuthorityPack, packFileName } from "@/lib/packs/make-packs";
import { renderPackDocx } from "@/lib/packs/render-pack-docx";
import { renderPackPdf } from "@/lib/packs/render-pack-pdf";

const querySchema = z.object({ format: z.enum(["docx", "pdf"]).default("docx") });
const TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
} as const;

export const GET = withProjectRoute<{ slug: string; authorityId: string }>(
  "read_pack",
  async (request, { db, project, user, params, authorityId: readerAuthority }) => {
    const authorityId = z.coerce.number().int().positive().safeParse(params.authorityId);
    // Note: another authority's pack answers exactly like one that does not exist.
    if (!authorityId.success || (readerAuthority !== null && readerAuthority !== authorityId.data)) {
      throw new AppError("not_found", "Authority not found.");
    }
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw new AppError("invalid_input", "Ask for format=docx or format=pdf.");
    const pack = getAuthorityPack(db, project.id, authorityId.data);
    const bytes =
      query.data.format === "docx" ? await renderPackDocx(pack, project.name) : await renderPackPdf(pack, project.name);
    recordEvent(db, {
      projectId: project.id,
      actorId: user.id,
      action: "pack.download",
      target: { type: "authority", id: authorityId.data },
      detail: { format: query.data.format },
    });
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": TYPES[query.data.format],
        "Content-Disposition": `attachment; filename="${packFileName(pack.authority.name)}.${query.data.format}"`,
        "Cache-Control": "no-store",
      },
    });
  },
);
