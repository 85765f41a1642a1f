import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yIssues } from "./support/axe";
import { DEMO_PASSWORD, DEMO_SLUG, type DemoUser, EMAILS, OTHER_SLUG, signIn } from "./support/session";

const FIXTURES = path.join(__dirname, "fixtures");

test.describe("foundation journeys", () => {
  for (const role of ["owner", "researcher", "lead", "author", "viewer"] as DemoUser[]) {
    test(`signs in through the form as ${role} and sees the demo project`, async ({ page }) => {
      await page.goto("/signin");
      await expectNoSeriousA11yIssues(page);
      await page.getByLabel("Email", { exact: true }).fill(EMAILS[role]);
      await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("link", { name: /Big Conversation/ })).toBeVisible();
      await expectNoSeriousA11yIssues(page);
      await page.getByRole("link", { name: /Big Conversation/ }).click();
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Big Conversation");
      await expectNoSeriousA11yIssues(page);
    });
  }

  test("a wrong password is refused with a clear message", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email", { exact: true }).fill(EMAILS.lead);
    await page.getByLabel("Password", { exact: true }).fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /email or password/i })).toBeVisible();
    await expect(page).toHaveURL(/signin/);
  });

  test("a researcher imports a Teams VTT through the UI and sees its turns and speakers", async ({ page }) => {
    await signIn(page, "researcher");
    await page.goto(`/projects/${DEMO_SLUG}/import`);
    await expectNoSeriousA11yIssues(page);
    await page.getByLabel("File to import").setInputFiles(path.join(FIXTURES, "teams-duty-team.vtt"));
    await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText("Bogdan Łukasiewicz").first()).toBeVisible();
    await expect(page.getByText("Órla Ní Bhriain").first()).toBeVisible();
    await expectNoSeriousA11yIssues(page);
    await page.getByLabel("Title").fill("Duty team check-in (e2e)");
    await page.getByLabel("Wave", { exact: true }).fill("2025");
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByText("Import complete")).toBeVisible({ timeout: 30_000 });
    await expectNoSeriousA11yIssues(page);
    await page.getByRole("link", { name: "Open the transcript" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Duty team check-in (e2e)");
    // 5 cues by 2 speakers merge into 3 turns; markup never leaks into the text.
    await expect(page.getByText("my caseload is at twenty-six now 😓")).toBeVisible();
    await expect(
      page.getByText("Morning all – shall we start with duty numbers? We had fourteen new referrals on Monday alone."),
    ).toBeVisible();
    await expect(page.locator("main")).not.toContainText("<v ");
    await expectNoSeriousA11yIssues(page);
  });

  test("a researcher imports a survey CSV, confirms the mapping and sees the respondents", async ({ page }) => {
    await signIn(page, "researcher");
    await page.goto(`/projects/${DEMO_SLUG}/import`);
    await page.getByLabel("File to import").setInputFiles(path.join(FIXTURES, "survey-wave-2019.csv"));
    await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByLabel("Role for column Respondent ID")).toHaveValue("id");
    await expect(page.getByLabel("Role for column My workload is manageable")).toHaveValue("likert");
    await expect(page.getByLabel("Role for column What would most improve your working life?")).toHaveValue("text");
    // The researcher corrects one proposal: gender becomes an ignored column.
    await page.getByLabel("Role for column Gender").selectOption("ignore");
    await expectNoSeriousA11yIssues(page);
    // An earlier wave than the demo's, so the 2023 → 2025 comparisons other journeys check stay as they are.
    await page.getByLabel("Wave", { exact: true }).fill("2019");
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByText("Import complete")).toBeVisible({ timeout: 30_000 });
    const respondents = page.locator("dd").nth(3);
    await expect(respondents).toHaveText("6");
    await page.getByRole("link", { name: "View respondents" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.goto(`/projects/${DEMO_SLUG}/respondents?wave=2019`);
    await expect(page.getByText("E2E-004")).toBeVisible();
    // "london" and "South-East" were merged into the common spellings.
    await expect(page.locator("main")).not.toContainText("South-East");
    await expectNoSeriousA11yIssues(page);
  });

  test("a viewer cannot reach the upload page", async ({ page }) => {
    await signIn(page, "viewer");
    const response = await page.goto(`/projects/${DEMO_SLUG}/import`);
    expect(response?.status()).toBe(403);
    await expectNoSeriousA11yIssues(page);
  });

  test("a non-member gets the same 404 for another project as for one that does not exist", async ({ page }) => {
    await signIn(page, "researcher");
    const other = await page.goto(`/projects/${OTHER_SLUG}`);
    const otherText = await page.locator("main").innerText();
    expect(other?.status()).toBe(404);
    await expectNoSeriousA11yIssues(page);
    const missing = await page.goto("/projects/no-such-project");
    expect(missing?.status()).toBe(404);
    expect(await page.locator("main").innerText()).toBe(otherText);
  });

  test("signed out, a project page redirects to sign-in", async ({ page }) => {
    await page.goto(`/projects/${DEMO_SLUG}`);
    await expect(page).toHaveURL(/\/signin/);
  });
});
