import type { APIRequestContext, Page } from "@playwright/test";
import { expect } from "@playwright/test";

export const DEMO_PASSWORD = "quoteline-demo";
export const DEMO_SLUG = "big-conversation";
export const OTHER_SLUG = "other-study";

export const EMAILS = {
  admin: "admin@demo.quoteline",
  owner: "owner@demo.quoteline",
  researcher: "researcher@demo.quoteline",
  lead: "lead@demo.quoteline",
  author: "author@demo.quoteline",
  viewer: "viewer@demo.quoteline",
  outsider: "outsider@demo.quoteline",
  /** A viewer scoped to one authority (Bromley): their pack and nothing else. */
  reader: "reader@demo.quoteline",
} as const;

export type DemoUser = keyof typeof EMAILS;

/** Signs in through next-auth's real credentials endpoint; the cookie lands in the request's context. */
export async function signInRequest(request: APIRequestContext, user: DemoUser): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: EMAILS[user], password: DEMO_PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in as ${user}`).toBeLessThan(400);
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email).toBe(EMAILS[user]);
}

export async function signIn(page: Page, user: DemoUser): Promise<void> {
  await signInRequest(page.context().request, user);
}
