import { describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { codes, events, users } from "../../db/schema";
import { parseMetricLevels } from "../metrics/parse-metric-csv";
import { storeMetricLevels } from "../metrics/store-metrics";
import { createProject } from "../projects/create-project";
import { listCodeMetricLinks, removeCodeMetricLink, saveCodeMetricLink } from "./code-metric-links";

const LEVEL = (key: string) =>
  `metric_key,label,kind,scale_min,scale_max,wave,segment_dimension,segment_value,value,n\n${key},Label of ${key},mean_score,1,5,2025,all,all,3,`;

describe("code–metric links", () => {
  it("adds, updates and removes links, and refuses another project's metric", () => {
    const db = createTestDb();
    try {
      const projectId = createProject(db, { slug: "a", name: "A" }).id;
      const otherId = createProject(db, { slug: "b", name: "B" }).id;
      db.insert(users).values({ id: 7, email: "r@x.org", name: "R", passwordHash: "x" }).run();
      storeMetricLevels(db, projectId, parseMetricLevels(LEVEL("workload_manageable")));
      storeMetricLevels(db, otherId, parseMetricLevels(LEVEL("pay_fair")));
      const [workloadMetric, otherMetric] = db.$client.prepare("select id from metrics order by id").all() as {
        id: number;
      }[];
      const codeId = db.insert(codes).values({ projectId, name: "Workload" }).returning({ id: codes.id }).get().id;

      const saved = saveCodeMetricLink(db, projectId, 7, {
        codeId,
        metricId: workloadMetric.id,
        polarity: "concern",
        rationale: "  raised  where\nworkload is worse ",
      });
      expect(saved).toMatchObject({
        metricKey: "workload_manageable",
        polarity: "concern",
        rationale: "raised where workload is worse",
      });
      saveCodeMetricLink(db, projectId, 7, { codeId, metricId: workloadMetric.id, polarity: "mixed", rationale: "" });
      expect(listCodeMetricLinks(db, projectId, codeId).map((l) => [l.metricKey, l.polarity])).toEqual([
        ["workload_manageable", "mixed"],
      ]);

      expect(() =>
        saveCodeMetricLink(db, projectId, 7, { codeId, metricId: otherMetric.id, polarity: "concern", rationale: "" }),
      ).toThrow(/Metric not found/);
      expect(() =>
        saveCodeMetricLink(db, otherId, 7, { codeId, metricId: otherMetric.id, polarity: "concern", rationale: "" }),
      ).toThrow(/Code not found/);
      expect(() =>
        saveCodeMetricLink(db, projectId, 7, {
          codeId,
          metricId: workloadMetric.id,
          polarity: "concern",
          rationale: "x".repeat(501),
        }),
      ).toThrow(/500 characters/);

      removeCodeMetricLink(db, projectId, 7, { codeId, metricId: workloadMetric.id });
      expect(listCodeMetricLinks(db, projectId, codeId)).toEqual([]);
      expect(() => removeCodeMetricLink(db, projectId, 7, { codeId, metricId: workloadMetric.id })).toThrow(
        /not linked/,
      );
      expect(
        db
          .select()
          .from(events)
          .all()
          .filter((e) => e.action.startsWith("code_metric_link"))
          .map((e) => e.action),
      ).toEqual(["code_metric_link.save", "code_metric_link.save", "code_metric_link.remove"]);
    } finally {
      db.cleanup();
    }
  });
});
