// GET a document's live coding feed (server-sent events): codings others make or remove, and who is here.
import { z } from "zod";
import { withProjectRoute } from "@/app/_server/route";
import { openLiveFeed } from "@/lib/coding/live/open-live-feed";
import { getDocumentHeader } from "@/lib/documents/get-document";
import { AppError } from "@/lib/errors";

const querySchema = z.object({ document: z.coerce.number().int().positive() });

export const dynamic = "force-dynamic";

export const GET = withProjectRoute<{ slug: string }>("read_text", (request, { db, project, user, role }) => {
  const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new AppError("invalid_input", "Say which document to follow.");
  const documentId = parsed.data.document;
  // Note: the same 404 as for any document outside the project.
  getDocumentHeader(db, project.id, documentId);
  const stream = openLiveFeed(db, {
    projectId: project.id,
    documentId,
    viewer: { userId: user.id, name: user.name, role },
    signal: request.signal,
  });
  if (!stream) throw new AppError("rate_limited", "Too many open windows follow this project; close some and reload.");
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform keeps any compression from holding events back.
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
      Connection: "keep-alive",
    },
  });
});
