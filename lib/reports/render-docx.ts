import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { methodsText } from "../agreement/methods-appendix";
import type { Report, ReportTheme } from "./build-report";
import { docxCell } from "./docx-cell";
import { changeHeading, metricTableWaves, valueFor } from "./metric-columns";

/** The report as a Word document (.docx). */
export async function renderDocx(report: Report): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: `${report.projectName}: report`, heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [
        new TextRun({
          text: `Generated ${report.generatedAt.toISOString().slice(0, 10)}. Approved, anonymised quotes only.`,
          italics: true,
        }),
      ],
    }),
  ];
  children.push(
    new Paragraph({ children: [new TextRun({ text: `Codings counted: ${report.counting}`, italics: true })] }),
  );
  if (report.themes.length === 0) children.push(new Paragraph("No quote has been approved yet."));
  report.themes.forEach((theme, index) => {
    children.push(...themeBlocks(theme, index, report.comparison.label));
  });
  if (report.methods) children.push(...methodsBlocks(methodsText(report.methods)));
  const document = new Document({
    creator: "Quoteline",
    title: `${report.projectName}: report`,
    styles: { default: { document: { run: { font: "Arial", size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

function methodsBlocks(methods: ReturnType<typeof methodsText>): (Paragraph | Table)[] {
  const header = new TableRow({
    tableHeader: true,
    children: ["Theme", "α", "95% interval", "In words"].map((text) => docxCell(text, true)),
  });
  const rows = methods.rows.map(
    (row) => new TableRow({ children: row.map((text, index) => docxCell(text, false, index === 1 || index === 2)) }),
  );
  return [
    new Paragraph({ text: "Methods: inter-coder agreement", heading: HeadingLevel.HEADING_1 }),
    new Paragraph(methods.intro),
    new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }),
    new Paragraph({ text: methods.pooled, spacing: { before: 160 } }),
  ];
}

function themeBlocks(theme: ReportTheme, index: number, comparisonLabel: string | null): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({ text: `${index + 1}. ${theme.name}`, heading: HeadingLevel.HEADING_1 }),
  ];
  if (theme.summary) blocks.push(new Paragraph(theme.summary));
  if (theme.metrics.length > 0) {
    blocks.push(new Paragraph({ text: "Linked survey metrics", heading: HeadingLevel.HEADING_2 }));
    const waves = metricTableWaves(theme.metrics);
    const headerCells = ["Metric", "Group", ...waves, changeHeading(comparisonLabel)].map((text) =>
      docxCell(text, true),
    );
    const rows = [new TableRow({ tableHeader: true, children: headerCells })];
    for (const metric of theme.metrics) {
      metric.rows.forEach((row, rowIndex) => {
        rows.push(
          new TableRow({
            children: [
              docxCell(rowIndex === 0 ? metric.label : ""),
              docxCell(row.group),
              ...waves.map((wave) => docxCell(valueFor(metric, row, wave) ?? "–", false, true)),
              docxCell(row.change ?? "–", false, true),
            ],
          }),
        );
      });
    }
    blocks.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
  }
  if (theme.quotes.length > 0) {
    blocks.push(new Paragraph({ text: "Quotes", heading: HeadingLevel.HEADING_2 }));
    for (const quote of theme.quotes) {
      blocks.push(
        new Paragraph({
          indent: { left: 567 },
          spacing: { before: 160 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: "0F766E", space: 8 } },
          children: [new TextRun({ text: `“${quote.wording}”`, italics: true })],
        }),
        new Paragraph({ indent: { left: 567 }, children: [new TextRun({ text: `— ${quote.attribution}` })] }),
      );
    }
  }
  return blocks;
}
