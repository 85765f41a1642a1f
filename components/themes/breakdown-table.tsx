import type { ThemeBreakdown } from "@/lib/themes/get-theme-summary";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "../ui/table";

/** One attribute's breakdown: raised, answered and share per value, one column group per wave. */
export function BreakdownTable({ breakdown, themeName }: { breakdown: ThemeBreakdown; themeName: string }) {
  const rows = breakdown.byWave[0]?.breakdown.rows ?? [];
  const id = `breakdown-${breakdown.attribute.key}`;
  return (
    <div data-testid={id}>
      <h4 id={`${id}-title`} className="mb-2 text-sm font-semibold text-gray-900">
        By {breakdown.attribute.label.toLowerCase()}
      </h4>
      <Table aria-labelledby={`${id}-title`}>
        <TableCaption>
          {themeName} by {breakdown.attribute.label.toLowerCase()}: respondents who raised it, respondents who answered
          a free-text question, and the share, per wave
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead rowSpan={2} className="align-bottom">
              {breakdown.attribute.label}
            </TableHead>
            {breakdown.byWave.map(({ wave }) => (
              <TableHead key={wave} colSpan={3} scope="colgroup" className="border-l border-gray-200 text-center">
                {wave}
              </TableHead>
            ))}
          </TableRow>
          <TableRow>
            {breakdown.byWave.map(({ wave }) => [
              <TableHead key={`${wave}-raised`} className="border-l border-gray-200 text-right">
                Raised
              </TableHead>,
              <TableHead key={`${wave}-base`} className="text-right">
                Answered
              </TableHead>,
              <TableHead key={`${wave}-share`} className="text-right">
                Share
              </TableHead>,
            ])}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, index) => (
            <TableRow key={row.value}>
              <TableHead scope="row">{row.value}</TableHead>
              {breakdown.byWave.map(({ wave, breakdown: b }) => {
                const cell = b.rows[index];
                return [
                  <TableCell key={`${wave}-raised`} className="border-l border-gray-200 text-right tabular-nums">
                    {cell.raised.display}
                  </TableCell>,
                  <TableCell key={`${wave}-base`} className="text-right tabular-nums">
                    {cell.base.display}
                  </TableCell>,
                  <TableCell key={`${wave}-share`} className="text-right font-medium tabular-nums">
                    {cell.share.display}
                  </TableCell>,
                ];
              })}
            </TableRow>
          ))}
          <TableRow className="bg-gray-50">
            <TableHead scope="row">All</TableHead>
            {breakdown.byWave.map(({ wave, breakdown: b }) => [
              <TableCell key={`${wave}-raised`} className="border-l border-gray-200 text-right tabular-nums">
                {b.total.raised.display}
              </TableCell>,
              <TableCell key={`${wave}-base`} className="text-right tabular-nums">
                {b.total.base.display}
              </TableCell>,
              <TableCell key={`${wave}-share`} className="text-right font-medium tabular-nums">
                {b.total.share.display}
              </TableCell>,
            ])}
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}
