import { expect, test } from "@playwright/test";
import yauzl from "yauzl";
import { expectNoSeriousA11yIssues } from "./support/axe";
import { e2eDatabase } from "./support/database";
import { DEMO_SLUG, signIn } from "./support/session";

function authorityId(name: string): number {
  const db = e2eDatabase();
  try {
    const row = db
      .prepare("select a.id from authorities a join projects p on p.id = a.project_id where p.slug = ? and a.name = ?")
      .get(DEMO_SLUG, name) as { id: number } | undefined;
    if (!row) throw new Error(`no authority ${name}`);
    return row.id;
  } finally {
    db.close();
  }
}

function zipEntryNames(buffer: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const names: string[] = [];
      zip.on("entry", (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on("end", () => resolve(names));
      zip.readEntry();
    });
  });
}

test("a researcher makes every authority's pack in one action and downloads the zip", async ({ page }) => {
  // 52 packs in Word and PDF: seconds on a quiet machine, a minute or more on a busy one.
  test.setTimeout(240_000);
  await signIn(page, "researcher");
  await page.goto(`/projects/${DEMO_SLUG}/packs`);
  await expect(page.getByRole("heading", { level: 1, name: "Authority packs" })).toBeVisible();
  const table = page.getByRole("region", { name: "Authorities and their packs" });
  await expect(table.getByRole("row")).toHaveCount(53);
  await expect(table.getByRole("row", { name: /Bromley/ })).toContainText("Own figures");
  // Note: a run another journey started may still be finishing; the button fades from disabled as it ends, and axe
  // measuring it mid-fade reads a false contrast failure. Check the page once it has settled.
  await expect(page.getByRole("button", { name: "Make all packs" })).toBeEnabled({ timeout: 200_000 });
  await expectNoSeriousA11yIssues(page);

  await page.getByRole("button", { name: "Make all packs" }).click();
  await expect(page.getByText("Packs ready")).toBeVisible({ timeout: 200_000 });
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download all packs/ }).click();
  const file = await (await download).path();
  const fs = await import("node:fs");
  const names = await zipEntryNames(fs.readFileSync(file));
  expect(names).toHaveLength(104);
  expect(names).toEqual(expect.arrayContaining(["bromley.docx", "bromley.pdf", "kensington-and-chelsea.pdf"]));

  await table.getByRole("link", { name: "Bromley", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/packs/${authorityId("Bromley")}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Bromley: local briefing pack" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Responses by wave" })).toBeVisible();
  await expectNoSeriousA11yIssues(page);
});

test("an authority reader sees only their own pack, and another authority's answers like one that does not exist", async ({
  page,
}) => {
  await signIn(page, "reader");
  await page.goto("/");
  await page.getByRole("link", { name: /The Big Conversation/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bromley: local briefing pack" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Project" });
  await expect(nav.getByRole("link")).toHaveText(["Metrics", "Authority packs"]);
  await expect(page.getByRole("columnheader", { name: "London" }).first()).toBeVisible();
  await expectNoSeriousA11yIssues(page);

  const own = await page.request.get(`/api/projects/${DEMO_SLUG}/packs/${authorityId("Bromley")}?format=pdf`);
  expect(own.status()).toBe(200);
  expect((await own.body()).subarray(0, 5).toString()).toBe("%PDF-");

  const other = authorityId("Westminster");
  const otherPage = await page.goto(`/projects/${DEMO_SLUG}/packs/${other}`);
  expect(otherPage?.status()).toBe(404);
  const otherFile = await page.request.get(`/api/projects/${DEMO_SLUG}/packs/${other}?format=docx`);
  const missingFile = await page.request.get(`/api/projects/${DEMO_SLUG}/packs/99999999?format=docx`);
  expect(otherFile.status()).toBe(404);
  expect(await otherFile.text()).toBe(await missingFile.text());

  // The project's published metrics (aggregates, small numbers suppressed) are theirs to read too.
  const metrics = await page.goto(`/projects/${DEMO_SLUG}/metrics`);
  expect(metrics?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Survey metrics" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Import/ })).toHaveCount(0);
  await expectNoSeriousA11yIssues(page);

  for (const path of ["", "/themes", "/documents", "/quotes", "/report", "/overview"]) {
    const response = await page.goto(`/projects/${DEMO_SLUG}${path}`);
    expect(response?.status(), `reader on ${path || "/"}`).toBe(403);
  }
});
