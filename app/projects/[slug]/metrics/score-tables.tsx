import Link from "next/link";
import { ChangeText } from "@/components/themes/change-text";
import { Table, TableBody, TableCaption, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ScoreTable } from "@/lib/analysis";
import { attributeLabel } from "@/lib/attributes/attribute-label";

/** The search parameter that picks the breakdown shown under the by-question table. */
export const SCORES_PARAM = "scores";

/** Region first: the survey's headline breakdown. Otherwise the first dimension the respondents have. */
export function chosenDimension(dimensions: string[], asked: string | null): string | null {
  if (asked && dimensions.includes(asked)) return asked;
  return dimensions.includes("region") ? "region" : (dimensions[0] ?? null);
}

// Cells are styled from the table, so each of the many cells is sent without its own class list.
export const CELLS = "[&_td]:px-3 [&_td]:py-2.5 [&_td]:text-right [&_td]:tabular-nums [&_td]:text-gray-800";

function ScoreTableByDimension({
  tables,
  dimension,
  waves,
  compared,
}: {
  tables: ScoreTable[];
  dimension: string;
  waves: string[];
  compared: string | null;
}) {
  const label = dimension === "all" ? "question" : attributeLabel(dimension).toLowerCase();
  return (
    <div className="mt-6" data-testid={`score-table-${dimension}`}>
      <h3 className="mb-2 text-base font-semibold text-gray-900">Mean score by {label}</h3>
      <Table className={CELLS}>
        <TableCaption>
          Mean score by {label} for each wave, from the imported respondent-level answers, with the change{" "}
          {compared ?? "between waves"}
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead>Question</TableHead>
            {dimension === "all" ? null : <TableHead>{attributeLabel(dimension)}</TableHead>}
            {waves.map((wave) => (
              <TableHead key={wave} className="text-right">
                {wave}
              </TableHead>
            ))}
            <TableHead className="text-right">{compared ? `Change ${compared}` : "Change"}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tables.flatMap((table) => {
            const section = table.sections.find((s) => s.dimension === dimension);
            return (section?.rows ?? []).map((row, index) => (
              <tr key={`${table.item}:${row.segment}`}>
                {index === 0 ? (
                  <TableHead scope="rowgroup" rowSpan={section!.rows.length} className="max-w-sm align-top">
                    {table.item}
                  </TableHead>
                ) : null}
                {dimension === "all" ? null : <TableHead scope="row">{row.segment}</TableHead>}
                {row.cells.map((cell, column) => (
                  <td key={waves[column]}>{cell.display}</td>
                ))}
                <td>
                  <ChangeText change={row.change} />
                </td>
              </tr>
            ));
          })}
        </TableBody>
      </Table>
    </div>
  );
}

/**
 * The by-question table and one breakdown at a time (links choose the others), so the page carries two
 * tables rather than every breakdown of every question.
 */
export function ScoreTables({
  tables,
  dimensions,
  waves,
  compared,
  dimension,
  hrefFor,
}: {
  tables: ScoreTable[];
  dimensions: string[];
  waves: string[];
  compared: string | null;
  dimension: string | null;
  hrefFor: (dimension: string) => string;
}) {
  return (
    <>
      <ScoreTableByDimension tables={tables} dimension="all" waves={waves} compared={compared} />
      {dimension ? (
        <>
          <nav aria-label="Breakdowns of the score tables" className="mt-6 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <span className="text-gray-700">Mean score by</span>
            {dimensions.map((option) => (
              <Link
                key={option}
                href={hrefFor(option)}
                prefetch={false}
                scroll={false}
                aria-current={option === dimension ? "page" : undefined}
                className="aria-[current=page]:font-semibold aria-[current=page]:text-gray-900"
              >
                {attributeLabel(option).toLowerCase()}
              </Link>
            ))}
          </nav>
          <ScoreTableByDimension tables={tables} dimension={dimension} waves={waves} compared={compared} />
        </>
      ) : null}
    </>
  );
}
