// GET the agreement report as CSV: unit-level figures per code and pooled, then character-level figures.
import { withProjectRoute } from "@/app/_server/route";
import { agreementCsv, getAgreementReport } from "@/lib/agreement/agreement-report";
import { listAgreementChoices } from "@/lib/agreement/agreement-selection";
import { getCharacterAgreement } from "@/lib/agreement/character-agreement-report";
import { characterCsv } from "@/lib/agreement/character-csv";
import { AppError } from "@/lib/errors";
import { recordEvent } from "@/lib/events/record-event";
import { selectionFrom, selectionParams } from "../selection";

export const GET = withProjectRoute<{ slug: string }>("adjudicate", (request, { db, project, user }) => {
  const url = new URL(request.url);
  const parsed = selectionParams.parse({
    round: url.searchParams.getAll("round").join(",") || undefined,
    coders: url.searchParams.getAll("coders").join(",") || undefined,
    documents: url.searchParams.getAll("documents").join(",") || undefined,
  });
  const selection = selectionFrom(db, project.id, parsed);
  if (!selection) throw new AppError("invalid_input", "Choose a round, or two or more coders.");
  const names = new Map(listAgreementChoices(db, project.id).coders.map((coder) => [coder.id, coder.name]));
  const body = [
    agreementCsv(getAgreementReport(db, project.id, selection)),
    "",
    characterCsv(getCharacterAgreement(db, project.id, selection), (id) => names.get(id) ?? `Coder ${id}`),
  ].join("\n");
  recordEvent(db, {
    projectId: project.id,
    actorId: user.id,
    action: "agreement.export",
    detail: { roundId: selection.roundId },
  });
  return new Response(`\ufeff${body}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${project.slug}-agreement.csv"`,
    },
  });
});
