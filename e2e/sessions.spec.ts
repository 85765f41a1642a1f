import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { expectNoSeriousA11yIssues } from "./support/axe";
import { actionId, callAction } from "./support/server-actions";
import { DEMO_SLUG, signInRequest } from "./support/session";

/**
 * Sessions end when they should: each journey signs one fresh user in twice (two cookie jars, as two
 * browsers would be) and checks the second session is refused at its next request, by a page, a
 * route, a server action and /api/auth/session alike. Fresh users, so no demo session is touched.
 */

const NEW_PASSWORD = "a long new passphrase";
const CODEBOOK_ROUTE = `/api/projects/${DEMO_SLUG}/codebook`;

const contexts: APIRequestContext[] = [];
async function newContext(baseURL: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  contexts.push(context);
  return context;
}

test.afterAll(async () => {
  for (const context of contexts) await context.dispose();
});

async function signInWith(context: APIRequestContext, email: string, password: string): Promise<void> {
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in as ${email}`).toBeLessThan(400);
  expect(await sessionEmail(context)).toBe(email);
}

async function sessionEmail(context: APIRequestContext): Promise<string | null> {
  const session = (await (await context.get("/api/auth/session")).json()) as { user?: { email?: string } };
  return session.user?.email ?? null;
}

let counter = 0;
/** An admin creates a user (one-time password) and makes them a researcher in the demo project. */
async function createResearcher(baseURL: string): Promise<{ email: string; oneTimePassword: string; id: number }> {
  const admin = await newContext(baseURL);
  await signInRequest(admin, "admin");
  const email = `sessions-${Date.now()}-${++counter}@example.org`;
  const created = await callAction(admin, actionId("app/admin/actions.ts#createUserAction"), { email });
  expect(created.ok, created.raw.slice(0, 300)).toBe(true);
  const { oneTimePassword, id } = created.data as { oneTimePassword: string; id: number };
  const owner = await newContext(baseURL);
  await signInRequest(owner, "owner");
  const added = await callAction(owner, actionId("app/projects/[slug]/members/actions.ts#addMember"), {
    projectSlug: DEMO_SLUG,
    email,
    role: "researcher",
  });
  expect(added.ok, added.raw.slice(0, 300)).toBe(true);
  return { email, oneTimePassword, id };
}

function changePassword(context: APIRequestContext, currentPassword: string, newPassword = NEW_PASSWORD) {
  return callAction(
    context,
    actionId("app/account/password/actions.ts#changePasswordAction"),
    { currentPassword, newPassword, confirmPassword: newPassword },
    "/account/password",
  );
}

/** A researcher who chose their own password, signed in twice. */
async function twoSessions(baseURL: string) {
  const user = await createResearcher(baseURL);
  const first = await newContext(baseURL);
  await signInWith(first, user.email, user.oneTimePassword);
  expect((await changePassword(first, user.oneTimePassword)).ok).toBe(true);
  const second = await newContext(baseURL);
  await signInWith(second, user.email, NEW_PASSWORD);
  for (const context of [first, second]) {
    expect(await sessionEmail(context)).toBe(user.email);
    expect((await context.get(CODEBOOK_ROUTE)).status()).toBe(200);
  }
  return { user, first, second };
}

/** Every kind of endpoint treats the context as signed out. */
async function expectSignedOut(context: APIRequestContext): Promise<void> {
  expect(await sessionEmail(context), "/api/auth/session").toBeNull();
  expect((await context.get(CODEBOOK_ROUTE)).status(), "route").toBe(401);
  const page = await context.get(`/projects/${DEMO_SLUG}`, { maxRedirects: 0 });
  expect(page.status(), "page").toBe(307);
  expect(page.headers().location ?? "").toContain("/signin");
  const action = await callAction(context, actionId("app/projects/[slug]/memos/actions.ts#addMemo"), {
    projectSlug: DEMO_SLUG,
  });
  expect(action.code, "action").toBe("unauthorized");
}

async function expectSignedIn(context: APIRequestContext, email: string): Promise<void> {
  expect(await sessionEmail(context)).toBe(email);
  expect((await context.get(CODEBOOK_ROUTE)).status()).toBe(200);
  expect((await context.get(`/projects/${DEMO_SLUG}`, { maxRedirects: 0 })).status()).toBe(200);
}

/** The session cookie as it is now, to replay it later from a context of its own. */
async function cookieCopy(context: APIRequestContext, baseURL: string): Promise<APIRequestContext> {
  const replay = await playwrightRequest.newContext({ baseURL, storageState: await context.storageState() });
  contexts.push(replay);
  return replay;
}

test.describe("sessions", () => {
  test("a one-time-password user is refused by actions and routes until they change it, then allowed", async ({
    baseURL,
  }) => {
    const user = await createResearcher(baseURL!);
    const context = await newContext(baseURL!);
    await signInWith(context, user.email, user.oneTimePassword);

    const route = await context.get(`/api/projects/${DEMO_SLUG}/retrieval/export`);
    expect(route.status()).toBe(403);
    expect(((await route.json()) as { error: { code: string } }).error.code).toBe("password_change_required");
    expect((await context.get(CODEBOOK_ROUTE)).status()).toBe(403);
    const applyCodings = actionId("app/projects/[slug]/codings/actions.ts#applyCodings");
    const refused = await callAction(context, applyCodings, { projectSlug: DEMO_SLUG });
    expect(refused.code).toBe("password_change_required");
    expect(refused.message).toMatch(/one-time password/);
    const page = await context.get(`/projects/${DEMO_SLUG}`, { maxRedirects: 0 });
    expect(page.headers().location ?? "").toContain("/account/password");

    // The password change itself stays allowed; a wrong current password changes nothing.
    expect((await changePassword(context, "not the one-time password")).code).toBe("invalid_input");
    expect((await changePassword(context, user.oneTimePassword)).ok).toBe(true);

    await expectSignedIn(context, user.email);
    const allowed = await callAction(context, applyCodings, { projectSlug: DEMO_SLUG });
    expect(allowed.code).toBe("invalid_input");
    const exported = await context.get(`/api/projects/${DEMO_SLUG}/retrieval/export`);
    expect(exported.status()).toBe(400);
  });

  test("signing out ends the other session, and the signed-out cookie is worthless", async ({ baseURL }) => {
    const { user, first, second } = await twoSessions(baseURL!);
    const replay = await cookieCopy(first, baseURL!);
    const { csrfToken } = (await (await first.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const signOut = await first.post("/api/auth/signout", { form: { csrfToken, json: "true" }, maxRedirects: 0 });
    expect(signOut.status()).toBeLessThan(400);
    await expectSignedOut(first);
    await expectSignedOut(replay);
    await expectSignedOut(second);
    // Signing in again works as before.
    await signInWith(second, user.email, NEW_PASSWORD);
    await expectSignedIn(second, user.email);
  });

  test("a password change ends the other session, which cannot change it again; this one goes on", async ({
    baseURL,
  }) => {
    const { user, first, second } = await twoSessions(baseURL!);
    const replay = await cookieCopy(first, baseURL!);
    expect((await changePassword(first, NEW_PASSWORD, "yet another passphrase")).ok).toBe(true);
    await expectSignedIn(first, user.email);
    await expectSignedOut(second);
    await expectSignedOut(replay);
    const again = await changePassword(second, NEW_PASSWORD, "the attacker's passphrase");
    expect(again.code).toBe("unauthorized");
    const fresh = await newContext(baseURL!);
    await signInWith(fresh, user.email, "yet another passphrase");
  });

  test("an admin's 'sign out everywhere' ends every session of the user", async ({ baseURL }) => {
    const { user, first, second } = await twoSessions(baseURL!);
    const admin = await newContext(baseURL!);
    await signInRequest(admin, "admin");
    const result = await callAction(admin, actionId("app/admin/actions.ts#signOutEverywhereAction"), {
      userId: user.id,
    });
    expect(result.ok, result.raw.slice(0, 300)).toBe(true);
    await expectSignedOut(first);
    await expectSignedOut(second);
    expect(await sessionEmail(admin)).toBe("admin@demo.quoteline");
  });

  test("'sign out of other sessions' ends the others and keeps this one", async ({ baseURL }) => {
    const { user, first, second } = await twoSessions(baseURL!);
    const result = await callAction(
      first,
      actionId("app/account/actions.ts#signOutOtherSessionsAction"),
      { confirm: true },
      "/account/password",
    );
    expect(result.ok, result.raw.slice(0, 300)).toBe(true);
    await expectSignedIn(first, user.email);
    await expectSignedOut(second);
  });

  test("in two browsers: signing out in one signs the other out at its next page", async ({ browser, baseURL }) => {
    const { user } = await twoSessions(baseURL!);
    const browsers = [await browser.newContext({ baseURL }), await browser.newContext({ baseURL })];
    try {
      const pages = await Promise.all(browsers.map((b) => b.newPage()));
      for (const page of pages) {
        await page.goto("/signin");
        await page.getByLabel("Email", { exact: true }).fill(user.email);
        await page.getByLabel("Password", { exact: true }).fill(NEW_PASSWORD);
        await page.getByRole("button", { name: "Sign in" }).click();
        await expect(page.getByRole("link", { name: /Big Conversation/ })).toBeVisible();
      }
      await pages[0].goto("/account/password");
      await expect(pages[0].getByRole("heading", { name: "Other sessions" })).toBeVisible();
      await expectNoSeriousA11yIssues(pages[0]);
      await pages[0].getByRole("button", { name: "Sign out", exact: true }).click();
      await expect(pages[0]).toHaveURL(/\/signin/);
      await pages[1].goto(`/projects/${DEMO_SLUG}`);
      await expect(pages[1]).toHaveURL(/\/signin/);
    } finally {
      for (const b of browsers) await b.close();
    }
  });

  test("the admin page offers 'sign out everywhere' for each user", async ({ page }) => {
    await signInRequest(page.context().request, "admin");
    await page.goto("/admin");
    await expect(page.getByRole("button", { name: "Sign out everywhere: viewer@demo.quoteline" })).toBeVisible();
    await expectNoSeriousA11yIssues(page);
  });
});
