import { expect, type Locator, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yIssues } from "./support/axe";
import { allRows, e2eDatabase, firstId } from "./support/database";
import { demoCodeId, demoDocumentId } from "./support/demo-ids";
import { actionId, callAction } from "./support/server-actions";
import { DEMO_SLUG, signIn } from "./support/session";

const TITLE = "Team managers focus group";
const WORKLOAD = "Workload and caseloads";
const PAY = "Pay and remuneration";

interface TurnRow {
  id: number;
  start: number;
  end: number;
}

function transcript(id: number): { text: string; turns: TurnRow[] } {
  const db = e2eDatabase();
  try {
    const { text } = db.prepare("select text from documents where id = ?").get(id) as { text: string };
    const turns = db
      .prepare("select id, start_offset start, end_offset end from turns where document_id = ? order by start_offset")
      .all(id) as TurnRow[];
    return { text, turns };
  } finally {
    db.close();
  }
}

function segmentId(document: number, start: number, end: number): number {
  return firstId(
    "select id from segments where document_id = ? and start_offset = ? and end_offset = ?",
    document,
    start,
    end,
  );
}

/** The transcript page and the parts of it this journey uses. */
class StripesPage {
  constructor(readonly page: Page) {}

  async open(id: number) {
    await this.page.goto(`/projects/${DEMO_SLUG}/documents/${id}`);
    await expect(this.page.getByTestId("transcript-editor")).toHaveAttribute("data-ready", "true");
  }

  get editor(): Locator {
    return this.page.getByRole("textbox", { name: "Transcript text" });
  }

  turn(id: number): Locator {
    return this.page.locator(`#turn-${id}`);
  }

  stripe(turnId: number, code: string): Locator {
    return this.turn(turnId).getByRole("button", { name: new RegExp(`^${code}, coded by `) });
  }

  /** The list item around a stripe, which carries its look. */
  stripeItem(turnId: number, code: string): Locator {
    return this.turn(turnId)
      .locator(".stripe")
      .filter({ has: this.page.getByRole("button", { name: new RegExp(`^${code}, coded by `) }) });
  }

  get findField(): Locator {
    return this.page.getByRole("searchbox", { name: "Find in the transcript" });
  }
}

