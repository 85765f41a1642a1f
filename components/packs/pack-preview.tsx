import { Card, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AuthorityPack } from "@/lib/packs/build-packs";

/** The pack as the Word and PDF files lay it out, for reading in the browser first. */
export function PackPreview({ pack }: { pack: AuthorityPack }) {
  return (
    <div className="space-y-6">
      {pack.tables.map((table, index) => (
        <section key={table.title} aria-labelledby={`pack-table-${index}`} className="space-y-2">
          <h2 id={`pack-table-${index}`} className="text-lg font-semibold text-gray-900">
            {table.title}
          </h2>
          <Table aria-label={table.title}>
            <TableCaption>{table.title}</TableCaption>
            <TableHeader>
              <TableRow>
                {table.columns.map((column, columnIndex) => (
                  <TableHead key={column} className={columnIndex === 0 ? undefined : "text-right"}>
                    {column}
                  </TableHead>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {table.rows.map((row) => (
                <TableRow key={row.label}>
                  <TableHead scope="row" className="font-normal">
                    {row.label}
                  </TableHead>
                  {row.cells.map((cell, cellIndex) => (
                    <TableCell key={`${row.label}-${table.columns[cellIndex + 1]}`} className="text-right tabular-nums">
                      {cell}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {table.note ? <p className="text-sm text-gray-600">{table.note}</p> : null}
        </section>
      ))}
      {pack.quotes.length > 0 ? (
        <Card aria-labelledby="pack-quotes">
          <CardTitle id="pack-quotes">What staff said</CardTitle>
          <ul className="mt-4 space-y-4">
            {pack.quotes.map((quote) => (
              <li key={`${quote.theme}-${quote.wording}`}>
                <p className="text-sm font-medium text-gray-700">{quote.theme}</p>
                <blockquote className="border-l-4 border-accent-600 pl-4 italic">“{quote.wording}”</blockquote>
                <p className="pl-5 text-sm text-gray-700">— {quote.attribution}</p>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card aria-labelledby="pack-methods">
        <CardTitle id="pack-methods">Methods</CardTitle>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-gray-700">
          {pack.methods.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
