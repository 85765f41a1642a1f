import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb } from "../../db/client";
import { codes, documents, quotes, segments, users } from "../../db/schema";
import { applyCodings } from "../coding/apply-codings";
import { getScoreTables } from "../metrics/get-score-tables";
import { listMetricSummaries } from "../metrics/list-metric-summaries";
import { createProject } from "../projects/create-project";
import { getJointDisplay } from "./get-joint-display";
import { getThemeSummary } from "./get-theme-summary";
import { jointDisplayCsv } from "./joint-display-csv";
import { listThemes } from "./list-themes";
import { buildThemeFixture, type ThemeFixture } from "./test-fixtures";

// Every expected number below is worked out by hand from the data described in test-fixtures.ts.

type TestDb = ReturnType<typeof createTestDb>;

describe("theme summary", () => {
  let db: TestDb;
  let fixture: ThemeFixture;
  beforeEach(() => {
    db = createTestDb();
    fixture = buildThemeFixture(db);
  });
  afterEach(() => db.cleanup());

  const summary = () => getThemeSummary(db, fixture.projectId, fixture.code.W, { includeUnapprovedQuotes: true });

  it("counts prevalence per wave over respondents who answered a free-text question, sub-codes included", () => {
    const { prevalence, waves, subcodes } = summary();
    expect(waves).toEqual(["2023", "2025"]);
    expect(subcodes.map((c) => [c.name, c.relativeDepth])).toEqual([["Protected caseloads", 1]]);
    // 2023: R1, R2 (Protected), R4, R6 of R1–R6 (R7 answered nothing); 2025: S1, S3, S5 of S1–S6.
    expect(prevalence.byWave.map((c) => [c.wave, c.raised.display, c.base.display, c.shareDisplay])).toEqual([
      ["2023", "4", "6", "67%"],
      ["2025", "3", "6", "50%"],
    ]);
    // 50 − 66.7 = −16.7 points, shown as −17.
    expect(prevalence.change).toMatchObject({ rounded: -17, display: "-17", arrow: "↓" });
    expect([prevalence.from, prevalence.to]).toEqual(["2023", "2025"]);
  });

  it("counts prevalence per question, hiding counts under the threshold", () => {
    const byQuestion = summary().prevalence.byQuestion;
    expect(byQuestion.map((q) => q.questionId)).toEqual([fixture.question.Q1, fixture.question.Q2]);
    const [q1, q2] = byQuestion;
    // Q1 2023: R1, R2, R4, R6 of R1, R2, R3, R4, R6; 2025: S1, S3 of five (2 < 3, hidden).
    expect(q1.cells.map((c) => [c.raised.display, c.base.display, c.shareDisplay])).toEqual([
      ["4", "5", "80%"],
      ["<3", "5", "<3"],
    ]);
    expect(q1.cells[1].raised.value).toBeNull();
    // Q2 2023: nobody of R1, R5 (zero is shown, the base of 2 is not); 2025: S5 of S1, S5.
    expect(q2.cells.map((c) => [c.raised.display, c.base.display, c.share])).toEqual([
      ["0", "<3", null],
      ["<3", "<3", null],
    ]);
  });

  it("counts focus groups and turns that raised the theme", () => {
    const { focusGroups } = summary();
    // T6 (Protected) in Students; T2 and T4 in Managers; the facilitator's T1 is not coded.
    expect(focusGroups.total).toEqual({ wave: null, groups: 2, turns: 3, groupBase: 2, turnBase: 6 });
    expect(focusGroups.byWave).toEqual([
      { wave: "2023", groups: 1, turns: 1, groupBase: 1, turnBase: 2 },
      { wave: "2025", groups: 1, turns: 2, groupBase: 1, turnBase: 4 },
    ]);
  });

  it("breaks down by region with primary suppression and a Not stated row", () => {
    const region = summary().breakdowns.find((b) => b.attribute.key === "region")!;
    const show = (wave: number) =>
      region.byWave[wave].breakdown.rows.map((r) => [r.value, r.raised.display, r.base.display, r.share.display]);
    // 2023 raised [2, 1, 1] of 4, bases [3, 2, 1] of 6: every count under 3 hidden, none pinned by the totals.
    expect(show(0)).toEqual([
      ["London", "<3", "3", "[c]"],
      ["South East", "<3", "<3", "[c]"],
      ["Not stated", "<3", "<3", "[c]"],
    ]);
    expect(region.byWave[0].breakdown.total.raised.display).toBe("4");
    expect(region.byWave[0].breakdown.total.share.display).toBe("67%");
    // 2025 raised [2, 1, 0] of 3 and bases [3, 3, 0]: the same rows, Not stated empty.
    expect(show(1)).toEqual([
      ["London", "<3", "3", "[c]"],
      ["South East", "<3", "3", "[c]"],
      ["Not stated", "0", "0", "–"],
    ]);
  });

  it("adds secondary suppression where a total would reveal a hidden cell", () => {
    const gender = summary().breakdowns.find((b) => b.attribute.key === "gender")!;
    // 2023: women R1, R2, R4, R6 all raised it, men R3, R5 did not. Bases [4, 2] of 6: the 2 is hidden
    // and 6 − 4 would give it away, so the 4 goes too ([c]).
    const rows = gender.byWave[0].breakdown.rows;
    expect(rows.map((r) => [r.value, r.raised.display, r.base.display, r.share.display])).toEqual([
      ["Female", "4", "[c]", "[c]"],
      ["Male", "0", "<3", "[c]"],
    ]);
    expect(rows[0].base).toMatchObject({ value: null, suppressed: true, reason: "secondary" });
    expect(rows[1].base).toMatchObject({ value: null, suppressed: true, reason: "primary" });
    expect(gender.byWave[0].breakdown.total.base.display).toBe("6");
  });

  it("lists co-occurring codes, once per answer or turn, overlapping and cross-answer segments included", () => {
    // With Workload or Protected: R4 Q1 (Pay), S3 Q1 (Pay from the segment reaching over from S2), T2 (Pay);
    // T6 (Supervision). The second coder's "pay" inside R4's answer does not count twice.
    expect(summary().coOccurring.map((c) => [c.name, c.count])).toEqual([
      ["Pay", 3],
      ["Supervision", 1],
    ]);
  });

  it("shows the linked metrics with published levels, changes, regions and fit", () => {
    const linked = summary().linkedMetrics;
    expect(linked.map((l) => [l.metric.key, l.polarity, l.fit])).toEqual([
      // Higher is worse: 30 → 33 worsened while the theme fell — a concern expects the opposite.
      ["lack_progression_top5_leave", "concern", "diverges"],
      ["work_life_balance", "mixed", "none"],
      // 3.07 → 3.20 improved while the theme fell from 67% to 50%: as a concern predicts.
      ["workload_manageable", "concern", "confirms"],
    ]);
    const workload = linked[2];
    expect(workload.higherIsBetter).toBe(true);
    expect(linked[0].higherIsBetter).toBe(false);
    expect(workload.fitText).toBe("Raised less often while the metric improved: as expected for a concern.");
    const [all, london, southEast] = workload.segments;
    expect(all.levels).toEqual([3.07, 3.2]);
    expect(all.movement).toMatchObject({ source: "levels", published: 0.13, change: { display: "+0.13", arrow: "↑" } });
    // Computed from the imported answers: 2023 (2+4+3+1+5+4)/6, 2025 (3+4+2+5+3)/5.
    expect(all.computed?.map((c) => [c.n.display, c.mean])).toEqual([
      ["6", 19 / 6],
      ["5", 3.4],
    ]);
    expect(london.segment).toBe("London");
    expect(london.movement).toMatchObject({ source: "published", published: 0.1, change: { display: "+0.10" } });
    // London 2023 (2+4+3)/3; 2025 (3+4+3)/3. South East 2025 has two scores: hidden.
    expect(london.computed?.map((c) => c.mean)).toEqual([3, 10 / 3]);
    expect(southEast.computed?.map((c) => [c.n.display, c.mean])).toEqual([
      ["3", 10 / 3],
      ["<3", null],
    ]);
  });

  it("hides a mean comparison when a group is under the threshold", () => {
    const workload = summary().linkedMetrics.find((l) => l.metric.key === "workload_manageable")!;
    // 2023 not raised: R3 and R5 only.
    expect(workload.meanComparisons[0].notRaised.n.display).toBe("<3");
    expect(workload.meanComparisons[0].raised.mean).toBeNull();
    expect(workload.meanComparisons[0].difference).toBeNull();
  });

  it("returns approved quotes only unless asked for shortlisted ones, and never candidates", () => {
    const [first, second, third] = db.select({ id: segments.id }).from(segments).limit(3).all();
    const proposer = db.select({ id: users.id }).from(users).get()!.id;
    db.insert(quotes)
      .values([
        {
          projectId: fixture.projectId,
          segmentId: first.id,
          codeId: fixture.code.W,
          status: "approved",
          wording: "Approved words",
          proposedBy: proposer,
        },
        {
          projectId: fixture.projectId,
          segmentId: second.id,
          codeId: fixture.code.W,
          status: "shortlisted",
          wording: "Shortlisted words",
          proposedBy: proposer,
        },
        {
          projectId: fixture.projectId,
          segmentId: third.id,
          codeId: fixture.code.W,
          status: "candidate",
          wording: "Candidate words",
          proposedBy: proposer,
        },
      ])
      .run();
    const viewer = getThemeSummary(db, fixture.projectId, fixture.code.W, { includeUnapprovedQuotes: false });
    expect(viewer.quotes.map((q) => q.wording)).toEqual(["Approved words"]);
    expect(summary().quotes.map((q) => q.wording)).toEqual(["Approved words", "Shortlisted words"]);
  });

  it("picks up new codings at once and refuses a code of another project", () => {
    const before = summary().prevalence.byWave[1].raised.display;
    const s4Document = fixture.documentOf["2025:Q1"];
    const text = "Hybrid working suits me.";
    const { text: documentText } = db
      .select({ text: documents.text })
      .from(documents)
      .where(eq(documents.id, s4Document))
      .get()!;
    const start = documentText.indexOf(text);
    applyCodings(db, {
      projectId: fixture.projectId,
      coderId: fixture.coderIds[0],
      documentId: s4Document,
      ranges: [{ start, end: start + text.length }],
      codeIds: [fixture.code.P],
    });
    expect(before).toBe("3");
    expect(summary().prevalence.byWave[1].raised.display).toBe("4");
    expect(() =>
      getThemeSummary(db, fixture.projectId + 1, fixture.code.W, { includeUnapprovedQuotes: false }),
    ).toThrow(/Theme not found/);
  });
});

