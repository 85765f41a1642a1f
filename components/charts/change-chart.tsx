"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from "recharts";
import { ChartPatterns, SERIES_STYLES } from "./chart-patterns";

export interface ChangeChartRow {
  label: string;
  /** Change in percentage points. */
  value: number;
  /** "+7 ↑", written at the end of the bar. */
  display: string;
}

/**
 * Which themes moved: the change in prevalence per theme as horizontal bars, rises solid and falls
 * hatched, each labelled with its signed value and arrow. The same numbers are in the table below.
 */
export function ChangeChart({ rows }: { rows: ChangeChartRow[] }) {
  const extent = Math.max(5, ...rows.map((row) => Math.abs(row.value)));
  return (
    <div aria-hidden="true" className="w-full">
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        data={rows}
        margin={{ top: 4, right: 48, bottom: 4, left: 8 }}
        style={{ width: "100%", height: Math.max(160, rows.length * 28 + 40) }}
      >
        <ChartPatterns />
        <CartesianGrid horizontal={false} stroke="#e5e7eb" />
        <XAxis type="number" domain={[-extent, extent]} tick={{ fill: "#374151", fontSize: 12 }} unit=" pts" />
        <YAxis type="category" dataKey="label" width={220} tick={{ fill: "#1f2937", fontSize: 12 }} interval={0} />
        <ReferenceLine x={0} stroke="#374151" />
        <Bar dataKey="value" isAnimationActive={false}>
          {rows.map((row) => {
            const style = row.value < 0 ? SERIES_STYLES[1] : SERIES_STYLES[0];
            return <Cell key={row.label} fill={style.fill} stroke={style.stroke} />;
          })}
          <LabelList dataKey="display" position="right" fill="#111827" fontSize={12} />
        </Bar>
      </BarChart>
    </div>
  );
}
