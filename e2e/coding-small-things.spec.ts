import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yIssues } from "./support/axe";
import { allRows, firstId } from "./support/database";
import { actionId, callAction } from "./support/server-actions";
import { DEMO_SLUG, type DemoUser, EMAILS, signIn } from "./support/session";

const TRANSCRIPT = "Agency social workers focus group";

const rows = allRows;

function transcriptId(): number {
  return firstId(
    "select d.id from documents d join projects p on p.id = d.project_id where p.slug = ? and d.title = ?",
    DEMO_SLUG,
    TRANSCRIPT,
  );
}

async function pageAs(browser: Browser, user: DemoUser): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await signIn(page, user);
  return page;
}

/** Codings of a code inside one search hit's turn or answer. */
function codingsInUnit(unitKey: string, codeId: number): number {
  const [kind, id] = unitKey.split("-");
  const [{ n }] = rows<{ n: number }>(
    `select count(*) n from ${kind === "turn" ? "turns" : "answers"} u
     join segments s on s.document_id = u.document_id and s.start_offset >= u.start_offset and s.end_offset <= u.end_offset
     join codings c on c.segment_id = s.id where u.id = ? and c.code_id = ?`,
    Number(id),
    codeId,
  );
  return n;
}

test.describe("coding: bulk actions, quotes from the text and the small things", () => {
  // Each test runs axe on two heavy pages (a transcript, the grid, the quote board); a shared machine is slow at it.
  test.describe.configure({ timeout: 120_000 });

  test("a re-run of code all hits tells new hits from coded ones, and undo takes back only the new", async ({
    page,
  }) => {
    await signIn(page, "researcher");
    const created = await callAction(
      page.context().request,
      actionId("app/projects/[slug]/codebook/actions.ts#addCode"),
      {
        projectSlug: DEMO_SLUG,
        name: "Laptops (bulk e2e)",
      },
    );
    expect(created.ok, created.raw.slice(0, 300)).toBe(true);
    const code = (created.data as { id: number }).id;
    const codeAll = `/projects/${DEMO_SLUG}/search?${new URLSearchParams({ q: "laptop*", mode: "code" })}`;

    await page.goto(codeAll);
    const listed = page.getByTestId("codable-hit");
    await expect(listed.first()).toBeVisible();
    const hits = await listed.count();
    expect(hits).toBeGreaterThan(2);
    const keys = await listed.evaluateAll((items) => items.map((item) => item.getAttribute("data-unit")!));
    await page.getByLabel("Code", { exact: true }).selectOption(String(code));
    await page.getByLabel("Exact match").check();
    const left = listed.first();
    const leftKey = (await left.getAttribute("data-unit"))!;
    await left.getByRole("checkbox").uncheck();
    await page.getByRole("button", { name: new RegExp(`^Code ${hits - 1} hits with Laptops`) }).click();
    // Some eighty hits across many documents: on a loaded machine the server takes its time.
    await expect(page.getByTestId("code-all-result")).toHaveText(new RegExp(`^Coded ${hits - 1} hits \\(`), {
      timeout: 30_000,
    });
    const afterFirst = keys.map((key) => codingsInUnit(key, code));
    expect(afterFirst[0]).toBe(0);
    expect(afterFirst.slice(1).every((n) => n > 0)).toBe(true);

    // A fresh page knows nothing of the first run: the server tells which hits were coded already.
    await page.goto(codeAll);
    await page.getByLabel("Code", { exact: true }).selectOption(String(code));
    await page.getByLabel("Exact match").check();
    await page.getByRole("button", { name: new RegExp(`^Code ${hits} hits with Laptops`) }).click();
    await expect(page.getByTestId("code-all-result")).toContainText("Coded 1 new hit (", { timeout: 30_000 });
    await expect(page.getByTestId("code-all-result")).toContainText(
      `Coded 1 new hit (${codingsInUnit(leftKey, code)} segment`,
    );
    await expect(page.getByTestId("code-all-result")).toContainText(`; ${hits - 1} were already coded.`);
    expect(codingsInUnit(leftKey, code)).toBeGreaterThan(0);
    await expectNoSeriousA11yIssues(page);

    // Undo is one step, and takes back only what this run added.
    await page.getByRole("button", { name: new RegExp(`^Undo coding ${hits} hits with Laptops`) }).click();
    await expect(page.getByTestId("code-all-result")).toContainText(`Undone: coding ${hits} hits`, { timeout: 30_000 });
    expect(keys.map((key) => codingsInUnit(key, code))).toEqual(afterFirst);
  });

  test("an author proposes a coding as a quote from the transcript's popover", async ({ browser }) => {
    const documentId = transcriptId();
    // A coding whose passage is not yet proposed for its code, early in the transcript.
    const [target] = rows<{ start: number; end: number; codeId: number; coderId: number; code: string }>(
      `select s.start_offset start, s.end_offset end, k.code_id codeId, k.coder_id coderId, c.name code
       from codings k join segments s on s.id = k.segment_id join codes c on c.id = k.code_id
       where s.document_id = ? and c.archived_at is null
         and not exists (select 1 from quotes q where q.segment_id = s.id and q.code_id = k.code_id)
       order by s.start_offset limit 1`,
      documentId,
    );
    expect(target).toBeTruthy();
    const author = await pageAs(browser, "author");
    await author.goto(`/projects/${DEMO_SLUG}/documents/${documentId}`);
    await expect(author).toHaveTitle(`${TRANSCRIPT} · Documents · Quoteline`);
    await expect(author.getByTestId("transcript-editor")).toHaveAttribute("data-ready", "true");
    const coding = author
      .locator(
        `.coding[data-coding-key="${documentId}:${target.start}-${target.end}:${target.codeId}:${target.coderId}"]`,
      )
      .first();
    await coding.scrollIntoViewIfNeeded();
    await coding.click();
    const here = author.getByTestId("codings-here");
    await expect(here).toBeVisible();
    await here
      .getByRole("listitem")
      .filter({ hasText: target.code })
      .first()
      .getByRole("button", { name: new RegExp(`^Propose as quote: ${target.code}`) })
      .click();
    await expect(here.getByRole("status").first()).toContainText("Proposed as a candidate.");
    await expectNoSeriousA11yIssues(author);
    const quoteId = firstId(
      `select q.id from quotes q join segments s on s.id = q.segment_id join users u on u.id = q.proposed_by
       where s.document_id = ? and s.start_offset = ? and s.end_offset = ? and q.code_id = ? and u.email = ?`,
      documentId,
      target.start,
      target.end,
      target.codeId,
      EMAILS.author,
    );

    await author.goto(`/projects/${DEMO_SLUG}/quotes?code=${target.codeId}`);
    await expect(
      author.getByTestId("column-candidate").getByRole("link", { name: `Quote ${quoteId}`, exact: true }),
    ).toBeVisible();
    await expectNoSeriousA11yIssues(author);
    await author.context().close();
  });

  test("the transcript is two Tab presses away and its side panel stays in view", async ({ browser }) => {
    const page = await pageAs(browser, "researcher");
    await page.goto(`/projects/${DEMO_SLUG}/documents/${transcriptId()}`);
    await expect(page.getByTestId("transcript-editor")).toHaveAttribute("data-ready", "true");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to the transcript" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("textbox", { name: "Transcript text" })).toBeFocused();

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    const panel = page.getByRole("complementary", { name: "Coding tools" });
    await expect
      .poll(async () => {
        const box = await panel.boundingBox();
        return box !== null && box.y >= 0 && box.y < 900;
      })
      .toBe(true);
    await expectNoSeriousA11yIssues(page);
    await page.context().close();
  });

  test("the answer grid: whole-word headers, one-line ids, numeric bands, propose from a chip, toasts clear of the header", async ({
    browser,
  }) => {
    const question = firstId(
      `select d.id from documents d join projects p on p.id = d.project_id
       where p.slug = ? and d.kind = 'question' and exists (select 1 from segments s join codings k on k.segment_id = s.id where s.document_id = d.id)
       order by d.id limit 1`,
      DEMO_SLUG,
    );
    const [{ title }] = rows<{ title: string }>("select title from documents where id = ?", question);
    const author = await pageAs(browser, "author");
    await author.goto(`/projects/${DEMO_SLUG}/questions/${question}`);
    await expect(author).toHaveTitle(`${title} · Documents · Quoteline`);
    const grid = author.getByTestId("answer-grid");
    await expect(grid).toBeVisible();

    // Each header word and each respondent id sits on one line (counted as line boxes of its text).
    const lineCount = (selector: string) =>
      grid.locator(selector).evaluateAll((cells) =>
        cells.map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        }),
      );
    expect(await lineCount("thead th:nth-child(2)")).toEqual([1]);
    const idLines = await lineCount("tbody th[scope=row]");
    expect(idLines.length).toBeGreaterThan(0);
    expect(idLines.every((lines) => lines === 1)).toBe(true);

    // Banded values (0–2, 3–5, 6–10, 11+) are listed in numeric order in every filter.
    const filters = await author
      .getByRole("form", { name: "Filter answers" })
      .locator("select")
      .evaluateAll((selects) =>
        selects.map((select) => [...(select as HTMLSelectElement).options].slice(1).map((option) => option.text)),
      );
    const banded = filters.filter((values) => values.length > 1 && values.every((value) => /^\d/.test(value)));
    expect(banded.length).toBeGreaterThan(0);
    for (const values of banded) {
      const leading = values.map((value) => Number(/^\d+/.exec(value)![0]));
      expect(leading).toEqual([...leading].sort((a, b) => a - b));
    }

    // An author proposes a coding from its chip; the toast keeps clear of Sign out.
    const chip = grid.getByTestId("propose-chip").first();
    await chip.click();
    const toast = author.locator("[data-sonner-toast]").first();
    await expect(toast).toContainText(/Proposed as a candidate quote|Already proposed for this theme/);
    const toastBox = (await toast.boundingBox())!;
    const signOut = (await author.getByRole("button", { name: "Sign out" }).boundingBox())!;
    const overlaps =
      toastBox.x < signOut.x + signOut.width &&
      signOut.x < toastBox.x + toastBox.width &&
      toastBox.y < signOut.y + signOut.height &&
      signOut.y < toastBox.y + toastBox.height;
    expect(overlaps).toBe(false);
    await expectNoSeriousA11yIssues(author);
    await author.context().close();
  });

  test("the codebook names linked metrics and retrieval lists bands in numeric order", async ({ page }) => {
    const [link] = rows<{ code: string; key: string; label: string }>(
      `select c.name code, m.key key, m.label label from code_metric_links l
       join codes c on c.id = l.code_id join metrics m on m.id = l.metric_id join projects p on p.id = c.project_id
       where p.slug = ? and c.archived_at is null order by c.id limit 1`,
      DEMO_SLUG,
    );
    expect(link).toBeTruthy();
    await signIn(page, "researcher");
    await page.goto(`/projects/${DEMO_SLUG}/codebook`);
    await expect(page).toHaveTitle("Codebook · Quoteline");
    const tree = page.getByRole("tree", { name: "Codebook" });
    await tree
      .getByRole("treeitem")
      .filter({ has: page.getByText(link.code, { exact: true }) })
      .first()
      .click();
    const details = page.getByText(/^Linked metrics:/);
    await expect(details).toContainText(link.label);
    await expect(details).not.toContainText(link.key);
    await expectNoSeriousA11yIssues(page);

    await page.goto(`/projects/${DEMO_SLUG}/retrieval`);
    const bands = await page.getByRole("group", { name: "Years qualified" }).locator("label").allTextContents();
    expect(bands.map((text) => Number(/\d+/.exec(text)![0]))).toEqual([0, 3, 6, 11]);
  });

  test("an admin opens a new project's members and adds its first owner", async ({ browser }) => {
    const admin = await pageAs(browser, "admin");
    const slug = `small-things-${Date.now()}`;
    const created = await callAction(admin.context().request, actionId("app/admin/actions.ts#createProjectAction"), {
      slug,
      name: "Small things study",
    });
    expect(created.ok, created.raw.slice(0, 300)).toBe(true);
    await admin.goto("/admin");
    await admin.getByRole("link", { name: "Small things study" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: "Members of Small things study" })).toBeVisible();
    await expect(admin.getByText("No members yet: add an owner first.")).toBeVisible();
    await expectNoSeriousA11yIssues(admin);
    await admin.getByLabel("Email").fill(EMAILS.researcher);
    await admin.getByLabel("Role").selectOption("owner");
    await admin.getByRole("button", { name: "Add member" }).click();
    await expect(admin.getByText(`${EMAILS.researcher} added as owner.`)).toBeVisible();
    await admin.reload();
    await expect(admin.getByRole("table")).toContainText(EMAILS.researcher);
    await admin.context().close();

    // The new owner manages the project's members from here on.
    const owner = await pageAs(browser, "researcher");
    const response = await owner.goto(`/projects/${slug}/members`);
    expect(response?.status()).toBe(200);
    await expect(owner.getByRole("heading", { level: 1, name: "Members and settings" })).toBeVisible();
    await owner.context().close();
  });

  test("password change errors sit beside their fields", async ({ page }) => {
    await signIn(page, "viewer");
    await page.goto("/account/password");
    await page.getByRole("button", { name: "Change password" }).click();
    const current = page.getByLabel("Current password");
    await expect(current).toBeFocused();
    await expect(current).toHaveAttribute("aria-invalid", "true");
    await expect(current).toHaveAccessibleDescription("Enter your current password.");
    await expect(page.getByLabel("New password")).toHaveAccessibleDescription(
      /At least \d+ characters\. The new password needs at least \d+ characters\./,
    );
    await expectNoSeriousA11yIssues(page);

    await current.fill("not my password at all");
    await page.getByLabel("New password").fill("a brand new passphrase");
    await page.getByLabel("Repeat password").fill("a different passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByLabel("Repeat password")).toHaveAccessibleDescription("The two new passwords do not match.");
    await expect(current).not.toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("Repeat password").fill("a brand new passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(current).toHaveAccessibleDescription("The current password is not right.");
    await expect(current).toBeFocused();
    await expectNoSeriousA11yIssues(page);
  });
});
