/**
 * Fills that differ by pattern as well as shade, so series read apart without colour: a light solid
 * fill and a dark diagonal hatch, both outlined.
 */
export const SERIES_STYLES = [
  { fill: "#ccfbf1", stroke: "#0f766e", patternId: null },
  { fill: "url(#chart-hatch)", stroke: "#134e4a", patternId: "chart-hatch" },
  { fill: "url(#chart-dots)", stroke: "#374151", patternId: "chart-dots" },
] as const;

export function ChartPatterns() {
  return (
    <defs>
      <pattern id="chart-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#99f6e4" />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#134e4a" strokeWidth="3" />
      </pattern>
      <pattern id="chart-dots" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#f3f4f6" />
        <circle cx="3" cy="3" r="1.6" fill="#374151" />
      </pattern>
    </defs>
  );
}
