import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import { readZipEntries } from "../lib/exchange/read-zip-entries";
import { expectNoSeriousA11yIssues } from "./support/axe";
import { e2eDatabase, firstId } from "./support/database";
import { actionId, callAction } from "./support/server-actions";
import { DEMO_SLUG, type DemoUser, EMAILS, signIn } from "./support/session";

// A blind round of 20 answers for two researchers: the demo's researcher (Rhian) and a second one made here.
test.describe.configure({ mode: "serial" });

const SECOND = { email: `second-researcher-${Date.now()}@demo.quoteline`, name: "Sam Second", password: "" };
const FIRST_NAME = "Rhian Researcher";
const ROUND_NAME = "Blind pilot";
const SEED = 4242;

interface Unit {
  roundId: number;
  documentId: number;
  answerId: number;
  start: number;
  end: number;
  text: string;
}
let unit: Unit;
let workloadId: number;
let secondId: number;
/** A second blind round, of one whole transcript, and the transcript's first turn. */
let transcript: { roundId: number; documentId: number; start: number; end: number };

async function signInWith(request: APIRequestContext, email: string, password: string): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in as ${email}`).toBeLessThan(400);
}

async function pageAs(browser: Browser, user: DemoUser | "second"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  if (user === "second") await signInWith(page.context().request, SECOND.email, SECOND.password);
  else await signIn(page, user);
  return page;
}

/** Applies Workload to a range of a document as the page's user, as the answer grid and transcript do. */
async function code(page: Page, documentId: number, start: number, end: number): Promise<void> {
  const result = await callAction(
    page.context().request,
    actionId("app/projects/[slug]/codings/actions.ts#applyCodings"),
    { projectSlug: DEMO_SLUG, documentId, ranges: [{ start, end }], codeIds: [workloadId] },
    `/projects/${DEMO_SLUG}/questions/${unit.documentId}`,
  );
  expect(result.ok, result.raw.slice(0, 300)).toBe(true);
}

/**
 * What `page`'s user sees of the second researcher's codings on the rounds' units: in the answer grid, the
 * retrieval export (CSV), among the quote board's coded segments, in the transcript page (its codings, as
 * sent to the browser, name their coders) and in the project file export (.qdpx lists every coder it holds).
 */
async function seesSecondCoding(
  page: Page,
): Promise<{ grid: number; csvRows: number; board: number; transcript: boolean; qdpx: boolean }> {
  await page.goto(`/projects/${DEMO_SLUG}/questions/${unit.documentId}?answer=${unit.answerId}`);
  const row = page.locator(`[data-answer-id="${unit.answerId}"]`);
  await expect(row).toBeVisible();
  const grid = await row.locator(`[title*="coded by ${SECOND.name}"]`).count();
  const csv = await page
    .context()
    .request.get(
      `/api/projects/${DEMO_SLUG}/retrieval/export?code=${workloadId}&doc=${unit.documentId}&coder=${secondId}`,
    );
  expect(csv.status()).toBe(200);
  const csvRows = (await csv.text()).trim().split("\n").length - 1;
  const snippet = unit.text.slice(0, 40);
  await page.goto(`/projects/${DEMO_SLUG}/quotes?code=${workloadId}&q=${encodeURIComponent(snippet)}`);
  await expect(page.getByRole("heading", { name: "Coded segments to propose" })).toBeVisible();
  const board = await page.locator('[data-testid="theme-segments"] li').filter({ hasText: snippet }).count();
  const request = page.context().request;
  const transcriptPage = await request.get(`/projects/${DEMO_SLUG}/documents/${transcript.documentId}`);
  expect(transcriptPage.status()).toBe(200);
  const qdpx = await request.get(`/api/projects/${DEMO_SLUG}/exchange/qdpx`);
  expect(qdpx.status()).toBe(200);
  const qde = (await readZipEntries(await qdpx.body())).get("project.qde")!.toString("utf8");
  return {
    grid,
    csvRows,
    board,
    transcript: (await transcriptPage.text()).includes(SECOND.name),
    qdpx: qde.includes(`name="${SECOND.name}"`),
  };
}

test.describe("agreement rounds", () => {
  test.beforeAll(async ({ browser }) => {
    const admin = await pageAs(browser, "admin");
    const request = admin.context().request;
    const created = await callAction(
      request,
      actionId("app/admin/actions.ts#createUserAction"),
      { email: SECOND.email, name: SECOND.name },
      "/admin",
    );
    expect(created.ok, created.raw.slice(0, 300)).toBe(true);
    const oneTime = (created.data as { oneTimePassword: string; id: number }).oneTimePassword;
    secondId = (created.data as { id: number }).id;
    const added = await callAction(
      request,
      actionId("app/admin/actions.ts#adminAddMemberAction"),
      { projectSlug: DEMO_SLUG, email: SECOND.email, role: "researcher" },
      "/admin",
    );
    expect(added.ok, added.raw.slice(0, 300)).toBe(true);
    await admin.context().close();
    // The one-time password is replaced before anything else.
    const second = await (await browser.newContext()).newPage();
    await signInWith(second.context().request, SECOND.email, oneTime);
    SECOND.password = "a second researcher's passphrase";
    const changed = await callAction(
      second.context().request,
      actionId("app/account/password/actions.ts#changePasswordAction"),
      { currentPassword: oneTime, newPassword: SECOND.password, confirmPassword: SECOND.password },
      "/account/password",
    );
    expect(changed.ok, changed.raw.slice(0, 300)).toBe(true);
    await second.context().close();
    workloadId = firstId(
      "select c.id from codes c join projects p on p.id = c.project_id where p.slug = ? and c.name = 'Workload and caseloads'",
      DEMO_SLUG,
    );
  });

  test("a lead creates a blind round of 20 answers for two researchers, with the seed shown", async ({ browser }) => {
    const lead = await pageAs(browser, "lead");
    await lead.goto(`/projects/${DEMO_SLUG}/rounds`);
    await expect(lead.getByRole("heading", { level: 1, name: "Agreement rounds" })).toBeVisible();
    await expectNoSeriousA11yIssues(lead);
    await lead.getByLabel("Name").fill(ROUND_NAME);
    await lead.getByRole("checkbox", { name: new RegExp(EMAILS.researcher) }).check();
    await lead.getByRole("checkbox", { name: new RegExp(SECOND.email) }).check();
    await lead.getByRole("group", { name: "Questions" }).getByRole("checkbox").first().check();
    for (const wave of await lead.getByRole("group", { name: "Waves" }).getByRole("checkbox").all()) await wave.check();
    await lead.getByLabel("Number of answers").fill("20");
    await lead.getByLabel("Seed").fill(String(SEED));
    await lead.getByRole("button", { name: "Create round" }).click();
    await expect(lead.getByRole("heading", { level: 1, name: ROUND_NAME })).toBeVisible();
    await expect(lead.getByText(`Sample seed: ${SEED}.`)).toBeVisible();
    await expect(lead.getByText(`${FIRST_NAME}: 0 of 20 units done`)).toBeVisible();
    await expect(lead.getByText(`${SECOND.name}: 0 of 20 units done`)).toBeVisible();
    await expectNoSeriousA11yIssues(lead);

    const db = e2eDatabase();
    const firstTurn = db
      .prepare(
        `select t.document_id as documentId, t.start_offset as start, t.end_offset as "end" from turns t
         join documents d on d.id = t.document_id join projects p on p.id = d.project_id
         where p.slug = ? order by d.id, t.position limit 1`,
      )
      .get(DEMO_SLUG) as { documentId: number; start: number; end: number };
    const researcherId = firstId("select id from users where email = ?", EMAILS.researcher);
    db.close();
    const groups = await callAction(
      lead.context().request,
      actionId("app/projects/[slug]/rounds/actions.ts#createRound"),
      {
        projectSlug: DEMO_SLUG,
        name: "Blind focus group",
        mode: "blind",
        coderIds: [researcherId, secondId],
        codeId: null,
        units: { kind: "documents", documentIds: [firstTurn.documentId] },
      },
      `/projects/${DEMO_SLUG}/rounds`,
    );
    expect(groups.ok, groups.raw.slice(0, 300)).toBe(true);
    transcript = { roundId: (groups.data as { id: number }).id, ...firstTurn };
    await lead.context().close();

    const units = e2eDatabase();
    try {
      unit = units
        .prepare(
          `select r.id as roundId, u.document_id as documentId, a.id as answerId, a.start_offset as start,
             a.end_offset as "end", a.text from rounds r join round_units u on u.round_id = r.id
           join answers a on a.id = u.answer_id where r.name = ? order by u.position limit 1`,
        )
        .get(ROUND_NAME) as Unit;
      const perWave = units
        .prepare(
          `select d.wave_id as wave, count(*) as n from round_units u join documents d on d.id = u.document_id
           where u.round_id = ? group by d.wave_id`,
        )
        .all(unit.roundId) as { n: number }[];
      expect(perWave.reduce((sum, row) => sum + row.n, 0)).toBe(20);
      expect(perWave.length).toBeGreaterThan(1);
    } finally {
      units.close();
    }
  });

  test("each researcher codes in their queue and sees only their own codings on the round's units", async ({
    browser,
  }) => {
    const first = await pageAs(browser, "researcher");
    const second = await pageAs(browser, "second");
    for (const page of [first, second]) {
      await page.goto(`/projects/${DEMO_SLUG}/rounds`);
      await expect(page.getByRole("heading", { level: 1, name: "Agreement rounds" })).toBeVisible();
      await page.getByRole("link", { name: new RegExp(`^My round\\W+${ROUND_NAME}$`) }).click();
      await expect(page.getByRole("heading", { level: 1, name: `My round: ${ROUND_NAME}` })).toBeVisible();
      await expect(page.getByText("0 of 20 units done")).toBeVisible();
    }
    await expectNoSeriousA11yIssues(first);
    // Each codes the first answer: Rhian its opening words, Sam the whole answer.
    await code(first, unit.documentId, unit.start, unit.start + Math.min(12, unit.end - unit.start));
    await code(second, unit.documentId, unit.start, unit.end);
    await code(second, transcript.documentId, transcript.start, transcript.end);
    // Keyboard: D marks the unit done and moves on; K goes back to it.
    await first.goto(`/projects/${DEMO_SLUG}/rounds/${unit.roundId}/queue`);
    await expect(first.getByRole("heading", { name: /^Unit 1 of 20/ })).toBeVisible();
    // The heading is rendered on the server; the keys answer only once the page has hydrated.
    await expect(first.locator("[data-keys-ready]")).toBeAttached();
    await first.keyboard.press("d");
    await expect(first.getByText("1 of 20 units done")).toBeVisible();
    await expect(first.getByRole("heading", { name: /^Unit 2 of 20/ })).toBeVisible();
    await first.keyboard.press("k");
    await expect(first.getByRole("heading", { name: /^Unit 1 of 20/ })).toBeVisible();
    await first.keyboard.press("j");
    await expect(first.getByRole("heading", { name: /^Unit 2 of 20/ })).toBeVisible();

    // Blind: Rhian sees nothing of Sam's coding, Sam nothing of Rhian's.
    expect(await seesSecondCoding(first)).toEqual({ grid: 0, csvRows: 0, board: 0, transcript: false, qdpx: false });
    await second.goto(`/projects/${DEMO_SLUG}/questions/${unit.documentId}?answer=${unit.answerId}`);
    const own = second.locator(`[data-answer-id="${unit.answerId}"]`);
    await expect(own.locator(`[title*="coded by ${SECOND.name}"]`).first()).toBeVisible();
    await expect(own.locator(`[title*="coded by ${FIRST_NAME}"]`)).toHaveCount(0);
    await first.context().close();
    await second.context().close();
  });

  test("the lead watches progress and closes the round; then each researcher sees both", async ({ browser }) => {
    const lead = await pageAs(browser, "lead");
    await lead.goto(`/projects/${DEMO_SLUG}/rounds/${unit.roundId}`);
    await expect(lead.getByText(`${FIRST_NAME}: 1 of 20 units done`)).toBeVisible();
    await expect(lead.getByText(`${SECOND.name}: 0 of 20 units done`)).toBeVisible();
    lead.once("dialog", (dialog) => dialog.accept());
    await lead.getByRole("button", { name: "Close round" }).click();
    await expect(lead.getByText(/every coder sees every coding/)).toBeVisible();
    await expect(lead.getByRole("button", { name: "Close round" })).toHaveCount(0);
    // Until its own round closes too, the transcript stays blind.
    const half = await seesSecondCoding(await pageAs(browser, "researcher"));
    expect(half).toMatchObject({ transcript: false });
    expect(half.grid).toBeGreaterThan(0);
    const closed = await callAction(
      lead.context().request,
      actionId("app/projects/[slug]/rounds/actions.ts#closeRound"),
      { projectSlug: DEMO_SLUG, roundId: transcript.roundId },
      `/projects/${DEMO_SLUG}/rounds/${transcript.roundId}`,
    );
    expect(closed.ok, closed.raw.slice(0, 300)).toBe(true);
    await lead.context().close();

    const first = await pageAs(browser, "researcher");
    const seen = await seesSecondCoding(first);
    expect(seen.grid).toBeGreaterThan(0);
    expect(seen.csvRows).toBeGreaterThan(0);
    expect(seen.board).toBeGreaterThan(0);
    expect(seen).toMatchObject({ transcript: true, qdpx: true });
    await first.goto(`/projects/${DEMO_SLUG}/rounds/${unit.roundId}/queue`);
    await expect(first.getByText("This round is closed")).toBeVisible();
    await expectNoSeriousA11yIssues(first);
    await first.context().close();
  });
});
