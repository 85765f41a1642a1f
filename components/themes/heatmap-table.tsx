import Link from "next/link";
import type { Heatmap } from "@/lib/themes/get-joint-display";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "../ui/table";

/** Shade for a share: white to mid teal, light enough that dark text keeps its contrast. */
function shade(share: number | null): string | undefined {
  if (share === null) return undefined;
  return `rgba(20, 184, 166, ${(0.08 + share * 0.5).toFixed(3)})`;
}

/** Theme × attribute value: every cell shows its share and counts; the shading only repeats the share. */
export function HeatmapTable({ heatmap, projectSlug }: { heatmap: Heatmap; projectSlug: string }) {
  if (!heatmap.attribute || heatmap.values.length === 0) {
    return <p className="text-sm text-gray-700">No respondent attribute to break the themes down by.</p>;
  }
  return (
    <Table data-testid="heatmap">
      <TableCaption>
        Share of respondents raising each theme by {heatmap.attribute.label.toLowerCase()} in {heatmap.wave}; darker
        cells hold larger shares
      </TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Theme</TableHead>
          {heatmap.values.map((value) => (
            <TableHead key={value} className="text-right">
              {value}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {heatmap.rows.map((row) => (
          <TableRow key={row.codeId}>
            <TableHead scope="row">
              <span style={{ paddingLeft: `${row.depth * 1.25}rem` }} className="inline-block">
                <Link href={`/projects/${projectSlug}/themes/${row.codeId}`}>{row.name}</Link>
              </span>
            </TableHead>
            {row.cells.map((cell) => (
              <TableCell
                key={cell.value}
                className="text-right tabular-nums"
                style={{ backgroundColor: cell.share.suppressed ? undefined : shade(cell.share.value) }}
              >
                <span className="font-medium text-gray-950">{cell.share.display}</span>
                <span className="block text-xs text-gray-800">
                  {cell.raised.display} of {cell.base.display}
                </span>
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
