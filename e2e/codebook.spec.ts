import { expect, type Locator, type Page, test } from "@playwright/test";
import Papa from "papaparse";
import { expectNoSeriousA11yIssues } from "./support/axe";
import { e2eDatabase } from "./support/database";
import { DEMO_SLUG, signIn } from "./support/session";

function codeRow(name: string): { id: number; parent_id: number | null; position: number } | undefined {
  const db = e2eDatabase();
  try {
    return db
      .prepare(
        "select c.id, c.parent_id, c.position from codes c join projects p on p.id = c.project_id where p.slug = ? and c.name = ?",
      )
      .get(DEMO_SLUG, name) as { id: number; parent_id: number | null; position: number } | undefined;
  } finally {
    db.close();
  }
}

/** The codebook page as a researcher sees it. */
class CodebookPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto(`/projects/${DEMO_SLUG}/codebook`);
    await expect(this.tree).toBeVisible();
  }

  get tree(): Locator {
    return this.page.getByRole("tree", { name: "Codebook" });
  }

  item(name: string): Locator {
    return this.tree.getByRole("treeitem").filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async order(): Promise<string[]> {
    return this.tree
      .getByRole("treeitem")
      .evaluateAll((items) =>
        items.map((item) => `${item.getAttribute("aria-level")}:${item.querySelector(".truncate")?.textContent}`),
      );
  }

  async addCode(name: string) {
    await this.page.getByRole("textbox", { name: "New code" }).fill(name);
    await this.page.getByRole("button", { name: "Add code" }).click();
    await expect(this.item(name)).toBeVisible();
  }
}

test.describe("codebook", () => {
  test("a researcher creates a code, moves it with the keyboard, merges codes and exports the codebook", async ({
    page,
  }) => {
    await signIn(page, "researcher");
    const codebook = new CodebookPage(page);
    await codebook.open();
    await expectNoSeriousA11yIssues(page);
    await expect(codebook.item("Workload and caseloads").getByTestId("code-counts")).toContainText(
      /\d+ codings? · \d+ documents?/,
    );

    await codebook.addCode("Supervision – ś 😀");
    await codebook.addCode("Line managers");
    const order = await codebook.order();
    expect(order.slice(-2)).toEqual(["1:Supervision – ś 😀", "1:Line managers"]);

    // Keyboard: Alt+↑ swaps with the code above, Alt+→ puts it under the code now above it, Alt+← takes it out.
    await codebook.item("Line managers").focus();
    await page.keyboard.press("Alt+ArrowUp");
    await expect
      .poll(async () => (await codebook.order()).slice(-2))
      .toEqual(["1:Line managers", "1:Supervision – ś 😀"]);
    await expect(codebook.item("Line managers")).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(codebook.item("Supervision – ś 😀")).toBeFocused();
    await page.keyboard.press("Alt+ArrowRight");
    await expect(codebook.item("Supervision – ś 😀")).toHaveAttribute("aria-level", "2");
    await expect(page.getByTestId("codebook-announcement")).toHaveText(
      "Moved “Supervision – ś 😀” under “Line managers”, position 1 of 1.",
    );
    await expect.poll(() => codeRow("Supervision – ś 😀")?.parent_id).toBe(codeRow("Line managers")!.id);
    await page.reload();
    await expect(codebook.item("Supervision – ś 😀")).toHaveAttribute("aria-level", "2");
    await expectNoSeriousA11yIssues(page);

    // Merge "Line managers" into an existing code: its subcode moves across and it disappears.
    await codebook.item("Line managers").click();
    await page.getByRole("combobox", { name: "Merge into" }).selectOption({ label: "Retention" });
    await page.getByRole("button", { name: "Merge…" }).click();
    const dialog = page.getByRole("dialog", { name: "Merge “Line managers” into “Retention”?" });
    await expect(dialog).toBeVisible();
    await expectNoSeriousA11yIssues(page);
    await dialog.getByRole("button", { name: "Merge" }).click();
    await expect(codebook.item("Line managers")).toHaveCount(0);
    expect(codeRow("Line managers")).toBeUndefined();
    expect(codeRow("Supervision – ś 😀")?.parent_id).toBe(codeRow("Retention")!.id);
    await expect(codebook.item("Supervision – ś 😀")).toHaveAttribute("aria-level", "2");

    // Export: the link downloads the CSV in codebook.csv's shape, parents by name.
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${DEMO_SLUG}-codebook.csv`);
    const response = await page.context().request.get(`/api/projects/${DEMO_SLUG}/codebook`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const parsed = Papa.parse<Record<string, string>>((await response.text()).replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields?.slice(0, 5)).toEqual(["code", "parent", "description", "colour", "linked_metrics"]);
    expect(parsed.data.find((row) => row.code === "Supervision – ś 😀")).toMatchObject({ parent: "Retention" });
    expect(parsed.data.find((row) => row.code === "Workload and caseloads")?.linked_metrics).toContain(
      "workload_manageable:concern",
    );
    expect(parsed.data.some((row) => row.code === "Line managers")).toBe(false);
  });

  test("a lead sees the codebook without editing controls; a viewer is refused", async ({ page }) => {
    await signIn(page, "lead");
    const codebook = new CodebookPage(page);
    await codebook.open();
    await expect(page.getByRole("button", { name: "Add code" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Save code" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Export CSV" })).toBeVisible();
    // The keyboard still moves through the tree, but Alt+arrows move nothing for a role that may not code.
    const before = await codebook.order();
    await codebook.item("Pay and remuneration").focus();
    await page.keyboard.press("Alt+ArrowUp");
    await page.keyboard.press("ArrowDown");
    await expect(codebook.item("Pay and remuneration")).not.toBeFocused();
    expect(await codebook.order()).toEqual(before);
    await expect(page.getByRole("textbox", { name: "Name" })).toHaveCount(0);
    await expectNoSeriousA11yIssues(page);

    await signIn(page, "viewer");
    const refused = await page.goto(`/projects/${DEMO_SLUG}/codebook`);
    expect(refused?.status()).toBe(403);
    const csv = await page.context().request.get(`/api/projects/${DEMO_SLUG}/codebook`);
    expect(csv.status()).toBe(403);
  });
});
