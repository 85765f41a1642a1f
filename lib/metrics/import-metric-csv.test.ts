import { describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { metricChanges, metrics, metricValues, users } from "../../db/schema";
import { createProject } from "../projects/create-project";
import { importMetricCsv } from "./import-metric-csv";
import { listMetricSummaries } from "./list-metric-summaries";

const HEADER = "metric_key,label,kind,scale_min,scale_max,wave,segment_dimension,segment_value,value,n";

describe("metric import from CSV", () => {
  it("stores levels and published changes, and shows the change beside the published one", () => {
    const db = createTestDb();
    try {
      const projectId = createProject(db, { slug: "m", name: "M" }).id;
      db.insert(users).values({ id: 1, email: "r@x.org", name: "R", passwordHash: "x" }).run();
      const levels = [
        HEADER,
        "supervision_importance,Good quality supervision is very important,mean_score,1,5,2023,all,all,4.51,",
        "supervision_importance,Good quality supervision is very important,mean_score,1,5,2025,all,all,4.54,1180",
        "commute_within_hour,Commute of an hour or less,percentage,0,100,2025,region,London,63,",
      ].join("\n");
      expect(importMetricCsv(db, projectId, 1, { kind: "levels", csv: levels })).toEqual({ kind: "levels", rows: 3 });
      const changes =
        "metric_key,wave_from,wave_to,segment_dimension,segment_value,change\nsupervision_importance,2023,2025,all,all,0.02\n";
      expect(importMetricCsv(db, projectId, 1, { kind: "changes", csv: changes }).rows).toBe(1);
      const supervision = listMetricSummaries(db, projectId).metrics.find(
        (m) => m.metric.key === "supervision_importance",
      )!;
      // The report's change is from unrounded means: 0.02 printed against 4.54 − 4.51 = 0.03.
      expect([supervision.segments[0].change?.display, supervision.segments[0].publishedChange]).toEqual([
        "+0.03",
        0.02,
      ]);
      expect(supervision.segments[0].levels.map((l) => l?.n)).toEqual([null, 1180]);
      // Re-importing a level replaces it.
      importMetricCsv(db, projectId, 1, {
        kind: "levels",
        csv: `${HEADER}\nsupervision_importance,Good quality supervision is very important,mean_score,1,5,2025,all,all,4.60,`,
      });
      expect(
        db
          .select()
          .from(metricValues)
          .all()
          .find((v) => v.value === 4.6),
      ).toBeDefined();
      expect(db.select().from(metricValues).all()).toHaveLength(3);
    } finally {
      db.cleanup();
    }
  });

  it("rejects a file with a bad row, naming its line, and stores none of it", () => {
    const db = createTestDb();
    try {
      const projectId = createProject(db, { slug: "m", name: "M" }).id;
      db.insert(users).values({ id: 1, email: "r@x.org", name: "R", passwordHash: "x" }).run();
      const csv = [
        HEADER,
        "workload_manageable,My workload is manageable,mean_score,1,5,2025,all,all,3.20,",
        "workload_manageable,My workload is manageable,mean_score,1,5,2023,all,all,three,",
      ].join("\n");
      expect(() => importMetricCsv(db, projectId, 1, { kind: "levels", csv })).toThrow(
        /^Line 3: value "three" is not a number\.$/,
      );
      expect(db.select().from(metrics).all()).toHaveLength(0);
      expect(() =>
        importMetricCsv(db, projectId, 1, {
          kind: "changes",
          csv: "metric_key,wave_from,wave_to,segment_dimension,segment_value,change\nnope,2023,2025,all,all,0.1\n",
        }),
      ).toThrow(/^Line 2: no metric "nope"; import its levels first\.$/);
      expect(db.select().from(metricChanges).all()).toHaveLength(0);
      expect(() => importMetricCsv(db, projectId, 1, { kind: "levels", csv: "  " })).toThrow(/empty/);
      expect(() => importMetricCsv(db, projectId, 1, { kind: "levels", csv: HEADER })).toThrow(/no rows/);
      expect(() => importMetricCsv(db, projectId, 1, { kind: "changes", csv: HEADER })).toThrow(
        /lacks the columns wave_from, wave_to, change/,
      );
    } finally {
      db.cleanup();
    }
  });
});
