import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yIssues } from "./support/axe";
import { e2eDatabase } from "./support/database";
import { actionId, callAction } from "./support/server-actions";
import { DEMO_SLUG, signIn } from "./support/session";

const FIXTURES = path.join(__dirname, "fixtures");
const BASE = `/projects/${DEMO_SLUG}`;

test.describe.configure({ mode: "serial" });

/** What a lead reads wherever change is shown: the pair compared and every change figure, page by page. */
async function headlines(page: Page) {
  await page.goto(`${BASE}/themes`);
  const themes = {
    label: await page.getByTestId("comparison-label").textContent(),
    changes: await page.getByTestId("theme-change").allTextContents(),
  };
  await page.goto(`${BASE}/overview`);
  const joint = {
    label: await page.getByTestId("comparison-label").textContent(),
    rows: await page.locator("main table").first().locator("tbody").textContent(),
  };
  const workload = firstId(
    "select c.id from codes c join projects p on p.id = c.project_id where p.slug = ? and c.name = 'Workload and caseloads'",
  );
  await page.goto(`${BASE}/themes/${workload}`);
  const theme = {
    label: await page.getByTestId("comparison-label").textContent(),
    change: await page.getByTestId("prevalence-change").textContent(),
  };
  await page.goto(`${BASE}/metrics`);
  const metrics = {
    label: await page.getByTestId("comparison-label").textContent(),
    changes: await page.getByTestId("metric-change").allTextContents(),
    published: await page.getByTestId("metric-published-change").allTextContents(),
  };
  return { themes, joint, theme, metrics };
}

function firstId(sql: string): number {
  const db = e2eDatabase();
  try {
    const row = db.prepare(sql).get(DEMO_SLUG) as { id: number } | undefined;
    if (!row) throw new Error(`no row for ${sql}`);
    return row.id;
  } finally {
    db.close();
  }
}

async function importSurvey(page: Page, file: string, wave: string) {
  await page.goto(`${BASE}/import`);
  await page.getByLabel("File to import").setInputFiles(path.join(FIXTURES, file));
  await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel("Wave", { exact: true }).fill(wave);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Import complete")).toBeVisible({ timeout: 30_000 });
}

/** Deletes the newest import of this file from the Waves and imports page, checking the confirmation. */
async function deleteImport(page: Page, filename: string, summary: RegExp) {
  await page.goto(`${BASE}/settings`);
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: filename }) });
  await row.getByRole("button", { name: "Delete…" }).first().click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByTestId("deletion-summary")).toContainText(summary);
  await expectNoSeriousA11yIssues(page);
  await dialog.getByRole("button", { name: "Delete the import" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("rowheader", { name: filename })).toHaveCount(0);
}

let before: Awaited<ReturnType<typeof headlines>>;

test("a 3-respondent wave changes no headline: every page still compares 2023 → 2025 with the same numbers", async ({
  page,
}) => {
  await signIn(page, "lead");
  before = await headlines(page);
  expect(before.themes.label).toBe("2023 → 2025");
  expect([before.joint.label, before.theme.label, before.metrics.label]).toEqual([
    "2023 → 2025",
    "2023 → 2025",
    "2023 → 2025",
  ]);
  expect(before.theme.change).toMatch(/Change 2023 → 2025/);
  expect(before.metrics.published.some((text) => text.trim() !== "–")).toBe(true);

  await page.context().clearCookies();
  await signIn(page, "researcher");
  await importSurvey(page, "lifecycle-pilot-2024.csv", "2024");

  await page.context().clearCookies();
  await signIn(page, "lead");
  expect(await headlines(page)).toEqual(before);
  await page.goto(`${BASE}/themes`);
  await expect(page.getByTestId("comparison-bar")).toContainText("Listed but never compared");
  await expect(page.getByTestId("comparison-bar")).toContainText("2024 (3)");
});

test("a researcher merges ‘f’ into ‘Female’ and the breakdown shows one row", async ({ page }) => {
  await signIn(page, "researcher");
  await page.goto(`${BASE}/attributes`);
  await expectNoSeriousA11yIssues(page);
  const gender = page.getByRole("region", { name: "Gender", exact: true });
  await expect(gender.getByRole("rowheader", { name: "f", exact: true })).toBeVisible();
  await gender.getByLabel("Merge", { exact: true }).selectOption("f");
  await gender.getByLabel("into", { exact: true }).selectOption("Female");
  await gender.getByRole("button", { name: "Merge", exact: true }).click();
  await expect(page.getByText("‘f’ merged into ‘Female’")).toBeVisible();
  await page.reload();
  await expect(gender.getByRole("rowheader", { name: "f", exact: true })).toHaveCount(0);
  await expect(gender.getByRole("row").filter({ hasText: "‘f’" })).toContainText("Female");

  const workload = firstId(
    "select c.id from codes c join projects p on p.id = c.project_id where p.slug = ? and c.name = 'Workload and caseloads'",
  );
  await page.goto(`${BASE}/themes/${workload}`);
  const breakdown = page.getByTestId("section-breakdown");
  await expect(breakdown.getByRole("rowheader", { name: "Female", exact: true }).first()).toBeVisible();
  await expect(breakdown.getByRole("rowheader", { name: "f", exact: true })).toHaveCount(0);
});