describe("projects side by side", () => {
  it("keeps another project's codings out, even when its segments sit among this project's", () => {
    const db = createTestDb();
    try {
      const fixture = buildThemeFixture(db);
      const before = getJointDisplay(db, fixture.projectId);
      const otherId = createProject(db, { slug: "other", name: "Other" }).id;
      const otherCode = db
        .insert(codes)
        .values({ projectId: otherId, name: "Elsewhere" })
        .returning({ id: codes.id })
        .get().id;
      const text = "Caseloads elsewhere.";
      const otherDocument = db
        .insert(documents)
        .values({ projectId: otherId, kind: "transcript", title: "Other", text, textLength: text.length })
        .returning({ id: documents.id })
        .get().id;
      applyCodings(db, {
        projectId: otherId,
        coderId: fixture.coderIds[0],
        documentId: otherDocument,
        ranges: [{ start: 0, end: 9 }],
        codeIds: [otherCode],
      });
      // A later segment of the first project puts the other project's segment inside its id range.
      const t3 = "Supervision helps.";
      const managers = fixture.documentOf.Managers;
      const { text: managersText } = db
        .select({ text: documents.text })
        .from(documents)
        .where(eq(documents.id, managers))
        .get()!;
      const start = managersText.indexOf(t3);
      applyCodings(db, {
        projectId: fixture.projectId,
        coderId: fixture.coderIds[1],
        documentId: managers,
        ranges: [{ start, end: start + 11 }],
        codeIds: [fixture.code.S],
      });
      const after = getJointDisplay(db, fixture.projectId);
      expect(after.coOccurrence).toEqual(before.coOccurrence);
      expect(after.themes.map((t) => t.to?.raised.display)).toEqual(before.themes.map((t) => t.to?.raised.display));
      expect(getJointDisplay(db, otherId).coOccurrence.counts).toEqual([[0]]);
    } finally {
      db.cleanup();
    }
  });
});

