import Link from "next/link";
import type { CoOccurrenceTable as Matrix } from "@/lib/themes/get-joint-display";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "../ui/table";

/** Codes × codes: answers and turns coded with both; the diagonal (bold) counts those coded with the code. */
export function CoOccurrenceTable({ matrix, projectSlug }: { matrix: Matrix; projectSlug: string }) {
  let largest = 0;
  matrix.counts.forEach((row, i) => {
    row.forEach((count, j) => {
      if (i !== j) largest = Math.max(largest, count);
    });
  });
  return (
    <Table data-testid="co-occurrence" className="text-xs">
      <TableCaption>
        Co-occurrence of codes: answers and turns coded with both the row's and the column's code; the diagonal counts
        the answers and turns coded with the code
      </TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>Code</TableHead>
          {matrix.codes.map((code, index) => (
            <TableHead key={code.id} className="text-right" title={code.name}>
              <abbr title={code.name} className="no-underline">
                {index + 1}
              </abbr>
              <span className="sr-only"> {code.name}</span>
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {matrix.codes.map((code, i) => (
          <TableRow key={code.id}>
            <TableHead scope="row" className="whitespace-nowrap">
              {i + 1}. <Link href={`/projects/${projectSlug}/themes/${code.id}`}>{code.name}</Link>
            </TableHead>
            {matrix.counts[i].map((count, j) => (
              <TableCell
                key={matrix.codes[j].id}
                className={i === j ? "text-right font-bold tabular-nums" : "text-right tabular-nums"}
                style={{
                  backgroundColor:
                    i !== j && largest > 0 && count > 0
                      ? `rgba(20, 184, 166, ${(0.06 + (count / largest) * 0.5).toFixed(3)})`
                      : undefined,
                }}
              >
                {count}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