test("the researcher deletes that import and everything is as before", async ({ page }) => {
  await signIn(page, "researcher");
  await page.goto(`${BASE}/settings`);
  await expectNoSeriousA11yIssues(page);
  await deleteImport(page, "lifecycle-pilot-2024.csv", /1 document, 3 respondents, 3 answers, 3 Likert answers/);
  await expect(page.getByTestId("wave-row-2024")).toHaveCount(0);

  await page.context().clearCookies();
  await signIn(page, "lead");
  expect(await headlines(page)).toEqual(before);

  await page.context().clearCookies();
  await signIn(page, "owner");
  await page.goto(`${BASE}/activity`);
  await expectNoSeriousA11yIssues(page);
  await expect(page.locator('[data-action="import.delete"]').first()).toContainText("lifecycle-pilot-2024.csv");
  await expect(page.locator('[data-action="attribute.merge"]').first()).toContainText("‘f’ into ‘Female’");
});

test("an owner switches the comparison and every page follows, then returns to the default", async ({ page }) => {
  await signIn(page, "owner");
  await importSurvey(page, "lifecycle-wave-2024.csv", "2024");
  await page.goto(`${BASE}/settings`);
  await expect(page.getByTestId("project-comparison")).toHaveText("2023 → 2025");
  await page.getByLabel("Baseline wave").selectOption({ label: "2024 (12 respondents)" });
  await page.getByLabel("Current wave").selectOption({ label: "2025 (1,220 respondents)" });
  await page.getByRole("button", { name: "Compare these waves" }).click();
  await expect(page.getByText("Every page now compares 2024 → 2025")).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, "lead");
  const switched = await headlines(page);
  expect([switched.themes.label, switched.joint.label, switched.theme.label, switched.metrics.label]).toEqual([
    "2024 → 2025",
    "2024 → 2025",
    "2024 → 2025",
    "2024 → 2025",
  ]);
  expect(switched.theme.change).toMatch(/Change 2024 → 2025/);
  // A lead looks at the old pair for one view without changing the project's.
  await page.goto(`${BASE}/themes?compare=2023..2025`);
  await expect(page.getByTestId("comparison-label")).toHaveText("2023 → 2025");
  expect(await page.getByTestId("theme-change").allTextContents()).toEqual(before.themes.changes);
  await expect(page.getByTestId("comparison-bar")).toContainText("your view; the project compares 2024 → 2025");
  await page.goto(`${BASE}/metrics`);
  await expect(page.getByTestId("comparison-label")).toHaveText("2024 → 2025");

  await page.context().clearCookies();
  await signIn(page, "owner");
  await page.goto(`${BASE}/settings`);
  await page.getByRole("button", { name: "Use the default" }).click();
  await expect(page.getByText("Every page now compares 2023 → 2025")).toBeVisible();
  await deleteImport(page, "lifecycle-wave-2024.csv", /12 respondents/);
  await page.context().clearCookies();
  await signIn(page, "lead");
  expect(await headlines(page)).toEqual(before);
});

test("an author shortlists a quote from a 5-person focus group", async ({ page }) => {
  await signIn(page, "researcher");
  await page.goto(`${BASE}/import`);
  await page.getByLabel("File to import").setInputFiles(path.join(FIXTURES, "lifecycle-students.txt"));
  await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel("Title").fill("Students group (lifecycle)");
  await page.getByLabel("Wave", { exact: true }).fill("2024");
  await page.getByLabel("Group type").fill("peer mentors");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByText("Import complete")).toBeVisible({ timeout: 30_000 });

  const db = e2eDatabase();
  const turn = db
    .prepare(
      "select t.document_id as documentId, t.start_offset as start, t.end_offset as end from turns t join documents d on d.id = t.document_id where d.title = 'Students group (lifecycle)' and t.text like 'Placement was hard%'",
    )
    .get() as { documentId: number; start: number; end: number };
  const codeId = (
    db
      .prepare(
        "select c.id from codes c join projects p on p.id = c.project_id where p.slug = ? and c.name = 'Workload and caseloads'",
      )
      .get(DEMO_SLUG) as { id: number }
  ).id;
  db.close();

  await page.context().clearCookies();
  await signIn(page, "author");
  const request = page.context().request;
  const quotesPath = `${BASE}/quotes`;
  const proposed = await callAction(
    request,
    actionId("app/projects/[slug]/quotes/actions.ts#proposeQuote"),
    { projectSlug: DEMO_SLUG, codeId, ...turn },
    quotesPath,
  );
  expect(proposed.ok, proposed.message).toBe(true);
  const quoteId = (proposed.data as { id: number }).id;
  const attributed = await callAction(
    request,
    actionId("app/projects/[slug]/quotes/actions.ts#setQuoteAttribution"),
    { projectSlug: DEMO_SLUG, quoteId, attributes: ["group type", "wave"] },
    quotesPath,
  );
  expect(attributed.ok, attributed.message).toBe(true);
  // Five peer mentors, the only focus group of 2024, fit no label naming their group or wave; every wave's
  // focus-group participants do.
  expect(attributed.data).toMatchObject({ ok: true, label: "Focus-group participant" });
  const shortlisted = await callAction(
    request,
    actionId("app/projects/[slug]/quotes/actions.ts#shortlistQuote"),
    { projectSlug: DEMO_SLUG, quoteId },
    quotesPath,
  );
  expect(shortlisted.ok, shortlisted.message).toBe(true);

  await page.goto(`${BASE}/quotes/${quoteId}`);
  await expect(page.locator("main")).toContainText("Focus-group participant");
  await expect(page.getByTestId("attribution-steps")).toContainText("dropped wave");
  await expect(page.getByTestId("attribution-steps")).toContainText("dropped group type");

  // The group goes again, with its shortlisted quote, so the demo is as the other journeys expect it.
  await page.context().clearCookies();
  await signIn(page, "researcher");
  await deleteImport(page, "lifecycle-students.txt", /1 document, \d participants, 6 turns.*1 quote not yet approved/);
});
