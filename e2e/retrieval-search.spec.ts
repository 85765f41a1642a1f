import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { expectNoSeriousA11yIssues } from "./support/axe";
import { e2eDatabase, firstId } from "./support/database";
import { actionId, callAction } from "./support/server-actions";
import { DEMO_SLUG, signIn } from "./support/session";

const MANAGERS = ["Team manager", "Service manager"];

function codeId(name: string): number {
  return firstId(
    "select c.id from codes c join projects p on p.id = c.project_id where p.slug = ? and c.name = ?",
    DEMO_SLUG,
    name,
  );
}

function rows<T>(sql: string, ...params: unknown[]): T[] {
  const db = e2eDatabase();
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

test.describe("retrieval and search", () => {
  test("retrieves a code filtered to South East managers and sees only those", async ({ page }) => {
    await signIn(page, "researcher");
    const code = codeId("Career development and progression");
    // Code 150 answers of one question and every turn of the team managers' focus group.
    const question = firstId(
      "select d.id from documents d join waves w on w.id = d.wave_id where d.kind = 'question' and w.label = '2025' order by d.id limit 1",
    );
    const answers = rows<{ start_offset: number; end_offset: number }>(
      "select start_offset, end_offset from answers where document_id = ? order by position limit 150",
      question,
    );
    const transcript = firstId("select id from documents where title = 'Team managers focus group'");
    const turns = rows<{ start_offset: number; end_offset: number }>(
      "select start_offset, end_offset from turns where document_id = ? and length(trim(text)) > 0",
      transcript,
    );
    const apply = actionId("app/projects/[slug]/codings/actions.ts#applyCodings");
    for (const [documentId, units] of [
      [question, answers],
      [transcript, turns],
    ] as const) {
      const answer = await callAction(page.context().request, apply, {
        projectSlug: DEMO_SLUG,
        documentId,
        ranges: units.map((unit) => ({ start: unit.start_offset, end: unit.end_offset })),
        codeIds: [code],
      });
      expect(answer.ok, answer.message).toBe(true);
    }

    await page.goto(`/projects/${DEMO_SLUG}/retrieval`);
    await expectNoSeriousA11yIssues(page);
    await page.getByLabel("Code", { exact: true }).selectOption(String(code));
    await expect(page.getByTestId("retrieval-total")).toBeVisible();
    const [{ n: everything }] = rows<{ n: number }>("select count(*) n from codings where code_id = ?", code);
    expect(everything).toBeGreaterThanOrEqual(answers.length);
    await expect(page.getByTestId("retrieval-total")).toHaveText(everything.toLocaleString("en-GB"));
    await expectNoSeriousA11yIssues(page);

    const filters = page.getByRole("form", { name: "Retrieval filters" });
    await filters.getByRole("group", { name: "Region" }).getByLabel("South East").check();
    await expect(page).toHaveURL(/f\.region=South\+East/);
    for (const role of MANAGERS) {
      await filters.getByRole("group", { name: "Role" }).getByLabel(role, { exact: true }).check();
      await expect(page).toHaveURL(new RegExp(`f\\.role=${role.replace(" ", "\\+")}`));
    }

    // The expected number, straight from the database: codings whose turn's speaker or answer's
    // respondent is a South East manager (the unit is the one the segment starts in).
    const [{ n: expected }] = rows<{ n: number }>(
      `with coded as (
         select c.id, s.document_id, s.start_offset from codings c join segments s on s.id = c.segment_id where c.code_id = ?
       ),
       units as (
         select coded.id, 'r' as kind, a.respondent_id as who from coded
           join answers a on a.document_id = coded.document_id and coded.start_offset >= a.start_offset and coded.start_offset < a.end_offset
         union all
         select coded.id, 'p', t.participant_id from coded
           join turns t on t.document_id = coded.document_id and coded.start_offset >= t.start_offset and coded.start_offset < t.end_offset
       ),
       values_of as (
         select 'r' as kind, v.respondent_id as who, a.name, v.value from respondent_attributes v join attributes a on a.id = v.attribute_id
         union all
         select 'p', v.participant_id, a.name, v.value from participant_attributes v join attributes a on a.id = v.attribute_id
       )
       select count(*) n from units u
       where exists (select 1 from values_of v where v.kind = u.kind and v.who = u.who and v.name = 'region' and v.value = 'South East')
         and exists (select 1 from values_of v where v.kind = u.kind and v.who = u.who and v.name = 'role' and v.value in ('Team manager', 'Service manager'))`,
      code,
    );
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(everything);
    await expect(page.getByTestId("retrieval-total")).toHaveText(expected.toLocaleString("en-GB"));
    const total = expected;

    const segments = page.getByTestId("retrieved-segment");
    const shown = await segments.evaluateAll((items) =>
      items.map((item) => [
        item.querySelector('[data-testid="attribute-region"]')?.textContent ?? null,
        item.querySelector('[data-testid="attribute-role"]')?.textContent ?? null,
      ]),
    );
    expect(shown).toHaveLength(Math.min(total, 100));
    for (const [region, role] of shown) {
      expect(region).toBe("South East");
      expect(MANAGERS).toContain(role);
    }
    await expect(segments.filter({ hasText: "Team managers focus group" }).first()).toBeVisible();
    await expectNoSeriousA11yIssues(page);

    // The researcher may export exactly this list.
    const exportLink = page.getByRole("link", { name: /Export CSV/ });
    await expect(exportLink).toBeVisible();
    const response = await page.context().request.get((await exportLink.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const csv = Papa.parse<Record<string, string>>((await response.text()).replace(/^\uFEFF/, ""), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.data).toHaveLength(total);
    for (const row of csv.data) {
      expect(row.region).toBe("South East");
      expect(MANAGERS).toContain(row.role);
      expect(row.Code).toBe("Career development and progression");
    }
  });

  test("auto-codes search hits after unticking one", async ({ page }) => {
    await signIn(page, "researcher");
    const code = codeId("AI in practice");
    await page.goto(`/projects/${DEMO_SLUG}/search`);
    await expectNoSeriousA11yIssues(page);
    await page.getByLabel("Search for").fill("laptop*");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByTestId("search-hit").first()).toBeVisible();
    const hits = Number(await page.getByTestId("hit-count").textContent());
    expect(hits).toBeGreaterThan(2);
    await expect(page.getByTestId("search-hit").first().locator("mark").first()).toHaveText(/^laptop/i);
    await expectNoSeriousA11yIssues(page);

    await page.getByRole("link", { name: "Code all hits…" }).click();
    const listed = page.getByTestId("codable-hit");
    await expect(listed).toHaveCount(hits);
    const keys = await listed.evaluateAll((items) => items.map((item) => item.getAttribute("data-unit")!));
    const codingsIn = (units: string[]) =>
      new Map(
        units.map((key) => {
          const [kind, id] = key.split("-");
          const [{ n }] = rows<{ n: number }>(
            `select count(*) n from ${kind === "turn" ? "turns" : "answers"} u
             join segments s on s.document_id = u.document_id and s.start_offset >= u.start_offset and s.end_offset <= u.end_offset
             join codings c on c.segment_id = s.id where u.id = ? and c.code_id = ?`,
            Number(id),
            code,
          );
          return [key, n];
        }),
      );
    const before = codingsIn(keys);
    await page.getByLabel("Code", { exact: true }).selectOption(String(code));
    await page.getByLabel("Exact match").check();
    const unticked = listed.nth(1);
    const unit = (await unticked.getAttribute("data-unit"))!;
    await unticked.getByRole("checkbox").uncheck();
    await expect(page.getByTestId("code-all-selection")).toContainText(`${hits - 1} of ${hits} hits ticked`);
    await expectNoSeriousA11yIssues(page);
    await page.getByRole("button", { name: new RegExp(`^Code ${hits - 1} hits with AI in practice`) }).click();
    await expect(page.getByTestId("code-all-result")).toContainText(`Coded ${hits - 1} hits`);

    // Every ticked hit got a new coding of the code on its words; the unticked one got none.
    const after = codingsIn(keys);
    expect(after.get(unit), unit).toBe(before.get(unit));
    for (const key of keys.filter((key) => key !== unit))
      expect(after.get(key)!, key).toBeGreaterThan(before.get(key)!);

    // The whole run is one step: undo takes every coding it made away again, redo brings them back.
    await page.getByRole("button", { name: new RegExp(`^Undo coding ${hits - 1} hits with AI in practice`) }).click();
    await expect(page.getByTestId("code-all-result")).toContainText(`Undone: coding ${hits - 1} hits`);
    expect(codingsIn(keys)).toEqual(before);
    await page.getByRole("button", { name: new RegExp(`^Redo coding ${hits - 1} hits with AI in practice`) }).click();
    await expect(page.getByTestId("code-all-result")).toContainText(`Redone: coding ${hits - 1} hits`);
    expect(codingsIn(keys)).toEqual(after);
  });

  test("a transcript hit jumps to its turn", async ({ page }) => {
    await signIn(page, "researcher");
    await page.goto(`/projects/${DEMO_SLUG}/search?q=Hackney`);
    const turnHit = page.getByTestId("search-hit").filter({ hasText: "Turn" }).first();
    await turnHit.getByRole("link").first().click();
    await expect(page).toHaveURL(/#turn-\d+$/);
    const turnId = new URL(page.url()).hash.slice(1);
    const turn = page.locator(`[id="${turnId}"]`);
    await expect(turn).toHaveClass(/turn-target/);
    await expect(turn).toContainText("Hackney");
    await expect(turn).toBeInViewport();
  });

  test("a malformed search shows a message, not an error page", async ({ page }) => {
    await signIn(page, "researcher");
    const response = await page.goto(`/projects/${DEMO_SLUG}/search?q=${encodeURIComponent('"pay rise')}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("search-problem")).toHaveText('The quote mark before "pay" is never closed.');
    await expectNoSeriousA11yIssues(page);
    await page.getByLabel("Search for").fill("pay AND");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByTestId("search-problem")).toHaveText("The search cannot end with AND.");
  });

  test("an author can search and retrieve but neither code all hits nor export", async ({ page }) => {
    await signIn(page, "author");
    await page.goto(`/projects/${DEMO_SLUG}/search?q=commute`);
    await expect(page.getByTestId("search-hit").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Code all hits…" })).toHaveCount(0);
    await expectNoSeriousA11yIssues(page);
    // Asking for the coding view by address shows plain results.
    await page.goto(`/projects/${DEMO_SLUG}/search?q=commute&mode=code`);
    await expect(page.getByTestId("codable-hit")).toHaveCount(0);

    const code = codeId("Commute and housing");
    await page.goto(`/projects/${DEMO_SLUG}/retrieval?code=${code}`);
    await expect(page.getByTestId("retrieval-counts")).toBeVisible();
    await expect(page.getByRole("link", { name: /Export CSV/ })).toHaveCount(0);
    await expectNoSeriousA11yIssues(page);
    const refused = await page.context().request.get(`/api/projects/${DEMO_SLUG}/retrieval/export?code=${code}`);
    expect(refused.status()).toBe(403);
  });
});
