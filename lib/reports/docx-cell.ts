import { AlignmentType, Paragraph, TableCell, TextRun } from "docx";

/** A Word table cell: bold for a header, right-aligned for a figure. Shared by the report and the packs. */
export function docxCell(text: string, header = false, numeric = false): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: header })],
      }),
    ],
  });
}
