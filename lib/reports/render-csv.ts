import Papa from "papaparse";
import type { Report } from "./build-report";
import { valueFor } from "./metric-columns";

/**
 * The report as CSV, one row per summary line, metric row and quote, so it sorts and filters in a
 * spreadsheet. Text cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
export function renderCsv(report: Report): string {
  const header = [
    "theme_position",
    "theme",
    "row_type",
    "quote_position",
    "text",
    "attribution",
    "metric",
    "group",
    ...report.waves.map((wave) => `value_${wave}`),
    "change",
    "change_between",
  ];
  const rows: string[][] = [header];
  const blankWaves = report.waves.map(() => "");
  report.themes.forEach((theme, index) => {
    const position = String(index + 1);
    rows.push([position, safe(theme.name), "summary", "", safe(theme.summary), "", "", "", ...blankWaves, "", ""]);
    for (const metric of theme.metrics) {
      for (const row of metric.rows) {
        rows.push([
          position,
          safe(theme.name),
          "metric",
          "",
          "",
          "",
          safe(metric.label),
          safe(row.group),
          ...report.waves.map((wave) => valueFor(metric, row, wave) ?? ""),
          row.change?.replace(/^\+/, "") ?? "",
          row.change ? (report.comparison.label ?? "") : "",
        ]);
      }
    }
    theme.quotes.forEach((quote, quoteIndex) => {
      rows.push([
        position,
        safe(theme.name),
        "quote",
        String(quoteIndex + 1),
        safe(quote.wording),
        safe(quote.attribution),
        "",
        "",
        ...blankWaves,
        "",
        "",
      ]);
    });
  });
  return `${Papa.unparse(rows, { newline: "\r\n" })}\r\n`;
}

function safe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