describe("mean comparison", () => {
  it("gives the mean, n and 95% t interval of those who raised the theme and those who did not", () => {
    const db = createTestDb();
    try {
      const fixture = buildThemeFixture(db, { threshold: 2 });
      const workload = getThemeSummary(db, fixture.projectId, fixture.code.W, {
        includeUnapprovedQuotes: false,
      }).linkedMetrics.find((l) => l.metric.key === "workload_manageable")!;
      const [wave2023, wave2025] = workload.meanComparisons;
      // 2023 raised with a score: R1 2, R2 4, R4 1 → mean 7/3, sd √(7/3), se √(7/9), t(0.975, 2) = 4.302653.
      const margin = 4.302652729749464 * Math.sqrt(7 / 9);
      expect(wave2023.raised.n.display).toBe("3");
      expect(wave2023.raised.mean).toBeCloseTo(7 / 3, 10);
      expect(wave2023.raised.ci!.lower).toBeCloseTo(7 / 3 - margin, 6);
      expect(wave2023.raised.ci!.upper).toBeCloseTo(7 / 3 + margin, 6);
      expect(wave2023.raised.ci!.lower).toBeCloseTo(-1.46125, 5);
      // Not raised: R3 3, R5 5 → mean 4, sd √2, se 1, t(0.975, 1) = 12.706205.
      expect(wave2023.notRaised.mean).toBe(4);
      expect(wave2023.notRaised.ci!.upper).toBeCloseTo(4 + 12.706204736174705, 6);
      expect(wave2023.difference).toBeCloseTo(7 / 3 - 4, 10);
      // Welch's interval is centred on the difference.
      expect((wave2023.differenceCi!.lower + wave2023.differenceCi!.upper) / 2).toBeCloseTo(7 / 3 - 4, 10);
      // 2025 raised S1 3, S3 2, S5 3; not raised S2 4, S4 5 (S6 gave no score).
      expect([wave2025.raised.mean, wave2025.raised.n.display]).toEqual([8 / 3, "3"]);
      expect([wave2025.notRaised.mean, wave2025.notRaised.n.display]).toEqual([4.5, "2"]);
    } finally {
      db.cleanup();
    }
  });
});

