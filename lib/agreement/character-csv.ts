import Papa from "papaparse";
import type { CharacterReport } from "./character-agreement-report";

const fixed = (value: number | null) => (value === null ? "" : value.toFixed(3));

/** The character-level figures as CSV: one row per code × document × pair of coders, then one per code × pair. */
export function characterCsv(report: CharacterReport, coderName: (id: number) => string): string {
  const row = (document: string, figures: CharacterReport["perCode"][number]) => [
    figures.codeName,
    document,
    coderName(figures.firstCoderId),
    coderName(figures.secondCoderId),
    figures.characters,
    figures.both,
    figures.firstOnly,
    figures.secondOnly,
    figures.neither,
    fixed(figures.percentAgreement),
    fixed(figures.kappa),
    figures.coded,
    fixed(figures.codedPercentAgreement),
    fixed(figures.codedKappa),
  ];
  return Papa.unparse({
    fields: [
      "code",
      "document",
      "first_coder",
      "second_coder",
      "characters",
      "coded_by_both",
      "first_only",
      "second_only",
      "coded_by_neither",
      "percent_agreement",
      "kappa",
      "coded_characters",
      "percent_agreement_coded_only",
      "kappa_coded_only",
    ],
    data: [
      ...report.rows.map((figures) => row(figures.documentTitle, figures)),
      ...report.perCode.map((figures) => row("(all documents)", figures)),
    ],
  });
}
