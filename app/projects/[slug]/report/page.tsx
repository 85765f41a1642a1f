import { Download } from "lucide-react";
import type { Metadata } from "next";
import { requireProjectPage } from "@/app/_server/page";
import { CountingNote } from "@/components/agreement/counting-note";
import { AppShell } from "@/components/app-shell";
import { ReportOutline } from "@/components/report/report-outline";
import { ReportPreview } from "@/components/report/report-preview";
import { firstParam } from "@/components/search-param";
import { ComparisonBar } from "@/components/themes/comparison-bar";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { countingStatement } from "@/lib/adjudication/counted-codings";
import { roleAllows } from "@/lib/auth/permissions";
import { buildReport } from "@/lib/reports/build-report";

export const metadata: Metadata = { title: "Report" };

const FORMATS = [
  { format: "docx", label: "Word (.docx)" },
  { format: "md", label: "Markdown (.md)" },
  { format: "csv", label: "CSV (.csv)" },
] as const;

export default async function ReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const { project, role, user, db } = await requireProjectPage(slug, "read_summaries");
  const compare = firstParam((await searchParams).compare) ?? null;
  const report = buildReport(db, project.id, { compare });
  const viewing = report.comparison.source === "view" ? compare : null;
  const canEdit = roleAllows(role, "edit_quotes");

  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "report" }}>
      <PageHeader
        title="Report"
        description="Each theme with an approved quote: its summary line, linked survey metrics and approved, anonymised quotes."
        actions={
          canEdit ? (
            <div className="flex flex-wrap gap-2">
              {FORMATS.map(({ format, label }) => (
                <a
                  key={format}
                  href={`/api/projects/${slug}/report/export?format=${format}${viewing ? `&compare=${encodeURIComponent(viewing)}` : ""}`}
                  download
                  className={buttonClasses(format === "docx" ? "primary" : "secondary")}
                >
                  <Download className="size-4" aria-hidden="true" />
                  Export {label}
                </a>
              ))}
              <a
                href={`/api/projects/${slug}/report/export?format=docx&methods=latest${viewing ? `&compare=${encodeURIComponent(viewing)}` : ""}`}
                download
                className={buttonClasses("secondary")}
              >
                <Download className="size-4" aria-hidden="true" />
                Export Word with methods appendix
              </a>
            </div>
          ) : null
        }
      />
      <CountingNote text={countingStatement(db, project.id).text} />
      <ComparisonBar comparison={report.comparison} path={`/projects/${slug}/report`} />
      <div className="space-y-6">
        {canEdit && report.themes.length > 0 ? (
          <Card aria-labelledby="order-title">
            <CardTitle id="order-title">Order</CardTitle>
            <CardDescription>Move themes and quotes up or down; the export follows this order.</CardDescription>
            <div className="mt-4">
              <ReportOutline
                projectSlug={slug}
                themes={report.themes.map((theme) => ({
                  codeId: theme.codeId,
                  name: theme.name,
                  quotes: theme.quotes.map((quote) => ({
                    id: quote.id,
                    wording: quote.wording,
                    attribution: quote.attribution,
                  })),
                }))}
              />
            </div>
          </Card>
        ) : null}
        <Card aria-labelledby="preview-title">
          <CardTitle id="preview-title">{canEdit ? "Preview" : "Approved quotes by theme"}</CardTitle>
          <div className="mt-4">
            <ReportPreview report={report} />
          </div>
        </Card>
      </div>
    </AppShell>
  );
}
