import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { respondents } from "../../db/schema";
import { ensureWave } from "../imports/ensure-wave";
import { listMetricSummaries } from "../metrics/list-metric-summaries";
import { setComparisonWaves } from "../projects/settings";
import { getJointDisplay } from "../themes/get-joint-display";
import { getThemeSummary } from "../themes/get-theme-summary";
import { listThemes } from "../themes/list-themes";
import { buildThemeFixture, type ThemeFixture } from "../themes/test-fixtures";
import {
  chooseComparison,
  defaultComparisonPair,
  getComparison,
  parseCompareParam,
  type WaveSummary,
} from "./comparison";

const K = 10;
const wave = (id: number, label: string, respondents: number): WaveSummary => ({
  id,
  label,
  respondents,
  eligible: respondents >= K,
});
const none = { baselineWaveId: null, currentWaveId: null, compare: null };

describe("the default comparison", () => {
  it("compares the two waves with the most respondents, in label order, past a pilot wave", () => {
    const waves = [wave(1, "2022 pilot", 40), wave(2, "2023", 1035), wave(3, "2025", 1220)];
    const [baseline, current] = defaultComparisonPair(waves);
    expect([baseline?.label, current?.label]).toEqual(["2023", "2025"]);
    expect(chooseComparison(waves, K, none)).toMatchObject({ label: "2023 → 2025", source: "default", notice: null });
  });

  it("never lets a wave below k respondents drive the change, however late it is", () => {
    const waves = [wave(1, "2020", 3), wave(2, "2023", 1035), wave(3, "2024", 3), wave(4, "2025", 1220)];
    const comparison = chooseComparison(waves, K, none);
    expect(comparison.label).toBe("2023 → 2025");
    // The tiny waves are still listed.
    expect(comparison.waves.map((w) => [w.label, w.eligible])).toEqual([
      ["2020", false],
      ["2023", true],
      ["2024", false],
      ["2025", true],
    ]);
  });

  it("with three full waves takes the two largest, not the first and last", () => {
    const waves = [wave(1, "2021", 900), wave(2, "2023", 1035), wave(3, "2025", 1220)];
    expect(chooseComparison(waves, K, none).label).toBe("2023 → 2025");
    const earlyHeavy = [wave(1, "2021", 1500), wave(2, "2023", 300), wave(3, "2025", 1220)];
    expect(chooseComparison(earlyHeavy, K, none).label).toBe("2021 → 2025");
  });

  it("has no change with one wave of k respondents, and no pair at all with none", () => {
    expect(chooseComparison([wave(1, "2023", 50), wave(2, "2025", 4)], K, none)).toMatchObject({
      baseline: null,
      current: { label: "2023" },
      label: null,
    });
    expect(chooseComparison([wave(1, "2023", 5)], K, none)).toMatchObject({ baseline: null, current: null });
  });
});

describe("the owner's pair and a reader's view", () => {
  const waves = [wave(1, "2021", 900), wave(2, "2023", 1035), wave(3, "2024", 3), wave(4, "2025", 1220)];

  it("uses the owner's pair, in label order", () => {
    const comparison = chooseComparison(waves, K, { baselineWaveId: 4, currentWaveId: 1, compare: null });
    expect(comparison).toMatchObject({ label: "2021 → 2025", source: "project" });
  });

  it("lets a reader look at another pair without changing the project's", () => {
    const comparison = chooseComparison(waves, K, { ...none, compare: "2021..2023" });
    expect(comparison).toMatchObject({
      label: "2021 → 2023",
      source: "view",
      projectPair: { baseline: "2023", current: "2025", source: "default" },
    });
  });

  it("refuses a view with a tiny or unknown wave, saying why", () => {
    expect(chooseComparison(waves, K, { ...none, compare: "2023..2024" })).toMatchObject({
      label: "2023 → 2025",
      source: "default",
      notice: "Wave 2024 has 3 respondents, fewer than 10: it cannot drive a change, so the project's pair is shown.",
    });
    expect(chooseComparison(waves, K, { ...none, compare: "2023..1999" }).notice).toMatch(/no wave 1999/);
    expect(parseCompareParam("2023")).toBeNull();
    expect(parseCompareParam("2023..2023")).toBeNull();
  });
});

