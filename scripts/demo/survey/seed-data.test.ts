import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ImportError } from "../../../lib/imports/parsers/import-error";
import { readCodebook, readMetricLevels, readPublishedChanges, readResponseCounts } from "./seed-data";
import { readSeedDataFile, SEED_DATA_DIRECTORY } from "./seed-files";

const CODEBOOK_HEADER = "code,parent,description,colour,linked_metrics";
const LEVELS_HEADER = "metric_key,label,kind,scale_min,scale_max,wave,segment_dimension,segment_value,value,n";
const CHANGES_HEADER = "metric_key,wave_from,wave_to,segment_dimension,segment_value,change";

describe("the copied seed files", () => {
  it("are read from db/seed/data", () => {
    expect(SEED_DATA_DIRECTORY.endsWith(path.join("db", "seed", "data"))).toBe(true);
    expect(readFileSync(path.join(SEED_DATA_DIRECTORY, "response_counts.csv"), "utf8")).toBe(
      readSeedDataFile("response_counts.csv"),
    );
  });
});

describe("readCodebook", () => {
  const rows = readCodebook(readSeedDataFile("codebook.csv"));

  it("reads every code with its parent, colour and linked metrics", () => {
    expect(rows).toHaveLength(16);
    expect(rows[0]).toEqual({
      code: "Workload and caseloads",
      parent: null,
      description:
        "Caseload size and protection, escalation routes, workload manageability for practitioners and managers",
      colour: "#d9480f",
      linkedMetrics: [
        { metricKey: "workload_manageable", polarity: "concern" },
        { metricKey: "work_life_balance", polarity: "concern" },
      ],
    });
    expect(rows.find((row) => row.code === "Protected caseloads")?.parent).toBe("Workload and caseloads");
    expect(rows.find((row) => row.code === "Retention")?.linkedMetrics).toEqual([]);
    expect(rows.find((row) => row.code === "Pay and remuneration")?.linkedMetrics).toHaveLength(4);
  });

  it("links only to metrics the metric files define", () => {
    const keys = new Set([
      ...readMetricLevels(readSeedDataFile("sentiment_metrics.csv")).map((row) => row.metricKey),
      ...readMetricLevels(readSeedDataFile("proportion_metrics.csv")).map((row) => row.metricKey),
    ]);
    for (const row of rows) {
      for (const { metricKey } of row.linkedMetrics)
        expect(keys.has(metricKey), `${row.code} → ${metricKey}`).toBe(true);
    }
  });

  it("accepts a byte order mark, CRLF line ends and a blank last line", () => {
    const text = `\uFEFF${CODEBOOK_HEADER}\r\nA,,Theme é,#ABCDEF,m:mixed\r\n\r\n`;
    expect(readCodebook(text)).toEqual([
      {
        code: "A",
        parent: null,
        description: "Theme é",
        colour: "#ABCDEF",
        linkedMetrics: [{ metricKey: "m", polarity: "mixed" }],
      },
    ]);
  });

  it.each([
    ["an unknown polarity", `${CODEBOOK_HEADER}\nA,,d,#000000,m:worse`, 2],
    ["a linked metric without polarity", `${CODEBOOK_HEADER}\nA,,d,#000000,m`, 2],
    ["a bad colour", `${CODEBOOK_HEADER}\nA,,d,red,`, 2],
    ["an empty code", `${CODEBOOK_HEADER}\n,,d,#000000,`, 2],
    ["a short row", `${CODEBOOK_HEADER}\nA,,d`, 2],
  ])("refuses %s, naming the line", (_, text, line) => {
    expect(() => readCodebook(text)).toThrow(ImportError);
    try {
      readCodebook(text);
    } catch (error) {
      expect((error as ImportError).line).toBe(line);
    }
  });
});

describe("readMetricLevels", () => {
  it("reads the sentiment levels with numbers and blank counts", () => {
    const rows = readMetricLevels(readSeedDataFile("sentiment_metrics.csv"));
    expect(rows).toHaveLength(34);
    expect(rows[0]).toEqual({
      metricKey: "supervision_importance",
      label: "Good quality supervision is very important to do my job well",
      kind: "mean_score",
      scaleMin: 1,
      scaleMax: 5,
      wave: "2025",
      segmentDimension: "all",
      segmentValue: "all",
      value: 4.54,
      n: null,
    });
    expect(rows.find((row) => row.metricKey === "workload_manageable" && row.wave === "2025")?.value).toBe(3.2);
  });

  it("reads the proportions with their respondent counts", () => {
    const rows = readMetricLevels(readSeedDataFile("proportion_metrics.csv"));
    expect(rows.every((row) => row.kind === "percentage" && row.scaleMax === 100)).toBe(true);
    expect(rows.find((row) => row.metricKey === "ai_deployed")).toMatchObject({ value: 69, n: 1038, wave: "2025" });
  });

  it("keeps commas inside quoted labels", () => {
    const text = `${LEVELS_HEADER}\nx,"One, two",percentage,0,100,2025,all,all,12,`;
    expect(readMetricLevels(text)[0].label).toBe("One, two");
  });

  it.each([
    ["an unknown kind", `${LEVELS_HEADER}\nx,l,median,1,5,2025,all,all,3,`],
    ["a value outside the scale", `${LEVELS_HEADER}\nx,l,mean_score,1,5,2025,all,all,5.5,`],
    ["an empty value", `${LEVELS_HEADER}\nx,l,mean_score,1,5,2025,all,all,,`],
    ["a value that is not a number", `${LEVELS_HEADER}\nx,l,mean_score,1,5,2025,all,all,high,`],
    ["a wave that is not a wave label", `${LEVELS_HEADER}\nx,l,mean_score,1,5,20/25,all,all,3,`],
    ["a fractional count", `${LEVELS_HEADER}\nx,l,mean_score,1,5,2025,all,all,3,10.5`],
    ["an empty segment", `${LEVELS_HEADER}\nx,l,mean_score,1,5,2025,,all,3,`],
  ])("refuses %s", (_, text) => {
    expect(() => readMetricLevels(text)).toThrow(ImportError);
  });
});

describe("readPublishedChanges", () => {
  it("reads signed changes by segment", () => {
    const rows = readPublishedChanges(readSeedDataFile("published_changes.csv"));
    expect(rows).toHaveLength(28);
    expect(rows.find((row) => row.metricKey === "psychological_safety" && row.segmentValue === "South East")).toEqual({
      metricKey: "psychological_safety",
      waveFrom: "2023",
      waveTo: "2025",
      segmentDimension: "region",
      segmentValue: "South East",
      change: -0.1,
    });
  });

  it("refuses a change that is not a number", () => {
    expect(() => readPublishedChanges(`${CHANGES_HEADER}\nx,2023,2025,all,all,up`)).toThrow(/Line 2: change/);
  });
});

describe("readResponseCounts", () => {
  it("reads responses by wave and region", () => {
    const rows = readResponseCounts(readSeedDataFile("response_counts.csv"));
    expect(rows).toEqual([
      { wave: "2023", region: "London", responses: 589 },
      { wave: "2023", region: "South East", responses: 446 },
      { wave: "2025", region: "London", responses: 880 },
      { wave: "2025", region: "South East", responses: 340 },
    ]);
  });

  it("refuses a negative count", () => {
    expect(() => readResponseCounts("wave,region,responses\n2025,London,-3")).toThrow(ImportError);
  });
});
