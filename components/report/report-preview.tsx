import type { Report, ReportTheme } from "@/lib/reports/build-report";
import { changeHeading, metricTableWaves, valueFor } from "@/lib/reports/metric-columns";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "../ui/table";

/** The report as it will be exported: per theme its summary line, linked metrics and approved quotes. */
export function ReportPreview({ report }: { report: Report }) {
  if (report.themes.length === 0) {
    return <p className="text-gray-700">No quote has been approved yet, so the report is empty.</p>;
  }
  return (
    <div className="space-y-8" data-testid="report-preview">
      {report.themes.map((theme, index) => (
        <section key={theme.codeId} aria-labelledby={`report-theme-${theme.codeId}`} className="space-y-3">
          <h3 id={`report-theme-${theme.codeId}`} className="text-lg font-semibold text-gray-900">
            {index + 1}. {theme.name}
          </h3>
          {theme.summary ? <p className="text-gray-800">{theme.summary}</p> : null}
          {theme.metrics.length > 0 ? <MetricTable theme={theme} compared={report.comparison.label} /> : null}
          <ul className="space-y-3">
            {theme.quotes.map((quote) => (
              <li key={quote.id}>
                <figure>
                  <blockquote className="border-l-4 border-accent-700 pl-3 whitespace-pre-wrap text-gray-900">
                    “{quote.wording}”
                  </blockquote>
                  <figcaption className="mt-1 pl-4 text-sm text-gray-700">— {quote.attribution}</figcaption>
                </figure>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function MetricTable({ theme, compared }: { theme: ReportTheme; compared: string | null }) {
  const waves = metricTableWaves(theme.metrics);
  return (
    <Table>
      <TableCaption>Survey metrics linked to {theme.name}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Metric</TableHead>
          <TableHead>Group</TableHead>
          {waves.map((wave) => (
            <TableHead key={wave} className="text-right">
              {wave}
            </TableHead>
          ))}
          <TableHead className="text-right">{changeHeading(compared)}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {theme.metrics.flatMap((metric) =>
          metric.rows.map((row, rowIndex) => (
            <TableRow key={`${metric.key}-${row.group}`}>
              <TableCell>{rowIndex === 0 ? metric.label : <span className="sr-only">{metric.label}</span>}</TableCell>
              <TableCell>{row.group}</TableCell>
              {waves.map((wave) => (
                <TableCell key={wave} className="text-right tabular-nums">
                  {valueFor(metric, row, wave) ?? "–"}
                </TableCell>
              ))}
              <TableCell className="text-right tabular-nums">{row.change ?? "–"}</TableCell>
            </TableRow>
          )),
        )}
      </TableBody>
    </Table>
  );
}
