import { methodsText } from "../agreement/methods-appendix";
import type { Report } from "./build-report";
import { changeHeading, metricTableWaves, valueFor } from "./metric-columns";

/** The report as Markdown: a heading per theme, its summary line, metrics table and approved quotes. */
export function renderMarkdown(report: Report): string {
  const lines: string[] = [
    `# ${escapeInline(report.projectName)}: report`,
    "",
    `_Generated ${report.generatedAt.toISOString().slice(0, 10)}. Approved, anonymised quotes only._`,
    "",
    `_Codings counted: ${escapeInline(report.counting)}_`,
    "",
  ];
  if (report.themes.length === 0) lines.push("No quote has been approved yet.", "");
  report.themes.forEach((theme, index) => {
    lines.push(`## ${index + 1}. ${escapeInline(theme.name)}`, "");
    if (theme.summary) lines.push(escapeInline(theme.summary), "");
    if (theme.metrics.length > 0) {
      const waves = metricTableWaves(theme.metrics);
      lines.push(
        `| Metric | Group | ${waves.map(escapeCell).join(" | ")} | ${escapeCell(changeHeading(report.comparison.label))} |`,
      );
      lines.push(`| --- | --- | ${waves.map(() => "---:").join(" | ")} | ---: |`);
      for (const metric of theme.metrics) {
        metric.rows.forEach((row, rowIndex) => {
          const label = rowIndex === 0 ? escapeCell(metric.label) : "";
          const values = waves.map((wave) => escapeCell(valueFor(metric, row, wave) ?? "–"));
          lines.push(
            `| ${label} | ${escapeCell(row.group)} | ${values.join(" | ")} | ${escapeCell(row.change ?? "–")} |`,
          );
        });
      }
      lines.push("");
    }
    for (const quote of theme.quotes) {
      const wording = quote.wording.split(/\r?\n/).map((line) => `> ${escapeInline(line)}`.trimEnd());
      wording[0] = wording[0].replace(/^> /, "> “");
      wording[wording.length - 1] += "”";
      lines.push(...wording, ">", `> — ${escapeInline(quote.attribution)}`, "");
    }
  });
  if (report.methods) {
    const methods = methodsText(report.methods);
    lines.push("## Methods: inter-coder agreement", "", escapeInline(methods.intro), "");
    lines.push("| Theme | α | 95% interval | In words |", "| --- | ---: | --- | --- |");
    for (const row of methods.rows) lines.push(`| ${row.map(escapeCell).join(" | ")} |`);
    lines.push("", escapeInline(methods.pooled), "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** Markdown's own characters are escaped so quoted words stay words ("[colleague 1]" is not a link). */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, "\\$1");
}

function escapeCell(text: string): string {
  return escapeInline(text).replace(/\r?\n/g, " ");
}
