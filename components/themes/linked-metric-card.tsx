import type { ComputedMean, LinkedMetricSummary } from "@/lib/themes/get-theme-summary";
import { seriesCaption } from "../charts/chart-patterns";
import { MetricChart, type MetricChartRow } from "../charts/metric-chart";
import { Badge } from "../ui/badge";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "../ui/table";
import { ChangeText } from "./change-text";
import { FitLabel } from "./fit-label";
import { changeUnit, formatLevel, LEVEL_DECIMALS } from "./format-level";

const segmentLabel = (segment: string) => (segment === "all" ? "All respondents" : segment);

/** "computed 3.15 (n 1007)"; a hidden mean keeps only its hidden n ("<10"). */
function computedText(computed: ComputedMean): string {
  if (computed.n.display === "0") return "computed –";
  return computed.mean === null
    ? `computed: n ${computed.n.display}`
    : `computed ${computed.mean.toFixed(2)} (n ${computed.n.display})`;
}

function confidence(interval: { lower: number; upper: number } | null): string {
  return interval ? `${interval.lower.toFixed(2)} to ${interval.upper.toFixed(2)}` : "–";
}

/** One linked metric: its levels by wave and region, changes, fit, chart and the raised-versus-not means. */
export function LinkedMetricCard({
  linked,
  themeName,
  comparisonLabel = null,
}: {
  linked: LinkedMetricSummary;
  themeName: string;
  /** "2023 → 2025": the waves the change columns are between. */
  comparisonLabel?: string | null;
}) {
  const { metric } = linked;
  const unit = changeUnit(metric.kind);
  const waves = linked.metricWaves;
  const chartRows: MetricChartRow[] = linked.segments.flatMap((row) => {
    const published = waves.map((_, index) => row.levels[index]);
    if (published.some((value) => value !== null)) {
      return [
        {
          segment: segmentLabel(row.segment),
          values: Object.fromEntries(waves.map((wave, i) => [wave, published[i]])),
        },
      ];
    }
    if (row.computed?.some((c) => c.mean !== null)) {
      return [
        {
          segment: `${segmentLabel(row.segment)} (computed)`,
          values: Object.fromEntries(
            waves.map((wave) => [wave, row.computed?.find((c) => c.wave === wave)?.mean ?? null]),
          ),
        },
      ];
    }
    return [];
  });
  const headingId = `metric-${metric.id}`;
  return (
    <article
      aria-labelledby={headingId}
      className="space-y-4 rounded-lg border border-gray-200 bg-white p-5"
      data-testid={`linked-metric-${metric.key}`}
    >
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h3 id={headingId} className="text-base font-semibold text-gray-900">
            {metric.label}
          </h3>
          <p className="mt-1 text-sm text-gray-700">
            <code className="text-xs">{metric.key}</code> · {metric.kind === "percentage" ? "percentage" : "mean score"}{" "}
            on {metric.scaleMin}–{metric.scaleMax}
            {linked.higherIsBetter ? "" : " · higher is worse"}
          </p>
          <p className="mt-1 text-sm text-gray-700">
            <Badge>{linked.polarity}</Badge> {linked.rationale}
          </p>
        </div>
        <FitLabel fit={linked.fit} explanation={linked.fitText} />
      </header>

      <div className="grid gap-4 lg:grid-cols-2">
        <Table>
          <TableCaption>
            {metric.label}: published level per wave and segment, change and the mean computed from imported answers
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHead>Segment</TableHead>
              {waves.map((wave) => (
                <TableHead key={wave} className="text-right">
                  {wave}
                </TableHead>
              ))}
              <TableHead className="text-right">{comparisonLabel ? `Change ${comparisonLabel}` : "Change"}</TableHead>
              <TableHead className="text-right">Published change</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {linked.segments.map((row) => (
              <TableRow key={row.segment} data-testid={`metric-row-${row.segment}`}>
                <TableHead scope="row">{segmentLabel(row.segment)}</TableHead>
                {waves.map((wave, index) => {
                  const computed = row.computed?.find((c) => c.wave === wave);
                  return (
                    <TableCell key={wave} className="text-right tabular-nums">
                      <span className="font-medium text-gray-900">{formatLevel(row.levels[index], metric.kind)}</span>
                      {computed ? <span className="block text-xs text-gray-700">{computedText(computed)}</span> : null}
                    </TableCell>
                  );
                })}
                <TableCell className="text-right">
                  <ChangeText change={row.movement?.source === "levels" ? row.movement.change : null} unit={unit} />
                </TableCell>
                <TableCell className="text-right tabular-nums">
                  {row.movement?.published === null || row.movement?.published === undefined
                    ? "–"
                    : `${row.movement.published > 0 ? "+" : ""}${row.movement.published.toFixed(LEVEL_DECIMALS[metric.kind])}${unit ? ` ${unit}` : ""}`}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <figure className="min-w-0">
          <MetricChart
            waves={waves}
            rows={chartRows}
            scaleMin={metric.scaleMin}
            scaleMax={metric.scaleMax}
            decimals={LEVEL_DECIMALS[metric.kind]}
          />
          <figcaption className="mt-1 text-xs text-gray-700">
            Published levels; “computed” bars are means of the imported answers where no level was published. Waves are
            told apart by fill: {seriesCaption(waves)}.
          </figcaption>
        </figure>
      </div>

      {linked.meanComparisons.length > 0 ? (
        <div>
          <h4 className="mb-2 text-sm font-semibold text-gray-900">
            Mean score of those who raised {themeName} and those who did not
          </h4>
          <Table>
            <TableCaption>
              Mean score with n and 95% confidence interval, by whether the respondent raised the theme
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHead>Wave</TableHead>
                <TableHead className="text-right">Raised it: mean (n)</TableHead>
                <TableHead>95% CI</TableHead>
                <TableHead className="text-right">Did not: mean (n)</TableHead>
                <TableHead>95% CI</TableHead>
                <TableHead className="text-right">Difference (95% CI)</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {linked.meanComparisons.map((row) => (
                <TableRow key={row.wave}>
                  <TableHead scope="row">{row.wave}</TableHead>
                  <TableCell className="text-right tabular-nums">
                    {row.raised.mean === null ? "–" : row.raised.mean.toFixed(2)} ({row.raised.n.display})
                  </TableCell>
                  <TableCell className="tabular-nums">{confidence(row.raised.ci)}</TableCell>
                  <TableCell className="text-right tabular-nums">
                    {row.notRaised.mean === null ? "–" : row.notRaised.mean.toFixed(2)} ({row.notRaised.n.display})
                  </TableCell>
                  <TableCell className="tabular-nums">{confidence(row.notRaised.ci)}</TableCell>
                  <TableCell className="text-right tabular-nums">
                    {row.difference === null
                      ? "–"
                      : `${row.difference > 0 ? "+" : ""}${row.difference.toFixed(2)} (${confidence(row.differenceCi)})`}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <p className="mt-2 text-xs text-gray-700">
            Respondents who answered a free-text question that wave and scored “{linked.meanComparisons[0].item}”.
            Groups under the suppression threshold are not shown.
          </p>
        </div>
      ) : null}
    </article>
  );
}
