import path from "node:path";
import { type Browser, expect, type Page, test } from "@playwright/test";
import Database from "better-sqlite3";
import { expectNoSeriousA11yIssues } from "./support/axe";
import { e2eDatabase } from "./support/database";
import { actionId, callAction } from "./support/server-actions";
import { DEMO_SLUG, type DemoUser, EMAILS, signIn } from "./support/session";

// A closed round of six answers double-coded by the demo's researcher and owner with a code made for it:
// they differ on three answers, which the lead settles with the keyboard alone.
// Three browsers and a dozen pages: more than the default minute on a loaded machine.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const CODE_NAME = `Agreement check ${Date.now()}`;
let roundId: number;
let codeId: number;
let questionId: number;
let answers: { id: number; start: number; end: number }[];

/** The e2e server's database, writable: only to make the code and seed the closed round (setup, not the journey). */
function writableDatabase(): Database.Database {
  const port = process.env.E2E_PORT ?? "3100";
  const db = new Database(path.join(process.cwd(), ".tmp", `e2e-${port}`, "quoteline.sqlite"));
  db.pragma("busy_timeout = 15000");
  return db;
}

async function pageAs(browser: Browser, user: DemoUser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user);
  return page;
}

async function code(page: Page, start: number, end: number): Promise<void> {
  const result = await callAction(
    page.context().request,
    actionId("app/projects/[slug]/codings/actions.ts#applyCodings"),
    { projectSlug: DEMO_SLUG, documentId: questionId, ranges: [{ start, end }], codeIds: [codeId] },
    `/projects/${DEMO_SLUG}/questions/${questionId}`,
  );
  expect(result.ok, result.raw.slice(0, 300)).toBe(true);
}

test.beforeAll(async ({ browser }) => {
  const read = e2eDatabase();
  const ids = (email: string) => (read.prepare("select id from users where email = ?").get(email) as { id: number }).id;
  const projectId = (read.prepare("select id from projects where slug = ?").get(DEMO_SLUG) as { id: number }).id;
  const [researcher, owner, lead] = [EMAILS.researcher, EMAILS.owner, EMAILS.lead].map(ids);
  questionId = (
    read
      .prepare(
        "select d.id from documents d join answers a on a.document_id = d.id where d.project_id = ? and d.kind = 'question' group by d.id having count(*) >= 6 order by d.id limit 1",
      )
      .get(projectId) as { id: number }
  ).id;
  answers = read
    .prepare(
      "select id, start_offset as start, end_offset as end from answers where document_id = ? and end_offset - start_offset > 12 order by position limit 6",
    )
    .all(questionId) as typeof answers;
  read.close();
  const write = writableDatabase();
  codeId = Number(
    write.prepare("insert into codes (project_id, name) values (?, ?)").run(projectId, CODE_NAME).lastInsertRowid,
  );
  write.close();

  // Researcher: answers 0, 1, 2 whole. Owner: answer 0 whole, the first eight characters of 1, answer 3.
  const researcherPage = await pageAs(browser, "researcher");
  for (const answer of answers.slice(0, 3)) await code(researcherPage, answer.start, answer.end);
  const ownerPage = await pageAs(browser, "owner");
  await code(ownerPage, answers[0].start, answers[0].end);
  await code(ownerPage, answers[1].start, answers[1].start + 8);
  await code(ownerPage, answers[3].start, answers[3].end);
  await researcherPage.context().close();
  await ownerPage.context().close();

  const seed = writableDatabase();
  roundId = Number(
    seed
      .prepare(
        "insert into rounds (project_id, name, mode, status, unit_kind, seed, code_id, created_by, closed_at) values (?, 'Pilot agreement', 'blind', 'closed', 'answers', 7, ?, ?, ?)",
      )
      .run(projectId, codeId, lead, Date.now()).lastInsertRowid,
  );
  for (const userId of [researcher, owner])
    seed.prepare("insert into round_coders (round_id, user_id) values (?, ?)").run(roundId, userId);
  const unit = seed.prepare("insert into round_units (round_id, position, document_id, answer_id) values (?, ?, ?, ?)");
  for (const [position, answer] of answers.entries()) unit.run(roundId, position, questionId, answer.id);
  seed.close();
});