describe("every page follows the one comparison", () => {
  let db: ReturnType<typeof createTestDb>;
  let fixture: ThemeFixture;

  beforeEach(() => {
    db = createTestDb();
    fixture = buildThemeFixture(db);
  });

  afterEach(() => {
    db.cleanup();
  });

  function addTinyWave(label: string, count: number, from = 0) {
    const waveId = ensureWave(db, fixture.projectId, label);
    for (let index = from; index < from + count; index++) {
      db.insert(respondents)
        .values({ projectId: fixture.projectId, waveId, externalId: `${label}-${index}` })
        .run();
    }
    return waveId;
  }

  function headlines(compare: string | null = null) {
    const list = listThemes(db, fixture.projectId, { compare });
    const display = getJointDisplay(db, fixture.projectId, { compare });
    const summary = getThemeSummary(db, fixture.projectId, fixture.code.W, { includeUnapprovedQuotes: true, compare });
    const metrics = listMetricSummaries(db, fixture.projectId, { compare });
    const workload = metrics.metrics.find((m) => m.metric.key === "workload_manageable")!;
    return {
      labels: [list.comparison.label, display.comparison.label, summary.comparison.label, metrics.comparison.label],
      themeChange: list.rows.find((row) => row.code.id === fixture.code.W)!.change?.display ?? null,
      jointFrom: display.from,
      jointTo: display.to,
      summaryChange: summary.prevalence.change?.display ?? null,
      metricChange: workload.segments[0].change?.display ?? null,
      publishedChange: workload.segments[0].publishedChange,
    };
  }

  it("keeps 2023 → 2025 and the same numbers when a 2-respondent wave 2024 is added", () => {
    const before = headlines();
    expect(before.labels).toEqual(["2023 → 2025", "2023 → 2025", "2023 → 2025", "2023 → 2025"]);
    expect(before.metricChange).toBe("+0.13");
    expect(before.publishedChange).toBe(0.13);
    addTinyWave("2024", 2);
    addTinyWave("2020", 2);
    expect(headlines()).toEqual(before);
  });

  it("moves every page when the owner sets another pair, and back to the default when cleared", () => {
    const before = headlines();
    const waveId = addTinyWave("2027", 2);
    const current = getComparison(db, fixture.projectId).current!;
    expect(() =>
      setComparisonWaves(db, fixture.projectId, { baselineWaveId: current.id, currentWaveId: waveId }, 1),
    ).toThrow(/fewer than 3/);
    const baseline = getComparison(db, fixture.projectId).baseline!;
    // Both real waves, set the other way round: still shown oldest first.
    setComparisonWaves(db, fixture.projectId, { baselineWaveId: current.id, currentWaveId: baseline.id }, 1);
    expect(headlines()).toEqual(before);
    expect(getComparison(db, fixture.projectId).source).toBe("project");
    // A new pair with the 2027 wave once it has enough respondents.
    addTinyWave("2027", 6, 2);
    setComparisonWaves(db, fixture.projectId, { baselineWaveId: baseline.id, currentWaveId: waveId }, 1);
    const moved = headlines();
    expect(moved.labels).toEqual(["2023 → 2027", "2023 → 2027", "2023 → 2027", "2023 → 2027"]);
    expect([moved.jointFrom, moved.jointTo]).toEqual(["2023", "2027"]);
    // 2027 has no answers and no published level: no change anywhere, rather than a wrong one.
    expect([moved.themeChange, moved.summaryChange, moved.metricChange, moved.publishedChange]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    // Back to the default rule: the two waves with the most respondents, now 2027 (8) and 2023 (7).
    setComparisonWaves(db, fixture.projectId, null, 1);
    expect(getComparison(db, fixture.projectId)).toMatchObject({ source: "default", label: "2023 → 2027" });
  });

  it("a view's pair changes only that view", () => {
    addTinyWave("2021", 5);
    const view = headlines("2021..2025");
    expect(view.labels).toEqual(["2021 → 2025", "2021 → 2025", "2021 → 2025", "2021 → 2025"]);
    expect(headlines().labels[0]).toBe("2023 → 2025");
  });
});
