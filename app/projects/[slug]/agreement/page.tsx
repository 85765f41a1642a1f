import type { Metadata } from "next";
import Link from "next/link";
import { requireProjectPage } from "@/app/_server/page";
import { AgreementSelectionForm } from "@/components/agreement/agreement-selection-form";
import { AlphaChart } from "@/components/agreement/alpha-chart";
import { CharacterFiguresTable } from "@/components/agreement/character-figures-table";
import { alphaTone, interval, three } from "@/components/agreement/format";
import { UnitFiguresTable } from "@/components/agreement/unit-figures-table";
import { AppShell } from "@/components/app-shell";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getAgreementReport } from "@/lib/agreement/agreement-report";
import { listAgreementChoices } from "@/lib/agreement/agreement-selection";
import { getCharacterAgreement } from "@/lib/agreement/character-agreement-report";
import { AppError } from "@/lib/errors";
import { type PageSearch, selectionFrom, selectionParamsOf, selectionQuery } from "./selection";

export const metadata: Metadata = { title: "Agreement" };

export default async function AgreementPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<PageSearch>;
}) {
  const { slug } = await params;
  const { project, role, user, db } = await requireProjectPage(slug, "adjudicate");
  const search = await searchParams;
  const parsed = selectionParamsOf(search);
  const choices = listAgreementChoices(db, project.id);
  let problem: string | null = null;
  let content = null;
  try {
    const selection = selectionFrom(db, project.id, parsed);
    if (selection) {
      const report = getAgreementReport(db, project.id, selection);
      const characters = getCharacterAgreement(db, project.id, selection);
      const names = new Map(choices.coders.map((coder) => [coder.id, coder.name]));
      const coderName = (id: number) => names.get(id) ?? `Coder ${id}`;
      const query = selectionQuery(selection);
      const charted = report.perCode.filter((code) => code.alpha !== null && code.interval);
      content = (
        <div className="space-y-6">
          <Card aria-labelledby="pooled-title">
            <CardTitle id="pooled-title">
              {selection.roundName ? `Round “${selection.roundName}”` : "Chosen coders"}: all codes pooled
            </CardTitle>
            <CardDescription>
              {report.coderIds.map(coderName).join(", ")} over {report.documents.toLocaleString("en-GB")} documents two
              or more of them coded in.
            </CardDescription>
            <p className="mt-3 text-lg">
              α = <strong className="tabular-nums">{three(report.pooled.alpha)}</strong> (95% interval{" "}
              <span className="tabular-nums">{interval(report.pooled.interval)}</span>) over{" "}
              {report.pooled.units.toLocaleString("en-GB")} unit × code pairs.{" "}
              <Badge tone={alphaTone(report.pooled.alpha)}>{report.pooled.verdict}</Badge>
            </p>
            <p className="mt-3 flex flex-wrap gap-3">
              <a className={buttonClasses("secondary")} href={`/projects/${slug}/agreement/export?${query}`}>
                Download CSV
              </a>
            </p>
          </Card>
          {charted.length > 0 ? (
            <Card aria-labelledby="chart-title">
              <CardTitle id="chart-title">α per code, with its 95% interval</CardTitle>
              <CardDescription>
                Dashed lines: 0.667 (tentative) and 0.800 (reliable). The table gives every figure.
              </CardDescription>
              <AlphaChart
                rows={charted.map((code) => ({
                  label: code.name,
                  alpha: code.alpha!,
                  spread: [code.alpha! - code.interval!.low, code.interval!.high - code.alpha!],
                  display: code.alpha!.toFixed(3),
                }))}
              />
            </Card>
          ) : null}
          <section aria-labelledby="units-title" className="space-y-2">
            <h2 id="units-title" className="text-lg font-semibold">
              Unit-level agreement
            </h2>
            <UnitFiguresTable
              report={report}
              disagreementsHref={(codeId) => `/projects/${slug}/agreement/disagreements?code=${codeId}&${query}`}
            />
          </section>
          <section aria-labelledby="characters-title" className="space-y-2">
            <h2 id="characters-title" className="text-lg font-semibold">
              Character-level agreement
            </h2>
            {characters.rows.length === 0 ? (
              <p className="text-sm text-gray-700">
                No code was applied by either coder of a pair in a shared document.
              </p>
            ) : (
              <CharacterFiguresTable report={characters} coderName={coderName} />
            )}
          </section>
        </div>
      );
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    problem = error.message;
  }

  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "agreement" }}>
      <PageHeader
        title="Agreement"
        description="How far coders agree, per code and pooled: α with its interval, κ and percent agreement, and the same over characters. Settle disagreements from here."
      />
      <div className="space-y-6">
        <AgreementSelectionForm
          choices={choices}
          roundId={parsed.round ?? null}
          coderIds={parsed.coders}
          documentIds={parsed.documents}
        />
        {problem ? (
          <Alert tone="warning" title="No report">
            {problem}
          </Alert>
        ) : null}
        {content ??
          (problem ? null : (
            <p className="text-sm text-gray-700">
              Choose a round, or two or more coders. Coders’ names appear on this page only; the report’s methods
              appendix names roles.{" "}
              <Link className="underline" href={`/projects/${slug}/settings`}>
                Which codings analysis counts
              </Link>{" "}
              is a project setting.
            </p>
          ))}
      </div>
    </AppShell>
  );
}