test.afterAll(() => {
  const db = writableDatabase();
  db.prepare(
    "update project_settings set counted_codings = 'all', counted_coder_id = null where project_id = (select id from projects where slug = ?)",
  ).run(DEMO_SLUG);
  db.close();
});

test("the lead reads α for the round, settles three disagreements by keyboard; counting consensus is then stated", async ({
  browser,
}) => {
  const lead = await pageAs(browser, "lead");
  await lead.goto(`/projects/${DEMO_SLUG}/agreement?round=${roundId}`);
  await expect(lead.getByRole("heading", { name: /Round “Pilot agreement”: all codes pooled/ })).toBeVisible();
  const row = lead
    .getByRole("table", { name: "Unit-level agreement per code" })
    .getByRole("row", { name: new RegExp(CODE_NAME) });
  // Six units; four coded by either coder; one (answer 0) by both in full, and answer 1 by both in part.
  await expect(row.getByRole("cell").nth(0)).toHaveText("6");
  await expect(row.getByRole("cell").nth(1)).toHaveText("4");
  await expect(row.getByRole("cell").nth(2)).toHaveText("2");
  await expect(row.getByRole("cell").nth(5)).toHaveText(/^-?\d\.\d{3}$/);
  await expect(row.getByRole("cell").nth(6)).toHaveText(/ to /);
  await expect(lead.getByText(/seed “quoteline-agreement”/)).toBeVisible();
  await expectNoSeriousA11yIssues(lead);

  const csv = await lead.context().request.get(`/projects/${DEMO_SLUG}/agreement/export?round=${roundId}`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(CODE_NAME);

  // To the queue by keyboard: focus the row's link and press Enter.
  await row.getByRole("link", { name: /Disagreements/ }).focus();
  await lead.keyboard.press("Enter");
  await expect(lead.getByRole("heading", { name: `Disagreements on “${CODE_NAME}”` })).toBeVisible();
  const cards = lead.getByRole("article");
  await expect(cards).toHaveCount(3);
  await expect(cards.first()).toBeFocused();
  await expectNoSeriousA11yIssues(lead);
  const status = lead.getByRole("status");
  await lead.keyboard.press("1");
  await expect(status).toHaveText(/Decided answer 1 of 3: .*’s version/);
  await expect(cards.nth(1)).toBeFocused();
  await lead.keyboard.press("b");
  await expect(status).toHaveText(/Decided answer 2 of 3: both versions/);
  await expect(cards.nth(2)).toBeFocused();
  await lead.keyboard.press("n");
  await expect(status).toHaveText(/Decided answer 3 of 3: neither/);
  await expect(lead.getByText(/^Decided: /)).toHaveCount(3);

  // A reload shows the decisions kept.
  await lead.reload();
  await expect(lead.getByText(/^Decided: /)).toHaveCount(3);

  const owner = await pageAs(browser, "owner");
  await owner.goto(`/projects/${DEMO_SLUG}/settings`);
  await owner.getByRole("radio", { name: "Consensus where adjudicated" }).check();
  await owner.getByRole("form", { name: "Codings counted" }).getByRole("button", { name: "Save" }).click();
  await expect(owner.getByTestId("project-counting")).toHaveText(
    /Counts consensus codings where a unit was adjudicated/,
  );
  await expectNoSeriousA11yIssues(owner);

  await lead.goto(`/projects/${DEMO_SLUG}/themes/${codeId}`);
  await expect(lead.getByTestId("counting-note")).toHaveText(/Counts consensus codings where a unit was adjudicated/);
  await lead.context().close();
  await owner.context().close();
});
