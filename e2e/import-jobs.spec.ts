import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yIssues } from "./support/axe";
import { DEMO_SLUG, signIn } from "./support/session";

/** 80 respondents; the "Late comment" column is blank in the first 50 rows, so the shown rows hold none of it. */
/** A survey export part: respondent ids PART-from … PART-to, each with a region and a comment. */
function surveyPart(from: number, to: number): Buffer {
  const lines = ["Respondent ID,Region,What would help?"];
  for (let i = from; i <= to; i++) lines.push(`PART-${i},${i % 2 ? "London" : "South East"},More time for visits ${i}`);
  return Buffer.from(`${lines.join("\n")}\n`);
}

function lateCommentSurvey(): Buffer {
  const lines = ["Respondent ID,Region,Late comment"];
  for (let i = 0; i < 80; i++) {
    lines.push(`LATE-${i},${i % 2 ? "London" : "South East"},${i < 50 ? "" : `Supervision note ${i % 7}`}`);
  }
  return Buffer.from(`${lines.join("\n")}\n`);
}

test.describe("import jobs", () => {
  test("a malformed or path-like X-Filename is answered 400 with a clear message", async ({ page }) => {
    await signIn(page, "researcher");
    const post = (name: string) =>
      page.request.post(`/api/projects/${DEMO_SLUG}/uploads`, {
        headers: { "X-Filename": name, "Content-Type": "application/octet-stream" },
        data: Buffer.from("Ewa: Hello\n"),
      });
    const malformed = await post("%E0%A4%A.txt");
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.message).toMatch(/not valid percent-encoding/);
    const folder = await post("..%2F..");
    expect(folder.status()).toBe(400);
    expect((await folder.json()).error.message).toMatch(/folder path, not a file name/);
    // A name with folders in front is kept as its base name.
    const pathLike = await post("..%2F..%2Fgroup.txt");
    expect(pathLike.status()).toBe(202);
    const { importId } = (await pathLike.json()) as { importId: number };
    const job = await page.request.get(`/api/projects/${DEMO_SLUG}/imports/${importId}`);
    expect((await job.json()).filename).toBe("group.txt");
  });

  test("a survey preview counts every row, warns of a wave clash before mapping, keeps the mapping on coming back, and can be discarded", async ({
    page,
  }) => {
    await signIn(page, "researcher");
    await page.goto(`/projects/${DEMO_SLUG}/import`);
    await page
      .getByLabel("File to import")
      .setInputFiles({ name: "late-comments.csv", mimeType: "text/csv", buffer: lateCommentSurvey() });
    await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible({ timeout: 30_000 });
    const lateRow = page.getByRole("row", { name: /Late comment/ });
    await expect(lateRow).toContainText("30 of 80 rows filled, 7 distinct");
    await expect(lateRow).toContainText("Supervision note 1");
    await expect(lateRow).not.toContainText("All blank");

    // The demo already holds wave 2023: the choice for its respondents shows as soon as the wave is typed.
    await expect(page.getByText("Survey tool")).toBeVisible();
    await expect(page.getByText("Not recognised (a plain table)")).toBeVisible();
    await page.getByLabel("Wave", { exact: true }).fill("2023");
    await expect(page.getByText(/Wave 2023 already has [\d,]+ respondents/)).toBeVisible();
    await expect(page.getByRole("group", { name: "Add this file to wave 2023" })).toBeVisible();
    await expectNoSeriousA11yIssues(page);

    // The researcher changes the mapping, leaves, and comes back: the mapping is as they left it.
    await page.getByLabel("Role for column Late comment").selectOption("attribute");
    await page.getByLabel("Wave", { exact: true }).fill("2021");
    await expect(page).toHaveURL(/[?&]import=\d+/);
    const previewUrl = page.url();
    await page.goto(`/projects/${DEMO_SLUG}`);
    await page.goto(previewUrl);
    await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByLabel("Role for column Late comment")).toHaveValue("attribute");
    await expect(page.getByLabel("Wave", { exact: true })).toHaveValue("2021");

    await page.getByRole("button", { name: "Discard upload" }).click();
    await expect(page.getByLabel("File to import")).toBeVisible();
    const importId = Number(new URL(previewUrl).searchParams.get("import"));
    const job = await page.request.get(`/api/projects/${DEMO_SLUG}/imports/${importId}`);
    expect((await job.json()).status).toBe("discarded");
  });

  test("a second export for a wave with respondents is added to it: the researcher chooses skip, and the summary counts each", async ({
    page,
  }) => {
    const wave = `Parts ${Date.now() % 1_000_000}`;
    await signIn(page, "researcher");
    await page.goto(`/projects/${DEMO_SLUG}/import`);
    await page
      .getByLabel("File to import")
      .setInputFiles({ name: "part-1.csv", mimeType: "text/csv", buffer: surveyPart(1, 10) });
    await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible({ timeout: 30_000 });
    await page.getByLabel("Wave", { exact: true }).fill(wave);
    await expect(page.getByTestId("wave-collision")).toHaveCount(0);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Summary" })).toBeVisible({ timeout: 30_000 });
    await page.getByRole("button", { name: "Import another file" }).click();

    // Ids 6–10 are already in the wave; 11–15 are new.
    await page
      .getByLabel("File to import")
      .setInputFiles({ name: "part-2.csv", mimeType: "text/csv", buffer: surveyPart(6, 15) });
    await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible({ timeout: 30_000 });
    await page.getByLabel("Wave", { exact: true }).fill(wave);
    const choice = page.getByRole("group", { name: `Add this file to wave ${wave}` });
    await expect(choice).toContainText(`Wave ${wave} already has 10 respondents`);
    await expect(choice).toContainText("5 of this file's respondent ids are already there");
    await expectNoSeriousA11yIssues(page);
    // Importing without a choice is refused, saying what to choose.
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(choice).toContainText("choose skip, replace or stop");
    await choice.getByLabel(/Skip them/).check();
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Summary" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId("wave-addition")).toHaveText(
      "Added to the wave, matching respondents by id: 5 new, 5 skipped (already there), 0 replaced.",
    );
    await expectNoSeriousA11yIssues(page);
  });
});
