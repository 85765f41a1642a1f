import fs from "node:fs";
import { type Browser, expect, type Page, test } from "@playwright/test";
import mammoth from "mammoth";
import { expectNoSeriousA11yIssues } from "./support/axe";
import { e2eDatabase, firstId } from "./support/database";
import { actionId, callAction } from "./support/server-actions";
import { DEMO_SLUG, type DemoUser, signIn } from "./support/session";

const THEME = "Workload and caseloads";
const KWAME = "Hello, Kwame. Senior social worker in a child protection team";
const HANNAH = "I'm in a flat share in Southsea.";

interface TurnRange {
  documentId: number;
  start: number;
  end: number;
}

function turnStartingWith(prefix: string): TurnRange {
  const db = e2eDatabase();
  try {
    const row = db
      .prepare(
        "select t.document_id documentId, t.start_offset start, t.end_offset end from turns t join documents d on d.id = t.document_id join projects p on p.id = d.project_id where p.slug = ? and t.text like ? || '%'",
      )
      .get(DEMO_SLUG, prefix) as TurnRange | undefined;
    if (!row) throw new Error(`no turn starting “${prefix}”`);
    return row;
  } finally {
    db.close();
  }
}

async function pageAs(browser: Browser, user: DemoUser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

/** Selects `phrase` inside the review text as a mouse drag would. */
async function selectInReviewText(page: Page, phrase: string) {
  await page.getByTestId("review-text").evaluate((container, wanted) => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const at = node.data.indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`“${wanted}” is not in the review text`);
  }, phrase);
}

