"use client";

import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { useMemo, useState } from "react";
import type { Fit } from "@/lib/analysis";
import type { JointDisplayRow } from "@/lib/themes/get-joint-display";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "../ui/table";
import { ChangeText } from "./change-text";
import { FitLabel } from "./fit-label";
import { changeUnit, formatLevel } from "./format-level";
import { PrevalenceText } from "./prevalence-text";

type SortKey = "theme" | "metric" | "from" | "to" | "change" | "metricChange" | "fit";
type Direction = "ascending" | "descending";

const FIT_ORDER: Record<Fit, number> = { confirms: 0, diverges: 1, none: 2 };

/** The value a row sorts by; null sorts last whichever the direction. */
function sortValue(row: JointDisplayRow, key: SortKey, index: number): number | string | null {
  switch (key) {
    case "theme":
      return index;
    case "metric":
      return row.metric.label.toLocaleLowerCase("en-GB");
    case "from":
      return row.prevalenceFrom?.share ?? null;
    case "to":
      return row.prevalenceTo?.share ?? null;
    case "change":
      return row.prevalenceChange?.value ?? null;
    case "metricChange":
      return row.metricMovement?.change?.value ?? null;
    case "fit":
      return FIT_ORDER[row.fit];
  }
}

export interface JointDisplayTableProps {
  projectSlug: string;
  rows: JointDisplayRow[];
  from: string | null;
  to: string | null;
  region: string | null;
}

/** The joint display: one row per theme × linked metric, sortable by any column from the keyboard. */
export function JointDisplayTable({ projectSlug, rows, from, to, region }: JointDisplayTableProps) {
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({ key: "theme", direction: "ascending" });
  const sorted = useMemo(() => {
    const indexed = rows.map((row, index) => ({ row, value: sortValue(row, sort.key, index), index }));
    indexed.sort((a, b) => {
      if (a.value === null && b.value === null) return a.index - b.index;
      if (a.value === null) return 1;
      if (b.value === null) return -1;
      const order = a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
      return (sort.direction === "ascending" ? order : -order) || a.index - b.index;
    });
    return indexed.map((entry) => entry.row);
  }, [rows, sort]);

  const header = (key: SortKey, label: string, className?: string) => {
    const active = sort.key === key;
    const Icon = !active ? ArrowUpDown : sort.direction === "ascending" ? ArrowUp : ArrowDown;
    return (
      <TableHead aria-sort={active ? sort.direction : undefined} className={className}>
        <button
          type="button"
          className="inline-flex items-center gap-1 rounded-sm font-semibold text-gray-800 hover:text-gray-950 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent-700"
          onClick={() =>
            setSort((current) =>
              current.key === key
                ? { key, direction: current.direction === "ascending" ? "descending" : "ascending" }
                : { key, direction: key === "theme" || key === "metric" || key === "fit" ? "ascending" : "descending" },
            )
          }
        >
          {label}
          <Icon className="size-3.5" aria-hidden="true" />
          <span className="sr-only">{active ? `, sorted ${sort.direction}` : ", sort"}</span>
        </button>
      </TableHead>
    );
  };

  return (
    <>
      <p className="sr-only" aria-live="polite">
        Sorted by{" "}
        {sort.key === "metricChange" ? "metric change" : sort.key === "change" ? "prevalence change" : sort.key},{" "}
        {sort.direction}.
      </p>
      <Table data-testid="joint-display">
        <TableCaption>
          Themes and their linked survey metrics{region ? ` in ${region}` : ""}: prevalence in{" "}
          {from ?? "the first wave"} and {to ?? "the last wave"}, its change, the metric's change and whether they fit.
          Column headers sort the table.
        </TableCaption>
        <TableHeader>
          <TableRow>
            {header("theme", "Theme")}
            {header("metric", "Metric")}
            {header("from", `Prevalence ${from ?? ""}`.trim(), "text-right")}
            {header("to", `Prevalence ${to ?? ""}`.trim(), "text-right")}
            {header("change", from && to ? `Prevalence change ${from} → ${to}` : "Prevalence change", "text-right")}
            {header("metricChange", from && to ? `Metric change ${from} → ${to}` : "Metric change", "text-right")}
            {header("fit", "Fit")}
          </TableRow>
        </TableHeader>
        <TableBody>
          {sorted.map((row) => {
            const movement = row.metricMovement;
            return (
              <TableRow key={row.key} data-testid="joint-row">
                <TableHead scope="row">
                  <span
                    style={{ paddingLeft: sort.key === "theme" ? `${row.depth * 1.25}rem` : undefined }}
                    className="inline-block"
                  >
                    <Link href={`/projects/${projectSlug}/themes/${row.codeId}`}>{row.codeName}</Link>
                  </span>
                  <span className="block text-xs font-normal text-gray-700">{row.polarity}</span>
                </TableHead>
                <TableCell className="max-w-xs">
                  {row.metric.label}
                  {row.higherIsBetter ? null : <span className="block text-xs text-gray-700">higher is worse</span>}
                </TableCell>
                <TableCell className="text-right">
                  <PrevalenceText cell={row.prevalenceFrom} />
                </TableCell>
                <TableCell className="text-right">
                  <PrevalenceText cell={row.prevalenceTo} />
                </TableCell>
                <TableCell className="text-right" data-testid="prevalence-change">
                  <ChangeText change={row.prevalenceChange} unit="pts" />
                </TableCell>
                <TableCell className="text-right" data-testid="metric-change">
                  {movement ? (
                    <span className="inline-flex flex-col items-end">
                      <ChangeText change={movement.change} unit={changeUnit(row.metric.kind)} />
                      <span className="text-xs text-gray-700">
                        {movement.source === "levels"
                          ? `${formatLevel(movement.from, row.metric.kind)} → ${formatLevel(movement.to, row.metric.kind)}`
                          : "published change"}
                      </span>
                    </span>
                  ) : (
                    <span className="text-sm text-gray-700">{region ? "not known for this region" : "–"}</span>
                  )}
                </TableCell>
                <TableCell>
                  <FitLabel fit={row.fit} explanation={row.fitText} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </>
  );
}
