import type { Metadata } from "next";
import { requireProjectPage } from "@/app/_server/page";
import { AppShell } from "@/components/app-shell";
import { firstParam } from "@/components/search-param";
import { ChangeText } from "@/components/themes/change-text";
import { ComparisonBar } from "@/components/themes/comparison-bar";
import { changeUnit, formatLevel, LEVEL_DECIMALS } from "@/components/themes/format-level";
import { MetricImportForm } from "@/components/themes/metric-import-form";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCaption, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { attributeLabel } from "@/lib/attributes/attribute-label";
import { roleAllows } from "@/lib/auth/permissions";
import { listMetricSummaries, type MetricSummary } from "@/lib/metrics/list-metric-summaries";
import { COMPARE_PARAM } from "@/lib/waves/comparison";
import { CELLS, chosenDimension, SCORES_PARAM, ScoreTables } from "./score-tables";

export const metadata: Metadata = { title: "Metrics" };

function segmentName(dimension: string, value: string): string {
  return dimension === "all" ? "All respondents" : `${attributeLabel(dimension)}: ${value}`;
}

function MetricCard({ summary, compared }: { summary: MetricSummary; compared: string | null }) {
  const { metric } = summary;
  const unit = changeUnit(metric.kind);
  const hasComputed = summary.segments.some((segment) => segment.computed !== null);
  const headingId = `metric-${metric.key}`;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-gray-200 bg-white p-5"
      data-testid={headingId}
    >
      <h3 id={headingId} className="font-semibold text-gray-900">
        {metric.label}
      </h3>
      <p className="mt-1 mb-3 text-sm text-gray-700">
        <code className="text-xs">{metric.key}</code> ·{" "}
        <Badge>{metric.kind === "percentage" ? "percentage" : "mean score"}</Badge> scale {metric.scaleMin}–
        {metric.scaleMax}
        {summary.likertItem ? ` · imported answers: “${summary.likertItem}”` : ""}
      </p>
      <Table className={CELLS}>
        <TableCaption>
          {metric.label}: published levels by wave and segment with the change {compared ?? "between waves"}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>Segment</TableHead>
            {summary.waves.map((wave) => (
              <TableHead key={wave} className="text-right">
                {wave}
              </TableHead>
            ))}
            <TableHead className="text-right">Change {compared ? `${compared} ` : ""}(difference of levels)</TableHead>
            <TableHead className="text-right">Published change {compared ?? ""}</TableHead>
            {hasComputed ? (
              <TableHead className="text-right">
                Change {compared ? `${compared} ` : ""}computed from imported answers
              </TableHead>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {summary.segments.map((segment) => (
            <tr key={`${segment.segmentDimension}:${segment.segmentValue}`}>
              <TableHead scope="row">{segmentName(segment.segmentDimension, segment.segmentValue)}</TableHead>
              {summary.waves.map((wave, index) => {
                const level = segment.levels[index];
                const computed = segment.computed?.[index];
                return (
                  <td key={wave}>
                    <span className="font-medium text-gray-900">{formatLevel(level?.value, metric.kind)}</span>
                    {level?.n ? <span className="text-xs text-gray-700"> (n {level.n})</span> : null}
                    {computed && computed.display !== "–" ? (
                      <span className="block text-xs text-gray-700">
                        computed from imported answers: {computed.display}
                        {computed.n ? ` (n ${computed.n})` : ""}
                      </span>
                    ) : null}
                  </td>
                );
              })}
              <td data-testid="metric-change">
                <ChangeText change={segment.change} unit={unit} />
              </td>
              <td data-testid="metric-published-change">
                {segment.publishedChange === null
                  ? "–"
                  : `${segment.publishedChange > 0 ? "+" : ""}${segment.publishedChange.toFixed(LEVEL_DECIMALS[metric.kind])}${unit ? ` ${unit}` : ""}`}
              </td>
              {hasComputed ? (
                <td>
                  <ChangeText change={segment.computedChange} />
                </td>
              ) : null}
            </tr>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

export default async function MetricsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const { project, role, user, db, authorityId } = await requireProjectPage(slug, "read_published");
  const query = await searchParams;
  const compare = firstParam(query.compare) ?? null;
  const { metrics, scoreTables, comparison } = listMetricSummaries(db, project.id, { compare });
  const compared = comparison.label;
  const canImport = authorityId === null && roleAllows(role, "import");
  const dimension = chosenDimension(scoreTables.dimensions, firstParam(query[SCORES_PARAM]) ?? null);
  const scoresHref = (option: string) =>
    `/projects/${slug}/metrics?${new URLSearchParams({ ...(compare ? { [COMPARE_PARAM]: compare } : {}), [SCORES_PARAM]: option })}#score-tables-title`;

  return (
    <AppShell
      user={user}
      project={{ slug, name: project.name, role, current: "metrics", authorityReader: authorityId !== null }}
    >
      <PageHeader
        title="Survey metrics"
        description="Each published measure with its wording and scale, its level per wave and segment, and the change between waves: the difference of the levels, with the change the source printed beside it. Where the imported survey has the same question, the mean computed from its answers is shown too."
      />
      <ComparisonBar comparison={comparison} path={`/projects/${slug}/metrics`} />
      {canImport ? (
        <div className="mb-8">
          <MetricImportForm projectSlug={slug} />
        </div>
      ) : null}

      {metrics.length === 0 ? (
        <EmptyState title="No metrics yet" description="Import published levels, then published changes, from CSV." />
      ) : (
        <section aria-labelledby="metrics-title">
          <h2 id="metrics-title" className="mb-3 text-lg font-semibold text-gray-900">
            Published metrics
          </h2>
          <div className="space-y-5">
            {metrics.map((summary) => (
              <MetricCard key={summary.metric.id} summary={summary} compared={compared} />
            ))}
          </div>
        </section>
      )}

      <section aria-labelledby="score-tables-title" className="mt-12">
        <h2 id="score-tables-title" className="text-lg font-semibold text-gray-900">
          Score tables regenerated from the imported answers
        </h2>
        <p className="mt-1 max-w-prose text-sm text-gray-700">
          Means of the respondent-level Likert answers (scored 1 to 5) for each wave, with the change and its direction.
          Means of fewer than {scoreTables.threshold} respondents are hidden (“[c]”), and so is any mean that would let
          one be worked out.
        </p>
        {scoreTables.tables.length === 0 ? (
          <EmptyState
            className="mt-4"
            title="No Likert answers imported"
            description="Import a survey whose Likert questions are linked to metrics."
          />
        ) : (
          <ScoreTables
            tables={scoreTables.tables}
            dimensions={scoreTables.dimensions}
            waves={scoreTables.waves}
            compared={compared}
            dimension={dimension}
            hrefFor={scoresHref}
          />
        )}
      </section>
    </AppShell>
  );
}
