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
import { docxCell } from "../reports/docx-cell";
import type { AuthorityPack, PackTable } from "./build-packs";

/** One authority's pack as a Word document, what authorities edit. */
export async function renderPackDocx(pack: AuthorityPack, projectName: string): Promise<Buffer> {
  const title = `${pack.authority.name}: local briefing pack`;
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [
        new TextRun({
          text: `${projectName}. ${pack.authority.region}. Waves compared: ${pack.waves.baseline} → ${pack.waves.current}.`,
          italics: true,
        }),
      ],
    }),
  ];
  for (const table of pack.tables) children.push(...tableBlocks(table));
  if (pack.quotes.length > 0) {
    children.push(new Paragraph({ text: "What staff said", heading: HeadingLevel.HEADING_1 }));
    for (const quote of pack.quotes) {
      children.push(
        new Paragraph({ children: [new TextRun({ text: quote.theme, bold: true })], spacing: { before: 160 } }),
        new Paragraph({
          indent: { left: 567 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: "0F766E", space: 8 } },
          children: [new TextRun({ text: `“${quote.wording}”`, italics: true })],
        }),
        new Paragraph({ indent: { left: 567 }, children: [new TextRun({ text: `— ${quote.attribution}` })] }),
      );
    }
  }
  children.push(new Paragraph({ text: "Methods", heading: HeadingLevel.HEADING_1 }));
  for (const line of pack.methods) children.push(new Paragraph({ text: line }));
  const document = new Document({
    creator: "Quoteline",
    title,
    styles: { default: { document: { run: { font: "Arial", size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

function tableBlocks(table: PackTable): (Paragraph | Table)[] {
  const header = new TableRow({ tableHeader: true, children: table.columns.map((text) => docxCell(text, true)) });
  const rows = table.rows.map(
    (row) => new TableRow({ children: [docxCell(row.label), ...row.cells.map((text) => docxCell(text, false, true))] }),
  );
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({ text: table.title, heading: HeadingLevel.HEADING_1 }),
    new Table({ rows: [header, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } }),
  ];
  if (table.note) blocks.push(new Paragraph({ children: [new TextRun({ text: table.note, italics: true })] }));
  return blocks;
}
