import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yIssues } from "./support/axe";
import { e2eDatabase, firstId } from "./support/database";
import { DEMO_SLUG, signIn } from "./support/session";

const TRANSCRIPT = "Agency social workers focus group";
const QUESTION = "If you could change one thing to improve your working life, what would it be?";

function transcriptId(): number {
  return firstId(
    "select d.id from documents d join projects p on p.id = d.project_id where p.slug = ? and d.kind = 'transcript' and d.title = ?",
    DEMO_SLUG,
    TRANSCRIPT,
  );
}

function questionId(): number {
  return firstId(
    "select d.id from documents d join waves w on w.id = d.wave_id join projects p on p.id = d.project_id where p.slug = ? and d.kind = 'question' and d.title = ? and w.label = '2025'",
    DEMO_SLUG,
    QUESTION,
  );
}

/** The project's newest active code: far down the codebook, so not on a default key. */
function newestCode(): { id: number; name: string } {
  const db = e2eDatabase();
  try {
    return db
      .prepare(
        "select c.id, c.name from codes c join projects p on p.id = c.project_id where p.slug = ? and c.archived_at is null order by c.id desc limit 1",
      )
      .get(DEMO_SLUG) as { id: number; name: string };
  } finally {
    db.close();
  }
}

/** The researcher's codings of a code in a document, as [start, end] pairs. */
function researcherCodings(documentId: number, codeId: number): string[] {
  const db = e2eDatabase();
  try {
    return (
      db
        .prepare(
          `select s.start_offset || '-' || s.end_offset r from codings k join segments s on s.id = k.segment_id
           join users u on u.id = k.coder_id
           where s.document_id = ? and k.code_id = ? and u.email = 'researcher@demo.quoteline' order by k.id`,
        )
        .all(documentId, codeId) as { r: string }[]
    ).map((row) => row.r);
  } finally {
    db.close();
  }
}

/** Two active codes near the end of the codebook. */
function twoCodes(): { id: number; name: string }[] {
  const db = e2eDatabase();
  try {
    return db
      .prepare(
        "select c.id, c.name from codes c join projects p on p.id = c.project_id where p.slug = ? and c.archived_at is null order by c.id desc limit 2 offset 1",
      )
      .all(DEMO_SLUG) as { id: number; name: string }[];
  } finally {
    db.close();
  }
}

function pinnedKey(codeId: number): number | null {
  const db = e2eDatabase();
  try {
    const row = db
      .prepare(
        "select k.key from code_keys k join users u on u.id = k.user_id where u.email = 'researcher@demo.quoteline' and k.code_id = ?",
      )
      .get(codeId) as { key: number } | undefined;
    return row?.key ?? null;
  } finally {
    db.close();
  }
}

/** A code's own item in the codebook tree (its parents' items hold its text too). */
function codebookItem(page: Page, name: string) {
  return page
    .getByRole("tree", { name: "Codebook" })
    .getByRole("treeitem")
    .filter({ has: page.getByText(name, { exact: true }) })
    .last();
}

async function openTranscript(page: Page) {
  await page.goto(`/projects/${DEMO_SLUG}/documents/${transcriptId()}`);
  await expect(page.getByTestId("transcript-editor")).toHaveAttribute("data-ready", "true");
}

/**
 * Drags the mouse in the first turn from inside its first word to inside a later word of four or more
 * letters; returns the turn's text, where the drag started and ended, and the whole words it touches.
 */
async function dragAcrossWords(page: Page, altAtRelease = false) {
  const drag = await page
    .locator(".turn .turn-text")
    .first()
    .evaluate((element) => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const text = nodes.map((node) => node.data).join("");
      const words = [...text.matchAll(/[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu)];
      const first = words[0];
      const last = words.slice(2).find((word) => word[0].length >= 4)!;
      const from = first.index + 1;
      const to = last.index + 2;
      const at = (offset: number) => {
        let rest = offset;
        for (const node of nodes) {
          if (rest < node.data.length) {
            const range = document.createRange();
            range.setStart(node, rest);
            range.setEnd(node, rest + 1);
            const box = range.getBoundingClientRect();
            return { x: box.left + 1, y: box.top + box.height / 2 };
          }
          rest -= node.data.length;
        }
        throw new Error("offset past the turn");
      };
      return {
        text,
        from,
        to,
        words: text.slice(first.index, last.index + last[0].length),
        start: at(from),
        end: at(to),
      };
    });
  await page.mouse.move(drag.start.x, drag.start.y);
  await page.mouse.down();
  await page.mouse.move(drag.end.x, drag.end.y, { steps: 4 });
  if (altAtRelease) await page.keyboard.down("Alt");
  await page.mouse.up();
  if (altAtRelease) await page.keyboard.up("Alt");
  return drag;
}