describe("themes index and joint display", () => {
  let db: TestDb;
  let fixture: ThemeFixture;
  beforeEach(() => {
    db = createTestDb();
    fixture = buildThemeFixture(db);
  });
  afterEach(() => db.cleanup());

  it("lists every code in tree order with its prevalence and focus-group turns", () => {
    const list = listThemes(db, fixture.projectId);
    expect(
      list.rows.map((r) => [
        r.code.name,
        r.code.depth,
        ...r.prevalence.map((p) => p.raised.display),
        r.turns,
        r.groups,
        r.linkedMetrics,
      ]),
    ).toEqual([
      ["Workload", 0, "4", "3", 3, 2, 3],
      ["Protected caseloads", 1, "<3", "<3", 1, 1, 1],
      ["Pay", 0, "<3", "<3", 2, 2, 0],
      ["Supervision", 0, "<3", "<3", 2, 2, 0],
    ]);
    expect(list.rows[0].change?.display).toBe("-17");
    expect(list.rows[1].change).toBeNull();
  });

  it("gives one row per theme × linked metric with both changes and the fit", () => {
    const display = getJointDisplay(db, fixture.projectId);
    expect([display.from, display.to, display.regions]).toEqual(["2023", "2025", ["London", "South East"]]);
    const rows = Object.fromEntries(display.rows.map((r) => [`${r.codeName}|${r.metric.key}`, r]));
    expect(Object.keys(rows).sort()).toEqual([
      "Protected caseloads|workload_manageable",
      "Workload|lack_progression_top5_leave",
      "Workload|work_life_balance",
      "Workload|workload_manageable",
    ]);
    const workload = rows["Workload|workload_manageable"];
    expect([
      workload.prevalenceFrom?.shareDisplay,
      workload.prevalenceTo?.shareDisplay,
      workload.prevalenceChange?.display,
    ]).toEqual(["67%", "50%", "-17"]);
    expect(workload.metricMovement?.change?.display).toBe("+0.13");
    expect(workload.fit).toBe("confirms");
    expect(rows["Workload|lack_progression_top5_leave"].fit).toBe("diverges");
    expect(rows["Workload|lack_progression_top5_leave"].metricMovement?.change?.display).toBe("+3");
    expect(rows["Workload|work_life_balance"].fit).toBe("none");
    // Protected caseloads: one respondent a wave, hidden, so no change to compare.
    const strength = rows["Protected caseloads|workload_manageable"];
    expect([strength.prevalenceFrom?.shareDisplay, strength.prevalenceChange, strength.fit]).toEqual([
      "<3",
      null,
      "none",
    ]);
  });

  it("narrows prevalence and metric to a region", () => {
    db.$client
      .prepare("update project_settings set suppression_threshold = 1 where project_id = ?")
      .run(fixture.projectId);
    const display = getJointDisplay(db, fixture.projectId, { region: "London" });
    expect(display.region).toBe("London");
    const workload = display.rows.find((r) => r.codeName === "Workload" && r.metric.key === "workload_manageable")!;
    // London 2023: R1, R2 of R1–R3; 2025: S1, S5 of S1, S2, S5. The metric's London change is published only.
    expect([
      workload.prevalenceFrom?.shareDisplay,
      workload.prevalenceTo?.shareDisplay,
      workload.prevalenceChange?.display,
    ]).toEqual(["67%", "67%", "0"]);
    expect(workload.metricMovement).toMatchObject({ source: "published", change: { display: "+0.10" } });
    expect(workload.fit).toBe("none");
    expect(workload.fitText).toBe("Prevalence did not move.");
    // No regional figure for this metric: not known.
    expect(display.rows.find((r) => r.metric.key === "lack_progression_top5_leave")?.metricMovement).toBeNull();
    // An unknown region is ignored rather than trusted.
    expect(getJointDisplay(db, fixture.projectId, { region: "Mars" }).region).toBeNull();
  });

  it("builds a suppressed heatmap of code × region and the co-occurrence matrix", () => {
    const display = getJointDisplay(db, fixture.projectId);
    expect([display.heatmap.attribute?.key, display.heatmap.wave, display.heatmap.values]).toEqual([
      "region",
      "2025",
      ["London", "South East"],
    ]);
    const workload = display.heatmap.rows.find((r) => r.name === "Workload")!;
    expect(workload.cells.map((c) => [c.raised.display, c.base.display])).toEqual([
      ["<3", "3"],
      ["<3", "3"],
    ]);
    const gender2023 = getJointDisplay(db, fixture.projectId, {
      heatmapAttribute: "gender",
      heatmapWave: "2023",
    }).heatmap;
    expect(gender2023.rows[0].cells.map((c) => [c.value, c.raised.display, c.base.display])).toEqual([
      ["Female", "4", "[c]"],
      ["Male", "0", "<3"],
    ]);
    expect(display.coOccurrence.codes.map((c) => c.name)).toEqual([
      "Workload",
      "Protected caseloads",
      "Pay",
      "Supervision",
    ]);
    expect(display.coOccurrence.counts).toEqual([
      [8, 1, 3, 0],
      [1, 3, 1, 1],
      [3, 1, 6, 0],
      [0, 1, 0, 4],
    ]);
  });

  it("exports the joint display as CSV with hidden counts as shown", () => {
    const csv = jointDisplayCsv(getJointDisplay(db, fixture.projectId));
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe(
      "Theme,Metric key,Metric,Polarity,Prevalence 2023,Prevalence 2025,Prevalence change (points),Metric 2023,Metric 2025,Metric change,Published change,Change source,Fit,Fit explained",
    );
    expect(lines).toContain(
      "Workload,workload_manageable,My workload is manageable,concern,67%,50%,-17,3.07,3.2,+0.13,0.13,levels,Confirms,Raised less often while the metric improved: as expected for a concern.",
    );
    expect(lines.find((l) => l.startsWith("Protected caseloads"))).toContain(",<3,<3,,");
  });
});

