import { expect, type Locator, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yIssues } from "./support/axe";
import { e2eDatabase, firstId } from "./support/database";
import { actionId, callAction } from "./support/server-actions";
import { DEMO_SLUG, signIn } from "./support/session";

const TITLE = "Agency social workers focus group";

function transcriptId(): number {
  return firstId(
    "select d.id from documents d join projects p on p.id = d.project_id where p.slug = ? and d.kind = 'transcript' and d.title = ?",
    DEMO_SLUG,
    TITLE,
  );
}

function codeId(name: string): number {
  return firstId(
    "select c.id from codes c join projects p on p.id = c.project_id where p.slug = ? and c.name = ?",
    DEMO_SLUG,
    name,
  );
}

/** A coder's codings near the start of the transcript (the demo seed codes later turns). */
function codingsOf(documentId: number, email: string): { code: string; text: string; start: number }[] {
  const db = e2eDatabase();
  try {
    return db
      .prepare(
        `select c.name code, s.text text, s.start_offset start from codings k
         join segments s on s.id = k.segment_id join codes c on c.id = k.code_id join users u on u.id = k.coder_id
         where s.document_id = ? and u.email = ? and s.end_offset <= 30 order by c.name`,
      )
      .all(documentId, email) as { code: string; text: string; start: number }[];
  } finally {
    db.close();
  }
}

