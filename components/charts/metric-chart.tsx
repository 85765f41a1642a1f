"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from "recharts";
import { ChartPatterns, seriesStyle } from "./chart-patterns";

export interface MetricChartRow {
  /** "All respondents", "London (computed)" … */
  segment: string;
  /** Wave label → value (null where nothing is known). */
  values: Record<string, number | null>;
}

export interface MetricChartProps {
  waves: string[];
  rows: MetricChartRow[];
  scaleMin: number;
  scaleMax: number;
  decimals: number;
}

/**
 * A metric per segment and wave as grouped bars with their values written on them. The numbers are
 * also in the table beside it, so the chart is hidden from assistive technology.
 */
export function MetricChart({ waves, rows, scaleMin, scaleMax, decimals }: MetricChartProps) {
  const data = rows.map((row) => ({ segment: row.segment, ...row.values }));
  const format = (value: unknown) => (typeof value === "number" ? value.toFixed(decimals) : "");
  return (
    <div aria-hidden="true" className="w-full">
      <BarChart
        responsive
        accessibilityLayer={false}
        data={data}
        margin={{ top: 22, right: 8, bottom: 4, left: 0 }}
        style={{ width: "100%", height: 240 }}
      >
        <ChartPatterns />
        <CartesianGrid vertical={false} stroke="#e5e7eb" />
        <XAxis dataKey="segment" tick={{ fill: "#374151", fontSize: 12 }} interval={0} />
        <YAxis domain={[scaleMin, scaleMax]} tick={{ fill: "#374151", fontSize: 12 }} width={36} allowDataOverflow />
        <Legend
          wrapperStyle={{ fontSize: 12 }}
          formatter={(value, _entry, index) => (
            <span style={{ color: "#1f2937" }}>
              {value} ({seriesStyle(index).name})
            </span>
          )}
        />
        {waves.map((wave, index) => {
          const style = seriesStyle(index);
          return (
            <Bar
              key={wave}
              dataKey={wave}
              name={wave}
              fill={style.fill}
              stroke={style.stroke}
              isAnimationActive={false}
            >
              <LabelList dataKey={wave} position="top" formatter={format} fill="#111827" fontSize={12} />
            </Bar>
          );
        })}
      </BarChart>
    </div>
  );
}
