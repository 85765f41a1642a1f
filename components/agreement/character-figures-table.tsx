import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CharacterReport } from "@/lib/agreement/character-agreement-report";
import { percent, three } from "./format";

/** Character-level figures per code (over the documents where either coder applied it) and per document. */
export function CharacterFiguresTable({
  report,
  coderName,
}: {
  report: CharacterReport;
  coderName: (id: number) => string;
}) {
  const rows = [
    ...report.perCode.map((row) => ({
      ...row,
      document: "All documents",
      key: `c${row.codeId}:${row.firstCoderId}:${row.secondCoderId}`,
    })),
    ...report.rows.map((row) => ({
      ...row,
      document: row.documentTitle,
      key: `d${row.documentId}:${row.codeId}:${row.firstCoderId}:${row.secondCoderId}`,
    })),
  ];
  return (
    <Table aria-label="Character-level agreement per code and document">
      <TableCaption>
        Each character of a document is coded or not by each coder. Over coded characters only, text neither coder coded
        is left out, so agreement is not inflated by it; κ there cannot exceed 0 (no text is uncoded by both), so read
        the percentage.
      </TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Code</TableHead>
          <TableHead>Document</TableHead>
          <TableHead>Coders</TableHead>
          <TableHead className="text-right">Characters</TableHead>
          <TableHead className="text-right">Agreement</TableHead>
          <TableHead className="text-right">κ</TableHead>
          <TableHead className="text-right">Coded characters</TableHead>
          <TableHead className="text-right">Agreement, coded only</TableHead>
          <TableHead className="text-right">κ, coded only</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            <TableHead scope="row" className="font-normal">
              {row.codeName}
            </TableHead>
            <TableCell>{row.document}</TableCell>
            <TableCell>
              {coderName(row.firstCoderId)} and {coderName(row.secondCoderId)}
            </TableCell>
            <TableCell className="text-right tabular-nums">{row.characters.toLocaleString("en-GB")}</TableCell>
            <TableCell className="text-right tabular-nums">{percent(row.percentAgreement)}</TableCell>
            <TableCell className="text-right tabular-nums">{three(row.kappa)}</TableCell>
            <TableCell className="text-right tabular-nums">{row.coded.toLocaleString("en-GB")}</TableCell>
            <TableCell className="text-right tabular-nums">{percent(row.codedPercentAgreement)}</TableCell>
            <TableCell className="text-right tabular-nums">{three(row.codedKappa)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
