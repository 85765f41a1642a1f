import fs from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { AuthorityPack } from "./build-packs";

const fonts = new Map<string, Buffer>();

/** DejaVu covers the Latin letters of every name we meet (ś, ó, ł …), unlike PDF's built-in fonts; read once. */
function font(file: string): Buffer {
  let bytes = fonts.get(file);
  if (!bytes) {
    bytes = fs.readFileSync(path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", file));
    fonts.set(file, bytes);
  }
  return bytes;
}

/** One authority's pack as a PDF, for reading and printing. */
export function renderPackPdf(pack: AuthorityPack, projectName: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({
      size: "A4",
      margin: 56,
      info: { Title: `${pack.authority.name}: local briefing pack`, Creator: "Quoteline" },
      lang: "en-GB",
    });
    const chunks: Buffer[] = [];
    document.on("data", (chunk: Buffer) => chunks.push(chunk));
    document.on("end", () => resolve(Buffer.concat(chunks)));
    document.on("error", reject);
    document.registerFont("body", font("DejaVuSans.ttf"));
    document.registerFont("bold", font("DejaVuSans-Bold.ttf"));
    document.registerFont("italic", font("DejaVuSans-Oblique.ttf"));

    document.font("bold").fontSize(18).text(`${pack.authority.name}: local briefing pack`);
    document
      .font("italic")
      .fontSize(10)
      .text(`${projectName}. ${pack.authority.region}. Waves compared: ${pack.waves.baseline} → ${pack.waves.current}.`)
      .moveDown();

    const width = document.page.width - 112;
    for (const table of pack.tables) {
      document.font("bold").fontSize(12).text(table.title).moveDown(0.3);
      const labelWidth = width * 0.46;
      const cellWidth = (width - labelWidth) / Math.max(1, table.columns.length - 1);
      const row = (cells: string[], font: "body" | "bold") => {
        if (document.y > document.page.height - 90) document.addPage();
        const y = document.y;
        document.font(font).fontSize(9);
        const heights = cells.map((text, index) =>
          document.heightOfString(text, { width: index === 0 ? labelWidth - 6 : cellWidth - 6 }),
        );
        cells.forEach((text, index) => {
          const x = 56 + (index === 0 ? 0 : labelWidth + (index - 1) * cellWidth);
          document.text(text, x, y, {
            width: index === 0 ? labelWidth - 6 : cellWidth - 6,
            align: index === 0 ? "left" : "right",
          });
        });
        document.y = y + Math.max(...heights) + 4;
        document.x = 56;
      };
      row(table.columns, "bold");
      for (const entry of table.rows) row([entry.label, ...entry.cells], "body");
      if (table.note) document.font("italic").fontSize(8).text(table.note, 56);
      document.moveDown();
    }
    if (pack.quotes.length > 0) {
      document.font("bold").fontSize(12).text("What staff said", 56).moveDown(0.3);
      for (const quote of pack.quotes) {
        document.font("bold").fontSize(9).text(quote.theme, 56);
        document
          .font("italic")
          .fontSize(10)
          .text(`“${quote.wording}”`, 70, undefined, { width: width - 14 });
        document.font("body").fontSize(9).text(`— ${quote.attribution}`, 70).moveDown(0.5);
      }
    }
    document.font("bold").fontSize(12).text("Methods", 56).moveDown(0.3);
    for (const line of pack.methods)
      document.font("body").fontSize(9).text(line, 56, undefined, { width }).moveDown(0.2);
    document.end();
  });
}