describe("metrics", () => {
  let db: TestDb;
  let fixture: ThemeFixture;
  beforeEach(() => {
    db = createTestDb();
    fixture = buildThemeFixture(db);
  });
  afterEach(() => db.cleanup());

  it("shows each metric's levels, change, published change and the mean computed from imported answers", () => {
    const { metrics } = listMetricSummaries(db, fixture.projectId);
    const workload = metrics.find((m) => m.metric.key === "workload_manageable")!;
    expect(workload.metric).toMatchObject({
      label: "My workload is manageable",
      kind: "mean_score",
      scaleMin: 1,
      scaleMax: 5,
    });
    expect(workload.likertItem).toBe("My workload is manageable");
    expect(workload.waves).toEqual(["2023", "2025"]);
    const [all, london] = workload.segments;
    expect([all.segmentDimension, all.segmentValue, all.levels.map((l) => l?.value)]).toEqual([
      "all",
      "all",
      [3.07, 3.2],
    ]);
    expect([all.change?.display, all.publishedChange]).toEqual(["+0.13", 0.13]);
    expect(all.computed?.map((c) => c.display)).toEqual(["3.17", "3.40"]);
    // (3.4 − 19/6) = 0.2333…
    expect(all.computedChange).toMatchObject({ display: "+0.23", arrow: "↑" });
    expect([london.segmentValue, london.levels, london.change, london.publishedChange]).toEqual([
      "London",
      [null, null],
      null,
      0.1,
    ]);
    const leave = metrics.find((m) => m.metric.key === "lack_progression_top5_leave")!;
    expect([leave.segments[0].change?.display, leave.segments[0].computed]).toEqual(["+3", null]);
  });

  it("regenerates the score tables by question, gender and region with change and arrows", () => {
    const tables = getScoreTables(db, fixture.projectId);
    expect(tables.dimensions).toEqual(["gender", "region"]);
    const [table] = tables.tables;
    expect(table.metricKey).toBe("workload_manageable");
    const section = (dimension: string) => table.sections.find((s) => s.dimension === dimension)!;
    expect(section("all").rows[0].cells.map((c) => c.display)).toEqual(["3.17", "3.40"]);
    expect(section("all").rows[0].change?.arrow).toBe("↑");
    // Region 2023: London (2+4+3)/3, South East (1+5+4)/3; 2025: South East has two scores, so both hide.
    expect(section("region").rows.map((r) => [r.segment, ...r.cells.map((c) => c.display)])).toEqual([
      ["London", "3.00", "[c]"],
      ["South East", "3.33", "[c]"],
    ]);
  });
});
