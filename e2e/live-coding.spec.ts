import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yIssues } from "./support/axe";
import { e2eDatabase } from "./support/database";
import { actionId, callAction } from "./support/server-actions";
import { DEMO_SLUG, type DemoUser, EMAILS, signIn } from "./support/session";

interface Target {
  documentId: number;
  start: number;
  end: number;
  codeId: number;
}

/** A short transcript's first turn (drawn without scrolling) and a code nobody has put on its first words. */
function target(): Target & { ownerId: number; researcherId: number; researcherName: string } {
  const db = e2eDatabase();
  const turn = db
    .prepare(
      `select t.document_id as documentId, t.start_offset as start, t.end_offset as end
       from turns t join documents d on d.id = t.document_id join projects p on p.id = d.project_id
       where p.slug = ? and d.kind = 'transcript' and t.position = 0 and t.end_offset - t.start_offset > 40
       order by d.text_length asc limit 1`,
    )
    .get(DEMO_SLUG) as { documentId: number; start: number; end: number };
  const code = db
    .prepare(
      "select c.id from codes c join projects p on p.id = c.project_id where p.slug = ? and c.archived_at is null order by c.id desc limit 1",
    )
    .get(DEMO_SLUG) as { id: number };
  const person = (user: DemoUser) =>
    db.prepare("select id, name from users where email = ?").get(EMAILS[user]) as { id: number; name: string };
  const owner = person("owner");
  const researcher = person("researcher");
  db.close();
  // Ten characters well inside the turn, past any speaker label.
  const start = turn.start + 20;
  return {
    documentId: turn.documentId,
    start,
    end: start + 10,
    codeId: code.id,
    ownerId: owner.id,
    researcherId: researcher.id,
    researcherName: researcher.name,
  };
}

async function openAs(browser: Browser, user: DemoUser, documentId: number): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  const response = await page.goto(`/projects/${DEMO_SLUG}/documents/${documentId}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("transcript-editor").locator(".ProseMirror")).toBeVisible();
  return page;
}

test("a coding made in one browser appears in another's transcript within 2 s, and its removal too", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const spot = target();
  const watching = await openAs(browser, "owner", spot.documentId);
  await expect(watching.getByTestId("present-coders")).toContainText("Live", { timeout: 10_000 });
  const coding = await openAs(browser, "researcher", spot.documentId);
  // Each sees the other.
  await expect(watching.getByTestId("present-coders")).toContainText(`Also here: ${spot.researcherName}`);
  await expect(coding.getByTestId("present-coders")).toContainText("Also here:");

  const key = `${spot.documentId}:${spot.start}-${spot.end}:${spot.codeId}:${spot.researcherId}`;
  const drawn = watching.locator(`[data-coding-key="${key}"]`).first();
  await expect(drawn).toHaveCount(0);
  const path = `/projects/${DEMO_SLUG}/documents/${spot.documentId}`;
  const applied = await callAction(
    coding.context().request,
    actionId("app/projects/[slug]/codings/actions.ts#applyCodings"),
    {
      projectSlug: DEMO_SLUG,
      documentId: spot.documentId,
      ranges: [{ start: spot.start, end: spot.end }],
      codeIds: [spot.codeId],
    },
    path,
  );
  expect(applied.ok, applied.raw).toBe(true);
  // Within 2 s of the coding being stored (the bench times delivery on a quiet machine).
  await expect(drawn).toBeAttached({ timeout: 2_000 });
  // The researcher's own view hears of it too (another tab of theirs could have made it).
  await expect(coding.locator(`[data-coding-key="${key}"]`).first()).toBeAttached({ timeout: 2_000 });

  const id = (applied.data as { id: number }[])[0].id;
  const removed = await callAction(
    coding.context().request,
    actionId("app/projects/[slug]/codings/actions.ts#removeCodings"),
    { projectSlug: DEMO_SLUG, codingIds: [id] },
    path,
  );
  expect(removed.ok, removed.raw).toBe(true);
  await expect(drawn).toHaveCount(0, { timeout: 2_000 });

  await coding.context().close();
  await expect(watching.getByTestId("present-coders")).not.toContainText(spot.researcherName, { timeout: 5_000 });
  await expectNoSeriousA11yIssues(watching);
  await watching.context().close();
});

test("the live feed refuses the signed-out and non-members, and needs a document of the project", async ({
  browser,
  request,
}) => {
  const spot = target();
  const url = `/api/projects/${DEMO_SLUG}/live?document=${spot.documentId}`;
  expect((await request.get(url)).status()).toBe(401);
  const outsider = await browser.newContext();
  await signIn(await outsider.newPage(), "outsider");
  expect((await outsider.request.get(url)).status()).toBe(404);
  const viewer = await browser.newContext();
  await signIn(await viewer.newPage(), "viewer");
  expect((await viewer.request.get(url)).status()).toBe(403);
  const researcher = await browser.newContext();
  await signIn(await researcher.newPage(), "researcher");
  expect((await researcher.request.get(`/api/projects/${DEMO_SLUG}/live?document=999999`)).status()).toBe(404);
  expect((await researcher.request.get(`/api/projects/${DEMO_SLUG}/live`)).status()).toBe(400);
  for (const context of [outsider, viewer, researcher]) await context.close();
});