test.describe("pull quotes and the report", () => {
  test("an author proposes, reviews, labels and shortlists a quote; a lead approves it; the Word report downloads; a viewer sees only approved text", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const codeId = firstId(
      "select c.id from codes c join projects p on p.id = c.project_id where p.slug = ? and c.name = ?",
      DEMO_SLUG,
      THEME,
    );
    const kwame = turnStartingWith(KWAME);
    const hannah = turnStartingWith(HANNAH);

    // Seed: a researcher codes two turns with the theme, through the coding action.
    const researcher = await pageAs(browser, "researcher");
    const apply = actionId("app/projects/[slug]/codings/actions.ts#applyCodings");
    for (const turn of [kwame, hannah]) {
      const answer = await callAction(researcher.context().request, apply, {
        projectSlug: DEMO_SLUG,
        documentId: turn.documentId,
        ranges: [{ start: turn.start, end: turn.end }],
        codeIds: [codeId],
      });
      expect(answer.ok, answer.raw.slice(0, 300)).toBe(true);
    }
    await researcher.context().close();

    // The author starts from the theme's summary page and proposes both coded segments on its quote board.
    const author = await pageAs(browser, "author");
    await author.goto(`/projects/${DEMO_SLUG}/themes/${codeId}`);
    await expect(author.getByTestId("theme-quotes")).toContainText(
      "No quote has been shortlisted or approved for this theme yet.",
    );
    await expectNoSeriousA11yIssues(author);
    await author.getByTestId("theme-quotes").getByRole("link", { name: "Open the quote board" }).click();
    await expect(author.getByRole("heading", { level: 1, name: `Quotes: ${THEME}` })).toBeVisible();
    await expectNoSeriousA11yIssues(author);
    const segments = author.getByTestId("theme-segments");
    const find = async (words: string) => {
      await author.getByLabel("Segments containing").fill(words);
      await author.getByRole("button", { name: "Find", exact: true }).click();
      await expect(author.getByText(`containing “${words}”`)).toBeVisible();
    };
    await find("flat share in Southsea");
    await segments.getByRole("button", { name: /^Propose as quote: I'm in a flat share/ }).click();
    // The demo's seed already proposes a candidate on this theme: wait for this one's card, exactly once.
    await expect(
      author.getByTestId("column-candidate").getByRole("article").filter({ hasText: "flat share in" }),
    ).toHaveCount(1);
    await find("Hello, Kwame");
    await expectNoSeriousA11yIssues(author);
    await segments.getByRole("button", { name: /^Propose as quote: Hello, Kwame/ }).click();
    const card = author
      .getByTestId("column-candidate")
      .getByRole("article")
      .filter({ hasText: "Hello, [colleague 1]" });
    await expect(card).toBeVisible();
    await card.getByRole("link", { name: /^Quote \d+$/ }).click();

    // Review: the roster name is redacted inline with its reason, and one flag is open.
    await expect(author.getByRole("heading", { level: 1, name: /^Quote \d+$/ })).toBeVisible();
    const wording = author.getByTestId("quote-wording");
    await expect(wording).toContainText("Hello, [colleague 1]. Senior social worker");
    await expect(author.getByTestId("replacement").first()).toContainText("[colleague 1]");
    await expect(author.getByTestId("redaction-list")).toContainText(
      "Kwame → [colleague 1]Part of a roster name · roster",
    );
    await expect(author.getByTestId("flag-list")).toContainText("eight years qualified");
    await expectNoSeriousA11yIssues(author);

    // Shortlisting is refused while the flag is open (the server checks).
    await author.getByRole("button", { name: "Shortlist" }).click();
    await expect(author.getByRole("alert").filter({ hasText: "Resolve every flag first" })).toBeVisible();

    // Undo and restore the roster redaction, then add one by selecting text.
    await author.getByRole("button", { name: "Undo redaction of “Kwame”" }).click();
    await expect(wording).toContainText("Hello, Kwame.");
    await author.getByRole("button", { name: "Restore redaction of “Kwame”" }).click();
    await expect(wording).toContainText("Hello, [colleague 1].");
    await selectInReviewText(author, "child protection team");
    const selectionForm = author.getByTestId("selection-form");
    await expect(selectionForm).toContainText("Selected: child protection team");
    await selectionForm.getByLabel("Kind of identifier").selectOption("organisation");
    await selectionForm.getByRole("button", { name: "Redact selection" }).click();
    await expect(wording).toContainText("Senior social worker in a [organisation]");

    // Resolve the flag by redacting it.
    await author.getByRole("button", { name: "Redact “eight years qualified”" }).click();
    await expect(wording).toContainText("[length of service]");
    await expect(author.getByTestId("flag-list")).toContainText("Redacted");

    // Attribution: role and region fit too few people, so the label is generalised, with the reasons.
    await author.getByLabel("Role: Senior social worker").check();
    await author.getByLabel("Region: London").check();
    await author.getByLabel("Wave: 2025").check();
    await author.getByRole("button", { name: "Check and save label" }).click();
    await expect(author.getByTestId("attribution-label")).toHaveText("Social worker, focus-group participant, 2025");
    const steps = author.getByTestId("attribution-steps");
    await expect(steps).toContainText("generalised role ‘Senior social worker’ to ‘social worker’");
    await expect(steps).toContainText("dropped region");
    await expect(author.getByTestId("attribution-result")).toContainText("fits 19 people (k = 10)");
    await expectNoSeriousA11yIssues(author);

    await author.getByRole("button", { name: "Shortlist" }).click();
    await expect(author.getByTestId("quote-status")).toHaveText("Shortlisted");
    const quoteUrl = author.url();
    const approvedWording = (await wording.textContent())!.trim();
    expect(approvedWording).not.toContain("Kwame");

    // The lead approves it from the review screen.
    const lead = await pageAs(browser, "lead");
    await lead.goto(quoteUrl);
    await expect(lead.getByRole("button", { name: "Check and save label" })).toHaveCount(0);
    await expectNoSeriousA11yIssues(lead);
    await lead.getByLabel("Comment with the decision (optional)").fill("Approved for the workload section.");
    await lead.getByRole("button", { name: "Approve" }).click();
    await expect(lead.getByTestId("quote-status")).toHaveText("Approved");
    await expect(lead.getByTestId("quote-comments")).toContainText("Approved for the workload section.");
    await lead.context().close();

    // The author exports the Word report: it downloads, and it holds the approved quote and no roster name.
    await author.goto(`/projects/${DEMO_SLUG}/report`);
    await expect(author.getByTestId("report-preview")).toContainText(approvedWording);
    await expectNoSeriousA11yIssues(author);
    const [download] = await Promise.all([
      author.waitForEvent("download"),
      author.getByRole("link", { name: "Export Word (.docx)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^big-conversation-report-\d{4}-\d{2}-\d{2}\.docx$/);
    const bytes = fs.readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    expect(text).toContain(approvedWording);
    expect(text).toContain("— Social worker, focus-group participant, 2025");
    expect(text).not.toMatch(/Kwame|Asante|flat share/);
    await author.context().close();

    // A viewer sees the approved quote on the theme page and in the report, never the candidate, and cannot open the quote pages.
    const viewer = await pageAs(browser, "viewer");
    await viewer.goto(`/projects/${DEMO_SLUG}/themes/${codeId}`);
    const themeQuotes = viewer.getByTestId("theme-quotes");
    await expect(themeQuotes.getByRole("heading", { name: "Approved quotes" })).toBeVisible();
    await expect(themeQuotes).toContainText(approvedWording);
    await expect(themeQuotes).toContainText("— Social worker, focus-group participant, 2025");
    await expect(themeQuotes.getByRole("listitem")).toHaveCount(1);
    await expect(viewer.locator("main")).not.toContainText("flat share");
    await expect(themeQuotes.getByRole("link")).toHaveCount(0);
    await expectNoSeriousA11yIssues(viewer);
    await viewer.goto(`/projects/${DEMO_SLUG}/report`);
    await expect(viewer.getByRole("heading", { level: 1, name: "Report" })).toBeVisible();
    await expect(viewer.getByTestId("report-preview")).toContainText(approvedWording);
    await expect(viewer.getByTestId("report-preview")).toContainText("— Social worker, focus-group participant, 2025");
    await expect(viewer.locator("main")).not.toContainText("flat share");
    await expect(viewer.getByRole("link", { name: /Export/ })).toHaveCount(0);
    await expectNoSeriousA11yIssues(viewer);
    const board = await viewer.goto(`/projects/${DEMO_SLUG}/quotes?code=${codeId}`);
    expect(board?.status()).toBe(403);
    const exportResponse = await viewer.context().request.get(`/api/projects/${DEMO_SLUG}/report/export?format=docx`);
    expect(exportResponse.status()).toBe(403);
    await viewer.context().close();
  });
});
