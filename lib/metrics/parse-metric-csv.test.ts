import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCodebook, parseMetricLevels, parsePublishedChanges } from "./parse-metric-csv";

const seed = (file: string) => fs.readFileSync(path.join(__dirname, "../../db/seed/data", file), "utf8");
const HEADER = "metric_key,label,kind,scale_min,scale_max,wave,segment_dimension,segment_value,value,n";

describe("metric CSV import", () => {
  it("reads the seed's published levels, changes and codebook", () => {
    const levels = parseMetricLevels(seed("sentiment_metrics.csv"));
    const workload = levels.filter((l) => l.metricKey === "workload_manageable" && l.segmentDimension === "all");
    expect(workload.map((l) => [l.wave, l.value]).sort()).toEqual([
      ["2023", 3.07],
      ["2025", 3.2],
    ]);
    const changes = parsePublishedChanges(seed("published_changes.csv"));
    expect(changes.find((c) => c.metricKey === "supervision_importance" && c.segmentDimension === "all")?.change).toBe(
      0.02,
    );
    const codebook = parseCodebook(seed("codebook.csv"));
    const workloadCode = codebook.find((c) => c.code === "Workload and caseloads");
    expect(workloadCode?.linkedMetrics).toEqual([
      { metricKey: "workload_manageable", polarity: "concern" },
      { metricKey: "work_life_balance", polarity: "concern" },
    ]);
    expect(codebook.find((c) => c.code === "Protected caseloads")?.parent).toBe("Workload and caseloads");
  });

  it("rejects a bad row with its row number", () => {
    const csv = [
      HEADER,
      "workload_manageable,My workload is manageable,mean_score,1,5,2025,all,all,3.20,",
      "workload_manageable,My workload is manageable,mean_score,1,5,2023,all,all,abc,",
    ].join("\n");
    expect(() => parseMetricLevels(csv)).toThrow(/Line 3: value "abc" is not a number/);
    const outOfScale = `${HEADER}\nx,Label,mean_score,1,5,2025,all,all,7.5,`;
    expect(() => parseMetricLevels(outOfScale)).toThrow(/Line 2: value 7.5 lies outside the scale 1–5/);
    const badKind = `${HEADER}\nx,Label,median,1,5,2025,all,all,3,`;
    expect(() => parseMetricLevels(badKind)).toThrow(/Line 2: kind/);
    expect(() => parseMetricLevels("metric_key,label\nx,y")).toThrow(/lacks the columns/);
    expect(() => parseCodebook("code,parent,description,colour,linked_metrics\nA,,d,#123456,x:sideways")).toThrow(
      /Line 2: linked_metrics/,
    );
  });
});
