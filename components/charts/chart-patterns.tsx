/**
 * Fills that differ by pattern as well as shade, so series read apart without colour: a light solid
 * fill, a diagonal hatch, dots, a cross-hatch, vertical stripes and a dark solid fill, all outlined.
 * Each has a name for the caption ("2023 solid, 2024 hatched, 2025 dotted").
 */
export const SERIES_STYLES = [
  { fill: "#ccfbf1", stroke: "#0f766e", patternId: null, name: "light solid" },
  { fill: "url(#chart-hatch)", stroke: "#134e4a", patternId: "chart-hatch", name: "hatched" },
  { fill: "url(#chart-dots)", stroke: "#374151", patternId: "chart-dots", name: "dotted" },
  { fill: "url(#chart-cross)", stroke: "#1e3a8a", patternId: "chart-cross", name: "cross-hatched" },
  { fill: "url(#chart-stripes)", stroke: "#581c87", patternId: "chart-stripes", name: "striped" },
  { fill: "#134e4a", stroke: "#042f2e", patternId: null, name: "dark solid" },
] as const;

/** The style of the n-th series; past the sixth they repeat, which the caption then says. */
export function seriesStyle(index: number) {
  return SERIES_STYLES[index % SERIES_STYLES.length];
}

/** "2023 light solid, 2024 hatched and 2025 dotted": how to tell the series apart without colour. */
export function seriesCaption(series: readonly string[]): string {
  const parts = series.map((name, index) => `${name} ${seriesStyle(index).name}`);
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

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
      <pattern id="chart-cross" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="#dbeafe" />
        <path d="M0 0L6 6M6 0L0 6" stroke="#1e3a8a" strokeWidth="1.2" />
      </pattern>
      <pattern id="chart-stripes" width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill="#f3e8ff" />
        <line x1="1" y1="0" x2="1" y2="5" stroke="#581c87" strokeWidth="2" />
      </pattern>
    </defs>
  );
}
