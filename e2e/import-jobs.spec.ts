import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yIssues } from "./support/axe";
import { DEMO_SLUG, signIn } from "./support/session";

/** 80 respondents; the "Late comment" column is blank in the first 50 rows, so the shown rows hold none of it. */
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

    // The demo already holds wave 2023: the clash shows as soon as the wave is typed.
    await page.getByLabel("Wave", { exact: true }).fill("2023");
    await expect(page.getByText(/Wave 2023 already has [\d,]+ respondents from another import/)).toBeVisible();
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
});