test.describe("coding stripes, focus and find", () => {
  test("stripes name two overlapping codes, a click or Enter on one selects its coding, focus dims the rest, a memo marker opens", async ({
    page,
  }) => {
    await signIn(page, "researcher");
    const id = demoDocumentId(TITLE);
    const { text, turns } = transcript(id);
    const turn = turns.find((candidate) => candidate.end - candidate.start >= 120 && candidate !== turns[0])!;
    const workload = { start: turn.start, end: turn.start + 60 };
    const pay = { start: turn.start + 30, end: turn.start + 110 };
    const request = page.context().request;
    const apply = actionId("app/projects/[slug]/codings/actions.ts#applyCodings");
    for (const [range, code] of [
      [workload, WORKLOAD],
      [pay, PAY],
    ] as const) {
      const answer = await callAction(request, apply, {
        projectSlug: DEMO_SLUG,
        documentId: id,
        ranges: [range],
        codeIds: [demoCodeId(code)],
      });
      expect(answer.ok, answer.raw).toBe(true);
    }
    const memo = await callAction(request, actionId("app/projects/[slug]/memos/actions.ts#addMemo"), {
      projectSlug: DEMO_SLUG,
      on: { target: "segment", segmentId: segmentId(id, workload.start, workload.end) },
      body: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "Caseload stripe memo" }] }],
      },
    });
    expect(memo.ok, memo.raw).toBe(true);

    const view = new StripesPage(page);
    await view.open(id);
    await view.turn(turn.id).scrollIntoViewIfNeeded();

    // Assistive technology hears the codes of the passage by name, not by colour.
    const list = view.turn(turn.id).getByRole("list", { name: /^Coded: / });
    await expect(list).toHaveAccessibleName(new RegExp(`${PAY}.*${WORKLOAD}`));
    const payStripe = view.stripe(turn.id, PAY);
    const workloadStripe = view.stripe(turn.id, WORKLOAD);
    await expect(payStripe).toHaveText(PAY);
    await expect(workloadStripe).toHaveText(WORKLOAD);
    await expect(payStripe).toHaveAccessibleName(
      new RegExp(
        `“${escapePattern(
          text
            .slice(pay.start, pay.start + 20)
            .replace(/\s+/g, " ")
            .trim(),
        )}`,
      ),
    );
    // Overlapping codings stand side by side, in lanes of their own.
    const payBox = (await payStripe.boundingBox())!;
    const workloadBox = (await workloadStripe.boundingBox())!;
    expect(payBox.x).not.toBe(workloadBox.x);
    expect(payBox.y).toBeGreaterThan(workloadBox.y);
    await expectNoSeriousA11yIssues(page);

    await payStripe.click();
    await expect(payStripe).toHaveAttribute("aria-pressed", "true");
    const popover = page.getByRole("dialog", { name: "Codings here" });
    await expect(popover).toContainText(PAY);
    await expect(popover).not.toContainText(WORKLOAD);
    await page.keyboard.press("Escape");
    await expect(popover).toHaveCount(0);

    // The keyboard reaches a stripe too.
    await workloadStripe.focus();
    await page.keyboard.press("Enter");
    await expect(popover).toContainText(WORKLOAD);
    await page.keyboard.press("Escape");

    // Focus on Pay: its stripes stay, Workload's are greyed; the coded share is shown by characters.
    await page.getByRole("button", { name: "Focus on codes" }).click();
    await page.getByRole("checkbox", { name: PAY }).check();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("button", { name: `Focus: ${PAY}` })).toBeVisible();
    await expect(view.stripeItem(turn.id, WORKLOAD)).toHaveAttribute("data-dimmed", "");
    await expect(view.stripeItem(turn.id, PAY)).not.toHaveAttribute("data-dimmed");
    await expect(page.getByTestId("coded-share")).toContainText(
      /Coded: \d+% of the text \(by characters\) · \d+ of 70 turns/,
    );

    const marker = view.turn(turn.id).getByRole("button", { name: /^Memo on “/ });
    await marker.click();
    await expect(page.getByRole("dialog", { name: /^Memo on “/ })).toContainText("Caseload stripe memo");
    await expectNoSeriousA11yIssues(page);
  });

  test("a turn with more codings than lanes shows a +N bar that lists the rest, and the text keeps its width", async ({
    page,
  }) => {
    await signIn(page, "researcher");
    const id = demoDocumentId(TITLE);
    const { turns } = transcript(id);
    // A long turn the other journeys here leave alone (they take the first long one and the last).
    const turn = turns.filter((candidate) => candidate.end - candidate.start >= 120).at(-2)!;
    const codes = allRows<{ id: number; name: string }>(
      "select c.id, c.name from codes c join projects p on p.id = c.project_id where p.slug = ? and c.archived_at is null order by c.id limit 8",
      DEMO_SLUG,
    );
    expect(codes).toHaveLength(8);
    const answer = await callAction(
      page.context().request,
      actionId("app/projects/[slug]/codings/actions.ts#applyCodings"),
      {
        projectSlug: DEMO_SLUG,
        documentId: id,
        ranges: [{ start: turn.start + 10, end: turn.start + 80 }],
        codeIds: codes.map((code) => code.id),
      },
    );
    expect(answer.ok, answer.raw).toBe(true);

    const view = new StripesPage(page);
    await view.open(id);
    // Every turn laid out at once, so the turn stays where it is scrolled to (off-screen turns are otherwise
    // laid out as they come near, moving the ones below them while the machine is busy).
    await page.addStyleTag({ content: ".coding-editor .turn { content-visibility: visible !important; }" });
    // Eight codings on one stretch (more with the demo's own) in six lanes: five drawn, then a bar for the rest.
    const more = view.turn(turn.id).getByRole("button", { name: /^\+\d+ more codings here: / });
    await view.turn(turn.id).scrollIntoViewIfNeeded();
    await expect(more).toBeVisible();
    const count = Number((await more.getAttribute("aria-label"))!.match(/^\+(\d+)/)![1]);
    expect(count).toBeGreaterThanOrEqual(3);
    await expect(more).toHaveText(`+${count}`);
    await expect(view.turn(turn.id).getByRole("button", { name: /, coded by / })).toHaveCount(5);
    const margin = (await view.turn(turn.id).locator(".stripe-margin").boundingBox())!;
    const text = (await view.turn(turn.id).locator(".turn-text").boundingBox())!;
    expect(margin.width).toBeLessThan(text.width);
    // The bar names the codes it holds; a click lists those codings.
    const label = (await more.getAttribute("aria-label"))!;
    const hidden = codes.filter((code) => label.includes(code.name));
    expect(hidden.length).toBeGreaterThanOrEqual(3);
    await more.click();
    const popover = page.getByRole("dialog", { name: "Codings here" });
    for (const code of hidden) await expect(popover).toContainText(code.name);
    await expectNoSeriousA11yIssues(page);
  });

  test("Ctrl+F finds text in a turn far below the fold, steps with Enter and Shift+Enter, and Escape selects the hit", async ({
    page,
  }) => {
    await signIn(page, "researcher");
    const id = demoDocumentId(TITLE);
    const { text, turns } = transcript(id);
    const last = turns.at(-1)!;
    const words = text
      .slice(last.start, last.end)
      .split(/\s+/)
      .filter((word) => /^[A-Za-z']+$/.test(word));
    const lower = text.toLowerCase();
    let phrase = "";
    for (let at = 0; at + 3 <= words.length && !phrase; at++) {
      const candidate = words.slice(at, at + 3).join(" ");
      const found = lower.indexOf(candidate.toLowerCase());
      if (found >= last.start && found === lower.lastIndexOf(candidate.toLowerCase())) phrase = candidate;
    }
    expect(phrase, "a phrase found only in the last turn").not.toBe("");
    const common = "social work";
    const expected = turns.reduce((sum, turn) => sum + (lower.slice(turn.start, turn.end).split(common).length - 1), 0);
    expect(expected).toBeGreaterThan(2);

    const view = new StripesPage(page);
    await view.open(id);
    await expect(view.turn(last.id)).not.toBeInViewport();
    await view.editor.focus();
    await page.keyboard.press("Control+f");
    await expect(view.findField).toBeFocused();
    await view.findField.fill(phrase);
    await expect(page.getByTestId("find-count")).toHaveText("1 of 1");
    await expect(view.turn(last.id)).toBeInViewport();

    await view.findField.fill(common);
    await expect(page.getByTestId("find-count")).toHaveText(new RegExp(`^\\d+ of ${expected}$`));
    const first = Number((await page.getByTestId("find-count").textContent())!.split(" ")[0]);
    await view.findField.press("Enter");
    await expect(page.getByTestId("find-count")).toHaveText(`${(first % expected) + 1} of ${expected}`);
    await view.findField.press("Shift+Enter");
    await expect(page.getByTestId("find-count")).toHaveText(`${first} of ${expected}`);
    await expectNoSeriousA11yIssues(page);

    await view.findField.fill(phrase);
    await expect(page.getByTestId("find-count")).toHaveText("1 of 1");
    await view.findField.press("Escape");
    await expect(view.findField).toHaveCount(0);
    await expect(view.editor).toBeFocused();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(phrase);
    await expect(view.turn(last.id)).toBeInViewport();
  });
});

function escapePattern(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
