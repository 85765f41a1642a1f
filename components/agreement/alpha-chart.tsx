"use client";

import { Bar, BarChart, CartesianGrid, ErrorBar, LabelList, ReferenceLine, XAxis, YAxis } from "recharts";

export interface AlphaChartRow {
  label: string;
  alpha: number;
  /** Distances from α to the interval's ends, as ErrorBar takes them. */
  spread: [number, number];
  display: string;
}

/**
 * α per code as horizontal bars with their 95% intervals, against the 0.667 and 0.800 thresholds.
 * Decorative: the table below gives every figure in words.
 */
export function AlphaChart({ rows }: { rows: AlphaChartRow[] }) {
  const low = Math.min(0, ...rows.map((row) => row.alpha - row.spread[0]));
  return (
    <div aria-hidden="true" className="w-full">
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        data={rows}
        margin={{ top: 4, right: 56, bottom: 4, left: 8 }}
        style={{ width: "100%", height: Math.max(140, rows.length * 28 + 40) }}
      >
        <CartesianGrid horizontal={false} stroke="#e5e7eb" />
        <XAxis type="number" domain={[Math.floor(low * 10) / 10, 1]} tick={{ fill: "#374151", fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={200} tick={{ fill: "#1f2937", fontSize: 12 }} interval={0} />
        <ReferenceLine
          x={0.667}
          stroke="#b45309"
          strokeDasharray="4 3"
          label={{ value: "0.667", fill: "#92400e", fontSize: 11, position: "top" }}
        />
        <ReferenceLine
          x={0.8}
          stroke="#047857"
          strokeDasharray="4 3"
          label={{ value: "0.800", fill: "#065f46", fontSize: 11, position: "top" }}
        />
        <Bar dataKey="alpha" fill="#1d4ed8" isAnimationActive={false}>
          <ErrorBar dataKey="spread" direction="x" stroke="#111827" width={6} />
          <LabelList dataKey="display" position="right" fill="#111827" fontSize={12} />
        </Bar>
      </BarChart>
    </div>
  );
}
