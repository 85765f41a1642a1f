import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AgreementReport } from "@/lib/agreement/agreement-report";
import { alphaTone, interval, percent, three } from "./format";

/** Unit-level figures per code and pooled, with the counts behind each and α in words. */
export function UnitFiguresTable({
  report,
  disagreementsHref,
}: {
  report: AgreementReport;
  disagreementsHref: (codeId: number) => string;
}) {
  const twoCoders = report.coderIds.length === 2;
  const rows = [
    ...report.perCode.map((code) => ({
      key: String(code.codeId),
      name: code.name,
      codeId: code.codeId,
      figures: code,
    })),
    { key: "pooled", name: "All codes pooled", codeId: null, figures: report.pooled },
  ];
  return (
    <Table aria-label="Unit-level agreement per code">
      <TableCaption>
        Each answer or turn is a unit; a code is present or absent per coder. {twoCoders ? "Cohen's" : "Fleiss'"} κ
        {twoCoders ? "" : " counts units every coder coded"}; α's interval is a 95% bootstrap over{" "}
        {report.resamples.toLocaleString("en-GB")} resamples of units, seed “{report.seed}”.
      </TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Code</TableHead>
          <TableHead className="text-right">Units</TableHead>
          <TableHead className="text-right">Coded by any</TableHead>
          <TableHead className="text-right">Coded by all</TableHead>
          <TableHead className="text-right">Agreement</TableHead>
          <TableHead className="text-right">{twoCoders ? "Cohen's κ" : "Fleiss' κ"}</TableHead>
          <TableHead className="text-right">α</TableHead>
          <TableHead>α, 95% interval</TableHead>
          <TableHead>In words</TableHead>
          <TableHead>
            <span className="sr-only">Disagreements</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map(({ key, name, codeId, figures }) => (
          <TableRow key={key}>
            <TableHead scope="row" className={codeId === null ? "font-semibold" : "font-normal"}>
              {name}
            </TableHead>
            <TableCell className="text-right tabular-nums">{figures.units.toLocaleString("en-GB")}</TableCell>
            <TableCell className="text-right tabular-nums">{figures.codedByAny.toLocaleString("en-GB")}</TableCell>
            <TableCell className="text-right tabular-nums">{figures.codedByAll.toLocaleString("en-GB")}</TableCell>
            <TableCell className="text-right tabular-nums">{percent(figures.percentAgreement)}</TableCell>
            <TableCell className="text-right tabular-nums">
              {three(twoCoders ? figures.cohenKappa : figures.fleissKappa)}
            </TableCell>
            <TableCell className="text-right tabular-nums">{three(figures.alpha)}</TableCell>
            <TableCell className="tabular-nums">{interval(figures.interval)}</TableCell>
            <TableCell>
              <Badge tone={alphaTone(figures.alpha)}>{figures.verdict}</Badge>
            </TableCell>
            <TableCell>
              {codeId !== null && figures.codedByAny > figures.codedByAll ? (
                <Link className="text-accent-800 underline" href={disagreementsHref(codeId)}>
                  Disagreements<span className="sr-only"> on {name}</span>
                </Link>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
