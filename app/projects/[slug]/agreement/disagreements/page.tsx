import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requireProjectPage } from "@/app/_server/page";
import { DisagreementQueue } from "@/components/agreement/disagreement-queue";
import { AppShell } from "@/components/app-shell";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { listDisagreements } from "@/lib/adjudication/list-disagreements";
import { listAgreementChoices } from "@/lib/agreement/agreement-selection";
import { loadProjectCodes } from "@/lib/codebook/load-project-codes";
import { AppError } from "@/lib/errors";
import { joined, type PageSearch, selectionFrom, selectionParamsOf, selectionQuery } from "../selection";

export const metadata: Metadata = { title: "Disagreements" };

export default async function DisagreementsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<PageSearch>;
}) {
  const { slug } = await params;
  const { project, role, user, db, userId } = await requireProjectPage(slug, "adjudicate");
  const search = await searchParams;
  const codeId = z.coerce.number().int().positive().safeParse(joined(search.code));
  const code = codeId.success
    ? loadProjectCodes(db, project.id).find((candidate) => candidate.id === codeId.data)
    : undefined;
  if (codeId.success && !code) notFound();
  const parsed = selectionParamsOf(search);
  let problem: string | null = null;
  let queue = null;
  let back = `/projects/${slug}/agreement`;
  try {
    if (!code) throw new AppError("invalid_input", "Open the queue from a code's row on the agreement page.");
    const selection = selectionFrom(db, project.id, parsed);
    if (!selection)
      throw new AppError("invalid_input", "Choose a round, or two or more coders, on the agreement page.");
    back = `/projects/${slug}/agreement?${selectionQuery(selection)}`;
    const items = listDisagreements(db, { projectId: project.id, userId }, { codeId: code.id, ...selection });
    const names = new Map(listAgreementChoices(db, project.id).coders.map((coder) => [coder.id, coder.name]));
    queue = (
      <DisagreementQueue
        projectSlug={slug}
        codeId={code.id}
        codeName={code.name}
        roundId={selection.roundId}
        coders={selection.coderIds.map((id) => ({ id, name: names.get(id) ?? `Coder ${id}` }))}
        initial={items.map((item) => ({
          unitType: item.unitType,
          unitId: item.unitId,
          documentTitle: item.documentTitle,
          text: item.text,
          kind: item.kind,
          versions: item.versions,
          decision: item.decision?.decision ?? null,
        }))}
      />
    );
    if (items.length === 0)
      queue = <p className="text-sm text-gray-700">The coders agree on every unit for this code.</p>;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    problem = error.message;
  }
  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "agreement" }}>
      <PageHeader
        title={code ? `Disagreements on “${code.name}”` : "Disagreements"}
        description="Each answer or turn where the coders differ, side by side. A decision writes consensus codings; deciding again replaces it."
      />
      <p className="mb-4 text-sm">
        <Link className="underline" href={back}>
          Back to the agreement report
        </Link>
      </p>
      {problem ? (
        <Alert tone="warning" title="No queue">
          {problem}
        </Alert>
      ) : (
        queue
      )}
    </AppShell>
  );
}