test.describe("one key map everywhere", () => {
  test("a code pinned to 3 applies with 3 in the transcript, the answer grid and the search results", async ({
    page,
  }) => {
    await signIn(page, "researcher");
    const code = newestCode();
    const transcript = transcriptId();
    const question = questionId();

    // Pin from the key strip's "Pin keys…" dialog.
    await openTranscript(page);
    await page.getByRole("button", { name: "Pin keys…" }).click();
    const dialog = page.getByRole("dialog", { name: "Pin codes to keys" });
    await expect(dialog).toBeVisible();
    await expectNoSeriousA11yIssues(page);
    await dialog.getByLabel("Key 3").selectOption(String(code.id));
    await expect.poll(() => pinnedKey(code.id)).toBe(3);
    await page.keyboard.press("Escape");
    const strip = page.getByRole("list", { name: "Digit shortcuts" });
    await expect(strip.locator('[data-key="3"]')).toContainText(code.name);

    // Transcript: select two words with the keyboard, press 3.
    const beforeTranscript = researcherCodings(transcript, code.id).length;
    await page.getByRole("textbox", { name: "Transcript text" }).focus();
    await page.keyboard.press("Control+Home");
    await page.keyboard.press("Control+Shift+ArrowRight");
    await page.keyboard.press("Control+Shift+ArrowRight");
    await page.keyboard.press("3");
    await expect(page.locator(`.coding[data-code-id="${code.id}"]`).first()).toBeVisible();
    await expect.poll(() => researcherCodings(transcript, code.id).length).toBe(beforeTranscript + 1);
    await expect(page.locator(".coding[data-pending]")).toHaveCount(0);

    // Answer grid: the same key strip, and 3 codes the focused answer with the same code.
    await page.goto(`/projects/${DEMO_SLUG}/questions/${question}`);
    await expect(page.getByRole("list", { name: "Digit shortcuts" }).locator('[data-key="3"]')).toContainText(
      code.name,
    );
    const beforeGrid = researcherCodings(question, code.id).length;
    const row = page.locator('[data-answer-id][data-index="0"]');
    await row.getByRole("rowheader").click();
    await page.keyboard.press("3");
    await expect(page.getByTestId("grid-announcement")).toContainText(`as ${code.name}`);
    await expect.poll(() => researcherCodings(question, code.id).length).toBe(beforeGrid + 1);
    await expect(page.getByTestId("answer-grid")).toHaveAttribute("data-saving", "false");

    // Search results: focus a hit, press 3: its whole turn or answer is coded.
    await page.goto(`/projects/${DEMO_SLUG}/search?q=caseload`);
    const hit = page.getByTestId("search-hit").first();
    await expect(hit).toBeVisible();
    const documentHref = (await hit.getByRole("link").first().getAttribute("href"))!;
    const hitDocument = Number(/\/(?:documents|questions)\/(\d+)/.exec(documentHref)![1]);
    const beforeSearch = researcherCodings(hitDocument, code.id).length;
    await hit.focus();
    await page.keyboard.press("3");
    await expect(hit.getByTestId("hit-coded")).toContainText(code.name);
    await expect(page.getByTestId("search-announcement")).toContainText(`as ${code.name}`);
    await expect.poll(() => researcherCodings(hitDocument, code.id).length).toBe(beforeSearch + 1);
    await page.keyboard.press("ArrowDown");
    await expect(page.getByTestId("search-hit").nth(1)).toBeFocused();
    await expectNoSeriousA11yIssues(page);
  });

  test("a mouse selection snaps to whole words and offers Code (C); C opens the picker with the selection still highlighted", async ({
    page,
  }) => {
    await signIn(page, "researcher");
    await openTranscript(page);
    // From inside the first word to inside a later one: the selection takes the whole words.
    const { words, text, from, to } = await dragAcrossWords(page);
    expect(text.slice(from, to)).not.toBe(words);
    await expect(page.getByTestId("selection-code-button")).toBeVisible();
    await expect(page.locator("[cmdk-root]")).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(words);

    await page.keyboard.press("c");
    await expect(page.locator("[cmdk-root]")).toBeVisible();
    await expect(page.locator("[cmdk-input]")).toBeFocused();
    await expect(page.locator("[cmdk-input]")).toHaveValue("");
    await expect(page.getByTestId("selection-code-button")).toHaveCount(0);
    const highlighted = () =>
      page.evaluate(() => {
        const highlight = CSS.highlights.get("coding-pending");
        return highlight ? [...highlight].map((range) => range.toString()).join("") : null;
      });
    await expect.poll(highlighted).toBe(words);
    await page.keyboard.press("Escape");
    await expect(page.locator("[cmdk-root]")).toHaveCount(0);
    await expect.poll(highlighted).toBeNull();
    // Esc again clears the selection (a drag that starts inside a selection would move it instead).
    await expect(page.getByRole("textbox", { name: "Transcript text" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect.poll(() => page.evaluate(() => window.getSelection()?.isCollapsed)).toBe(true);

    // With Alt held as the mouse is let go the selection keeps its cut ends; the button opens the picker too.
    await dragAcrossWords(page, true);
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(text.slice(from, to));
    await page.getByTestId("selection-code-button").click();
    await expect(page.locator("[cmdk-root]")).toBeVisible();
    await expect.poll(highlighted).toBe(text.slice(from, to));
    await page.keyboard.press("Escape");
  });

  test("? lists every key of the page in an accessible dialog, on the transcript, the grid and the search results", async ({
    page,
  }) => {
    await signIn(page, "researcher");
    await openTranscript(page);
    await page.getByRole("textbox", { name: "Transcript text" }).focus();
    await page.keyboard.press("?");
    const overlay = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(overlay).toBeVisible();
    await expect(overlay.getByTestId("key-map")).toContainText("Select the whole turn");
    await expect(overlay.getByTestId("key-map")).toContainText("Apply the code pinned to that key");
    await expectNoSeriousA11yIssues(page);
    await page.keyboard.press("Escape");
    await expect(overlay).toBeHidden();

    await page.goto(`/projects/${DEMO_SLUG}/questions/${questionId()}`);
    await page.getByRole("button", { name: /^Keys/ }).click();
    await expect(overlay.getByTestId("key-map")).toContainText("Previous or next answer");
    await expectNoSeriousA11yIssues(page);
    await page.keyboard.press("Escape");

    await page.goto(`/projects/${DEMO_SLUG}/search?q=caseload`);
    await page.getByTestId("search-hit").first().focus();
    await page.keyboard.press("?");
    await expect(overlay.getByTestId("key-map")).toContainText("Previous or next hit");
    await expectNoSeriousA11yIssues(page);
  });

  test("a lead sees the key list without coding keys", async ({ page }) => {
    await signIn(page, "lead");
    await openTranscript(page);
    await expect(page.getByRole("list", { name: "Digit shortcuts" })).toHaveCount(0);
    await page.getByRole("button", { name: /^Keys/ }).click();
    const overlay = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(overlay.getByTestId("key-map")).toContainText("Select the whole turn");
    await expect(overlay.getByTestId("key-map")).not.toContainText("Apply the code pinned");
  });

  test("pinning from the codebook to a taken key moves the old code off it", async ({ page }) => {
    await signIn(page, "researcher");
    const [first, second] = twoCodes();
    await page.goto(`/projects/${DEMO_SLUG}/codebook`);
    await codebookItem(page, first.name).click();
    await page.getByLabel("Pin to key").selectOption("5");
    await expect.poll(() => pinnedKey(first.id)).toBe(5);
    await codebookItem(page, second.name).click();
    await expect(page.getByLabel("Pin to key").locator('option[value="5"]')).toHaveText(`Key 5 (now ${first.name})`);
    await page.getByLabel("Pin to key").selectOption("5");
    await expect.poll(() => pinnedKey(second.id)).toBe(5);
    expect(pinnedKey(first.id)).toBeNull();
    await expectNoSeriousA11yIssues(page);
    await openTranscript(page);
    await expect(page.getByRole("list", { name: "Digit shortcuts" }).locator('[data-key="5"]')).toContainText(
      second.name,
    );
  });
});