/** How many codings of these codes the researcher has in the document. */
function researcherCodings(documentId: number, codeIds: number[]): number {
  const db = e2eDatabase();
  try {
    const row = db
      .prepare(
        `select count(*) n from codings k join segments s on s.id = k.segment_id join users u on u.id = k.coder_id
         where s.document_id = ? and u.email = 'researcher@demo.quoteline' and k.code_id in (${codeIds.map(() => "?").join(", ")})`,
      )
      .get(documentId, ...codeIds) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

/** The transcript coding view as a user sees it. */
class TranscriptPage {
  constructor(readonly page: Page) {}

  async open(documentId: number) {
    const response = await this.page.goto(`/projects/${DEMO_SLUG}/documents/${documentId}`);
    await expect(this.editor).toBeVisible();
    await expect(this.page.getByTestId("transcript-editor")).toHaveAttribute("data-ready", "true");
    return response;
  }

  get editor(): Locator {
    return this.page.getByRole("textbox", { name: "Transcript text" });
  }

  get picker(): Locator {
    return this.page.locator("[cmdk-root]");
  }

  get firstTurn(): Locator {
    return this.editor.locator(".turn").first();
  }

  /** The text each drawn coding of a code covers in the first turn, its pieces joined. */
  async codedText(codeId: number): Promise<string[]> {
    return this.firstTurn.locator(`.coding[data-code-id="${codeId}"]`).evaluateAll((elements) => {
      const byKey = new Map<string, string>();
      for (const element of elements as HTMLElement[]) {
        const key = element.dataset.codingKey!;
        byKey.set(key, (byKey.get(key) ?? "") + element.textContent);
      }
      return [...byKey.values()];
    });
  }

  /** Tabs from the top of the page until the transcript has focus: no mouse involved. */
  async tabIntoTranscript() {
    await this.page.locator("body").focus();
    for (let presses = 0; presses < 60; presses++) {
      await this.page.keyboard.press("Tab");
      if (await this.editor.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error("Tab never reached the transcript");
  }

  async waitForServer() {
    await expect(this.page.locator(".coding[data-pending]")).toHaveCount(0);
  }
}

test.describe("transcript coding view", () => {
  test("a researcher codes with the keyboard only, overlaps a second code, removes one, undoes and writes a memo", async ({
    page,
  }) => {
    await signIn(page, "researcher");
    const documentId = transcriptId();
    const workload = codeId("Workload and caseloads");
    const pay = codeId("Pay and remuneration");
    const view = new TranscriptPage(page);
    await view.open(documentId);
    await expectNoSeriousA11yIssues(page);

    // Keyboard only: Tab in, select two words with Ctrl+Shift+→, C opens the picker, type, Enter.
    await view.tabIntoTranscript();
    await page.keyboard.press("Control+Shift+ArrowRight");
    await page.keyboard.press("Control+Shift+ArrowRight");
    await page.keyboard.press("c");
    await expect(view.picker).toBeVisible();
    await expect(page.locator("[cmdk-input]")).toBeFocused();
    await expectNoSeriousA11yIssues(page);
    await page.keyboard.type("Workload");
    await page.keyboard.press("Enter");
    await expect(view.picker).toBeHidden();
    await expect.poll(() => view.codedText(workload)).toEqual(["Okay, we're"]);
    await view.waitForServer();
    expect(codingsOf(documentId, "researcher@demo.quoteline")).toEqual([
      { code: "Workload and caseloads", text: "Okay, we're", start: 0 },
    ]);

    // The selection is still there when the picker closes: widen it by a word and add an overlapping code.
    await expect(view.editor).toBeFocused();
    await page.keyboard.press("Control+Shift+ArrowRight");
    await page.keyboard.press("c");
    await page.keyboard.type("Pay and");
    await page.keyboard.press("Enter");
    await expect.poll(() => view.codedText(pay)).toEqual(["Okay, we're recording"]);
    await expect.poll(() => view.codedText(workload)).toEqual(["Okay, we're"]);
    await view.waitForServer();
    // Where both codings cover the text, the two spans nest, each in its own stripe lane.
    const lanes = await view.firstTurn
      .locator(".coding")
      .evaluateAll((elements) => [...new Set(elements.map((e) => (e as HTMLElement).dataset.lane))].sort());
    expect(lanes).toEqual(["0", "1"]);

    // Enter on coded text lists its codings; remove the pay coding from there.
    await page.keyboard.press("Home");
    await page.keyboard.press("Enter");
    const here = page.getByTestId("codings-here");
    await expect(here.getByRole("listitem")).toHaveCount(2);
    await expectNoSeriousA11yIssues(page);
    await here
      .getByRole("listitem")
      .filter({ hasText: "Pay and remuneration" })
      .getByRole("button", { name: "Remove" })
      .click();
    await expect(view.firstTurn.locator(`.coding[data-code-id="${pay}"]`)).toHaveCount(0);
    await expect(page.getByTestId("coding-message")).toContainText("Removed Pay and remuneration");
    await expect
      .poll(() => codingsOf(documentId, "researcher@demo.quoteline").map((c) => c.code))
      .toEqual(["Workload and caseloads"]);

    // Ctrl+Z brings it back; Ctrl+Z again takes it away once more.
    await expect(view.editor).toBeFocused();
    await page.keyboard.press("Control+z");
    await expect.poll(() => view.codedText(pay)).toEqual(["Okay, we're recording"]);
    await view.waitForServer();
    await expect.poll(() => codingsOf(documentId, "researcher@demo.quoteline").length).toBe(2);
    await page.getByRole("button", { name: /^Undo coding with Pay and remuneration/ }).click();
    await expect(view.firstTurn.locator(`.coding[data-code-id="${pay}"]`)).toHaveCount(0);
    await expect.poll(() => codingsOf(documentId, "researcher@demo.quoteline").length).toBe(1);

    // A memo on the transcript: rich text, saved and still there after a reload.
    await page.getByRole("button", { name: "New memo on this transcript" }).click();
    const memo = page.getByRole("textbox", { name: "Memo on this transcript" });
    await expect(memo).toBeFocused();
    await page.keyboard.type("First read: caseloads dominate – “31 children” 😀");
    await page.getByRole("button", { name: "Save memo" }).click();
    const memos = page.getByRole("region", { name: "Memos" });
    await expect(memos.getByText("First read: caseloads dominate – “31 children” 😀")).toBeVisible();
    await view.open(documentId);
    await expect(page.getByRole("region", { name: "Memos" }).getByText("First read: caseloads dominate")).toBeVisible();
    await expect.poll(() => view.codedText(workload)).toEqual(["Okay, we're"]);
    await expectNoSeriousA11yIssues(page);
  });

  test("the picker creates a code from typed words, applies several codes at once and codes in vivo", async ({
    page,
  }) => {
    await signIn(page, "researcher");
    const documentId = transcriptId();
    const view = new TranscriptPage(page);
    await view.open(documentId);
    await view.tabIntoTranscript();
    // A later turn, whole: T selects the turn the caret is in.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("t");
    await page.keyboard.press("c");
    await page.keyboard.type("Recording consent é");
    await expect(page.getByRole("option", { name: "Create code “Recording consent é”" })).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("coding-message")).toContainText("with Recording consent é");
    const created = codeId("Recording consent é");
    await expect(page.locator(`.coding[data-code-id="${created}"]`).first()).toBeVisible();

    // Space picks two codes, Enter applies both to the same selection.
    await page.keyboard.press("c");
    await page.keyboard.type("Psych");
    await page.keyboard.press("Shift+Enter");
    await page.locator("[cmdk-input]").fill("");
    await page.keyboard.type("Retention");
    await page.keyboard.press("Shift+Enter");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("coding-message")).toContainText("Psychological safety, Retention");
    await view.waitForServer();

    // Both codings are one step: Ctrl+Z takes both away, Ctrl+Shift+Z brings both back, on screen and on the server.
    const both = [codeId("Psychological safety"), codeId("Retention")];
    const saved = () => researcherCodings(documentId, both);
    const drawn = () =>
      page
        .locator(both.map((id) => `.coding[data-code-id="${id}"]`).join(", "))
        .evaluateAll((elements) => new Set(elements.map((element) => (element as HTMLElement).dataset.codingKey)).size);
    const [savedBefore, drawnBefore] = [saved(), await drawn()];
    await page.keyboard.press("Control+z");
    await expect(page.getByTestId("coding-message")).toContainText(
      "Undone: coding with Psychological safety, Retention",
    );
    await expect.poll(saved).toBe(savedBefore - 2);
    await expect.poll(drawn).toBe(drawnBefore - 2);
    await page.keyboard.press("Control+Shift+z");
    await expect(page.getByTestId("coding-message")).toContainText(
      "Redone: coding with Psychological safety, Retention",
    );
    await view.waitForServer();
    await expect.poll(saved).toBe(savedBefore);
    await expect.poll(drawn).toBe(drawnBefore);

    // In vivo: the last two words of the turn become a code of that name, applied to them.
    await page.keyboard.press("End");
    await page.keyboard.press("Control+Shift+ArrowLeft");
    await page.keyboard.press("Control+Shift+ArrowLeft");
    await page.keyboard.press("c");
    const inVivo = page.getByRole("option", { name: /^In-vivo code “/ });
    await expect(inVivo).toBeVisible();
    const words = ((await inVivo.textContent()) ?? "").replace(/^In-vivo code “|”$/g, "");
    expect(words.split(" ")).toHaveLength(2);
    await page.keyboard.press("End");
    await expect(inVivo).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("coding-message")).toContainText(`with ${words}.`);
    await view.waitForServer();
    const inVivoCode = codeId(words);
    await expect.poll(() => view.codedText(inVivoCode)).toEqual([words]);
  });

  test("a lead reads the transcript and its codings but has no coding controls, and the server refuses a lead's coding", async ({
    page,
  }) => {
    const documentId = transcriptId();
    await signIn(page, "lead");
    const view = new TranscriptPage(page);
    await view.open(documentId);
    await expect(page.locator(".turn").first()).toBeVisible();
    await expect(page.getByRole("button", { name: /Code selection/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Undo/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /New memo/ })).toHaveCount(0);
    await expectNoSeriousA11yIssues(page);

    await view.tabIntoTranscript();
    await page.keyboard.press("Control+Shift+ArrowRight");
    await page.keyboard.press("c");
    await expect(page.getByTestId("coding-message")).toContainText("lets you read codings but not add them");
    await expect(view.picker).toHaveCount(0);

    const before = codingsOf(documentId, "lead@demo.quoteline").length;
    const refused = await callAction(
      page.context().request,
      actionId("app/projects/[slug]/codings/actions.ts#applyCodings"),
      {
        projectSlug: DEMO_SLUG,
        documentId,
        ranges: [{ start: 0, end: 4 }],
        codeIds: [codeId("Retention")],
      },
    );
    expect(refused.ok).toBe(false);
    expect(refused.code).toBe("forbidden");
    expect(codingsOf(documentId, "lead@demo.quoteline")).toHaveLength(before);
  });

  test("a viewer gets 403 on the transcript page", async ({ page }) => {
    await signIn(page, "viewer");
    const response = await page.goto(`/projects/${DEMO_SLUG}/documents/${transcriptId()}`);
    expect(response?.status()).toBe(403);
    await expectNoSeriousA11yIssues(page);
  });
});
