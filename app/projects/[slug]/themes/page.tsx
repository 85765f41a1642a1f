import type { Metadata } from "next";
import Link from "next/link";
import { requireProjectPage } from "@/app/_server/page";
import { CountingNote } from "@/components/agreement/counting-note";
import { AppShell } from "@/components/app-shell";
import { firstParam } from "@/components/search-param";
import { ChangeText } from "@/components/themes/change-text";
import { ComparisonBar } from "@/components/themes/comparison-bar";
import { PrevalenceText } from "@/components/themes/prevalence-text";
import { SuppressionNote } from "@/components/themes/suppression-note";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { countingStatement } from "@/lib/adjudication/counted-codings";
import { listThemes } from "@/lib/themes/list-themes";

export const metadata: Metadata = { title: "Themes" };

export default async function ThemesPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const { project, role, user, db } = await requireProjectPage(slug, "read_summaries");
  const compare = firstParam((await searchParams).compare) ?? null;
  const list = listThemes(db, project.id, { compare, viewer: { userId: user.id, role } });
  const viewing = list.comparison.source === "view" ? compare : null;
  const changeLabel = list.comparison.label ? `Change ${list.comparison.label}` : "Change";

  return (
    <AppShell user={user} project={{ slug, name: project.name, role, current: "themes" }}>
      <PageHeader
        title="Themes"
        description="Every code of the codebook with how often it came up: respondents who raised it (the code or a sub-code) out of those who answered a free-text question, per wave; and focus-group turns."
        actions={
          <Link
            href={`/projects/${slug}/overview${viewing ? `?compare=${encodeURIComponent(viewing)}` : ""}`}
            className="text-sm font-medium"
          >
            Compare with the survey metrics
          </Link>
        }
      />
      <CountingNote text={countingStatement(db, project.id).text} />
      <ComparisonBar comparison={list.comparison} path={`/projects/${slug}/themes`} />
      {list.rows.length === 0 ? (
        <EmptyState title="No codes yet" description="Themes appear here once the project has a codebook." />
      ) : (
        <>
          <Table>
            <TableCaption>Themes with prevalence per wave, change, focus-group turns and linked metrics</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Theme</TableHead>
                {list.waves.map((wave) => (
                  <TableHead key={wave} className="text-right">
                    {wave}
                  </TableHead>
                ))}
                {list.waves.length > 1 ? <TableHead className="text-right">{changeLabel}</TableHead> : null}
                <TableHead className="text-right">Focus-group turns</TableHead>
                <TableHead className="text-right">Linked metrics</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {list.rows.map((row) => (
                <TableRow key={row.code.id} data-testid={`theme-row-${row.code.id}`}>
                  <TableHead scope="row">
                    <span className="flex items-center gap-2" style={{ paddingLeft: `${row.code.depth * 1.25}rem` }}>
                      <span
                        className="size-3 shrink-0 rounded-sm"
                        style={{ backgroundColor: row.code.colour }}
                        aria-hidden="true"
                      />
                      <Link
                        href={`/projects/${slug}/themes/${row.code.id}${viewing ? `?compare=${encodeURIComponent(viewing)}` : ""}`}
                      >
                        {row.code.name}
                      </Link>
                      {row.code.archived ? <Badge>archived</Badge> : null}
                    </span>
                  </TableHead>
                  {row.prevalence.map((cell) => (
                    <TableCell key={cell.wave} className="text-right">
                      <PrevalenceText cell={cell} />
                    </TableCell>
                  ))}
                  {list.waves.length > 1 ? (
                    <TableCell className="text-right" data-testid="theme-change">
                      <ChangeText change={row.change} unit="pts" />
                    </TableCell>
                  ) : null}
                  <TableCell className="text-right tabular-nums">
                    {row.turns} <span className="text-xs text-gray-700">in {row.groups} groups</span>
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{row.linkedMetrics}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <SuppressionNote threshold={list.threshold} />
        </>
      )}
    </AppShell>
  );
}
