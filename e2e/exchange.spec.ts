import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { readZipEntries } from "../lib/exchange/read-zip-entries";
import { zipFiles } from "../lib/exchange/zip-files";
import { expectNoSeriousA11yIssues } from "./support/axe";
import { e2eDatabase, firstId } from "./support/database";
import { DEMO_SLUG, signIn } from "./support/session";

const TITLE = `Exchange interview ${Date.now()}`;
const TEXT =
  "Interviewer: How has your workload changed this year?\r\n\r\nRowan: It doubled 😩 and supervision stopped.\r\n\r\nInterviewer: What would help?\r\n\r\nRowan: Fewer forms, more time with families.\r\n";

/** A MAXQDA-style project file: CRLF text, an emoji before the selection, a code the demo codebook has. */
async function writeQdpx(): Promise<string> {
  const guid = (n: number) => `${String(n).repeat(8)}-1111-4111-8111-111111111111`;
  const points = Array.from(TEXT);
  const selected = "It doubled 😩 and supervision stopped.";
  const start = points.indexOf("I", points.indexOf("R"));
  const end = start + Array.from(selected).length;
  expect(points.slice(start, end).join("")).toBe(selected);
  const qde = `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="Interviews" origin="MAXQDA 2022"><Users><User guid="${guid(1)}" name="Jane"/></Users><CodeBook><Codes><Code guid="${guid(2)}" name="Workload and caseloads" isCodable="true" color="#d9480f"/></Codes></CodeBook><Sources><TextSource guid="${guid(3)}" name="${TITLE}" plainTextPath="internal://${guid(3)}.txt"><PlainTextSelection guid="${guid(4)}" startPosition="${start}" endPosition="${end}" creatingUser="${guid(1)}"><Coding guid="${guid(5)}" creatingUser="${guid(1)}"><CodeRef targetGUID="${guid(2)}"/></Coding></PlainTextSelection></TextSource></Sources></Project>`;
  const file = path.join(os.tmpdir(), `exchange-${Date.now()}.qdpx`);
  writeFileSync(
    file,
    await zipFiles([
      { path: "project.qde", data: qde },
      { path: `sources/${guid(3)}.txt`, data: TEXT },
    ]),
  );
  return file;
}

function codingsOn(documentId: number): { text: string; coder: string; imported: string | null }[] {
  const db = e2eDatabase();
  try {
    return db
      .prepare(
        `select s.text text, u.name coder, u.imported_from imported from codings k join segments s on s.id = k.segment_id
         join users u on u.id = k.coder_id where s.document_id = ? order by s.start_offset, u.name`,
      )
      .all(documentId) as { text: string; coder: string; imported: string | null }[];
  } finally {
    db.close();
  }
}

test.describe("exchange with other tools", () => {
  test("a researcher imports a .qdpx and codes in the imported transcript", async ({ page }) => {
    await signIn(page, "researcher");
    await page.goto(`/projects/${DEMO_SLUG}`);
    await page.getByRole("link", { name: "Exchange (REFI-QDA)" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Exchange with other tools" })).toBeVisible();
    await expectNoSeriousA11yIssues(page);
    await page.getByLabel("REFI-QDA file").setInputFiles(await writeQdpx());
    await page.getByRole("button", { name: "Import file" }).click();
    // The project file is an upload like any other: read by an import worker into a preview first.
    await expect(page).toHaveURL(/\/import\?import=\d+/);
    await expect(page.getByRole("heading", { name: "Preview" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText("Written by")).toBeVisible();
    await expect(page.getByText("MAXQDA", { exact: true })).toBeVisible();
    await expectNoSeriousA11yIssues(page);
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Summary" })).toBeVisible({ timeout: 30_000 });
    const summary = page.getByTestId("exchange-summary");
    await expect(page.getByText("Imported from MAXQDA")).toBeVisible();
    await expect(summary).toContainText("1 document");
    await expect(summary).toContainText("1 coding");
    await expect(summary).toContainText("Read despite CRLF line endings in source text");
    await expectNoSeriousA11yIssues(page);

    const documentId = firstId(
      "select d.id from documents d join projects p on p.id = d.project_id where p.slug = ? and d.title = ?",
      DEMO_SLUG,
      TITLE,
    );
    expect(codingsOn(documentId)).toEqual([
      { text: "It doubled 😩 and supervision stopped.", coder: "imported from MAXQDA: Jane", imported: "MAXQDA" },
    ]);

    await page.goto(`/projects/${DEMO_SLUG}/documents/${documentId}`);
    const editor = page.getByRole("textbox", { name: "Transcript text" });
    await expect(editor).toBeVisible();
    await expect(page.getByTestId("transcript-editor")).toHaveAttribute("data-ready", "true");
    await expect(editor).toContainText("How has your workload changed this year?");
    await page.locator("body").focus();
    for (let presses = 0; presses < 60; presses++) {
      await page.keyboard.press("Tab");
      if (await editor.evaluate((element) => element === document.activeElement)) break;
    }
    await page.keyboard.press("Control+Shift+ArrowRight");
    await page.keyboard.press("Control+Shift+ArrowRight");
    await page.keyboard.press("c");
    await expect(page.locator("[cmdk-root]")).toBeVisible();
    await page.keyboard.type("Workload");
    await page.keyboard.press("Enter");
    await expect(page.locator(".coding[data-pending]")).toHaveCount(0);
    await expect
      .poll(() => codingsOn(documentId).find((coding) => coding.coder !== "imported from MAXQDA: Jane"))
      .toMatchObject({ text: "How has", imported: null });
  });

  test("an owner downloads the project as .qdpx and the codebook as .qdc", async ({ page }) => {
    await signIn(page, "owner");
    await page.goto(`/projects/${DEMO_SLUG}/exchange`);
    await expectNoSeriousA11yIssues(page);

    const [projectDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download project (.qdpx)" }).click(),
    ]);
    expect(projectDownload.suggestedFilename()).toMatch(/\.qdpx$/);
    const entries = await readZipEntries(readFileSync((await projectDownload.path())!));
    const qde = entries.get("project.qde")!.toString("utf8");
    expect(qde).toContain('origin="Quoteline"');
    expect(qde).toContain('name="Workload and caseloads"');
    expect([...entries.keys()].filter((name) => name.startsWith("sources/")).length).toBeGreaterThan(5);

    const [codebookDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download codebook (.qdc)" }).click(),
    ]);
    expect(codebookDownload.suggestedFilename()).toMatch(/codebook\.qdc$/);
    const qdc = readFileSync((await codebookDownload.path())!, "utf8");
    expect(qdc).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
    expect(qdc).toContain('name="Workload and caseloads"');
  });

  test("a lead may download the codebook but not the project file, and cannot import", async ({ page }) => {
    await signIn(page, "lead");
    await page.goto(`/projects/${DEMO_SLUG}`);
    await page.getByRole("link", { name: "Exchange (REFI-QDA)" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Exchange with other tools" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Download codebook (.qdc)" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Download project (.qdpx)" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Import file" })).toHaveCount(0);
    await expectNoSeriousA11yIssues(page);
  });

  test("a viewer has no Exchange link in the project navigation", async ({ page }) => {
    await signIn(page, "viewer");
    await page.goto(`/projects/${DEMO_SLUG}`);
    await expect(page.getByRole("link", { name: "Themes" }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Exchange (REFI-QDA)" })).toHaveCount(0);
  });
});
