import { expect, type Locator, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yIssues } from "./support/axe";
import { firstId } from "./support/database";
import { DEMO_SLUG, signIn } from "./support/session";

const THEME = "Workload and caseloads";

function workloadThemeId(): number {
  return firstId(
    "select c.id from codes c join projects p on p.id = c.project_id where p.slug = ? and c.name = ?",
    DEMO_SLUG,
    THEME,
  );
}

/** A page object for the joint display. */
class JointDisplay {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId("joint-display");
  }

  async open(): Promise<void> {
    await this.page.goto(`/projects/${DEMO_SLUG}/overview`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Themes and survey metrics" })).toBeVisible();
  }

  sortButton(name: RegExp): Locator {
    return this.table.getByRole("button", { name });
  }

  /** The prevalence changes as numbers, top to bottom; null where there is none. */
  async prevalenceChanges(): Promise<(number | null)[]> {
    const texts = await this.table.getByTestId("prevalence-change").allInnerTexts();
    return texts.map((text) => {
      const match = text.match(/([+-]?\d+) pts/);
      return match ? Number(match[1]) : null;
    });
  }
}

/** What the theme summary of "Workload and caseloads" must show to any role. */
async function expectWorkloadSummary(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: THEME })).toBeVisible();
  const metric = page.getByTestId("linked-metric-workload_manageable");
  await expect(metric.getByRole("heading", { name: "My workload is manageable" })).toBeVisible();
  // The published levels, 2023 → 2025, and the difference of the two.
  const overall = metric.getByTestId("metric-row-all");
  await expect(overall).toContainText("3.07");
  await expect(overall).toContainText("3.20");
  await expect(overall).toContainText("+0.13");
  const region = page.getByTestId("breakdown-region");
  await expect(region.getByRole("heading", { name: "By region" })).toBeVisible();
  await expect(region.getByRole("rowheader", { name: "London" })).toBeVisible();
  await expect(region.getByRole("rowheader", { name: "South East" })).toBeVisible();
  await expect(page.getByTestId("section-prevalence")).toContainText("%");
}

test("a lead sorts the joint display by change and opens the workload theme", async ({ page }) => {
  await signIn(page, "lead");
  const display = new JointDisplay(page);
  await display.open();
  await expectNoSeriousA11yIssues(page);

  await display.sortButton(/^Prevalence change/).click();
  await expect(display.table.getByRole("columnheader", { name: /Prevalence change/ })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  const descending = await display.prevalenceChanges();
  const shown = descending.filter((value): value is number => value !== null);
  expect(shown.length).toBeGreaterThan(5);
  expect(shown).toEqual([...shown].sort((a, b) => b - a));
  // Rows without a change (a hidden count, a missing wave) come last.
  expect(descending.slice(shown.length).every((value) => value === null)).toBe(true);

  // Enter on the focused header sorts the other way: the sort works from the keyboard.
  await display.sortButton(/^Prevalence change/).press("Enter");
  await expect(display.table.getByRole("columnheader", { name: /Prevalence change/ })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );
  const ascending = (await display.prevalenceChanges()).filter((value): value is number => value !== null);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

  const workloadRow = display.table
    .getByTestId("joint-row")
    .filter({ hasText: "My workload is manageable" })
    .filter({ hasText: THEME });
  await expect(workloadRow.getByTestId("metric-change")).toContainText("3.07 → 3.20");
  await expect(workloadRow).toContainText("Confirms");
  await workloadRow.getByRole("link", { name: THEME }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${DEMO_SLUG}/themes/${workloadThemeId()}$`));
  await expectWorkloadSummary(page);
  await expect(page.getByRole("link", { name: "Open the full retrieval" })).toHaveAttribute(
    "href",
    `/projects/${DEMO_SLUG}/retrieval?code=${workloadThemeId()}`,
  );
  await expectNoSeriousA11yIssues(page);
});

test("a viewer sees the same summary, approved quotes only, and no transcript", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto(`/projects/${DEMO_SLUG}/themes/${workloadThemeId()}`);
  await expectWorkloadSummary(page);
  await expect(page.getByRole("heading", { name: "Approved quotes" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Shortlisted and approved quotes" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Open the full retrieval" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Edit the linked metrics" })).toHaveCount(0);
  await expectNoSeriousA11yIssues(page);

  const exported = await page.context().request.get(`/api/projects/${DEMO_SLUG}/overview/export?region=London`);
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-type"]).toContain("text/csv");
  const csv = await exported.text();
  expect(csv.split("\r\n")[0]).toMatch(/^Region,Theme,Metric key,/);
  expect(csv).toContain(`London,${THEME},workload_manageable`);

  const transcriptId = firstId(
    "select d.id from documents d join projects p on p.id = d.project_id where p.slug = ? and d.kind = 'transcript'",
    DEMO_SLUG,
  );
  const transcript = await page.goto(`/projects/${DEMO_SLUG}/documents/${transcriptId}`);
  expect(transcript?.status()).toBe(403);
});

test("a researcher's metric import names the bad row, and the score tables come from the answers", async ({ page }) => {
  await signIn(page, "researcher");
  await page.goto(`/projects/${DEMO_SLUG}/metrics`);
  await expect(page.getByRole("heading", { level: 1, name: "Survey metrics" })).toBeVisible();
  await expect(page.getByTestId("score-table-region")).toContainText("My workload is manageable");
  await expectNoSeriousA11yIssues(page);
  // One breakdown at a time: the page sends the by-question table and the breakdown chosen.
  await page
    .getByRole("navigation", { name: "Breakdowns of the score tables" })
    .getByRole("link", { name: "gender" })
    .click();
  await expect(page.getByTestId("score-table-gender")).toContainText("My workload is manageable");
  await expect(page.getByTestId("score-table-region")).toHaveCount(0);
  await expect(page.getByTestId("score-table-all")).toContainText("My workload is manageable");

  const csv = [
    "metric_key,label,kind,scale_min,scale_max,wave,segment_dimension,segment_value,value,n",
    "caseload_size,Average caseload,mean_score,1,5,2025,all,all,3.4,",
    "caseload_size,Average caseload,mean_score,1,5,2023,all,all,lots,",
  ].join("\n");
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "levels.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("form", { name: "Import metrics from CSV" }).getByRole("alert")).toContainText(
    'levels.csv: Line 3: value "lots" is not a number.',
  );
  await expect(page.getByTestId("metric-caseload_size")).toHaveCount(0);
});
