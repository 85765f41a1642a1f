import { type APIRequestContext, type APIResponse, expect, request as playwrightRequest, test } from "@playwright/test";
import { AUTHORITY_READER_PERMISSIONS, PERMISSIONS, type Permission } from "@/lib/auth/permissions";
import { discoverActions, discoverPages, discoverRoutes } from "./authorisation/discover-endpoints";
import { ACTIONS, type Access, type Entry, MATRIX_ROUND_NAME, PAGES, ROUTES } from "./authorisation/matrix";
import { e2eDatabase } from "./support/database";
import { actionId, actionIds, callAction } from "./support/server-actions";
import { DEMO_SLUG, type DemoUser, EMAILS, signInRequest } from "./support/session";

type Actor = DemoUser | "signed_out";
const ACTORS: Actor[] = [
  "signed_out",
  "outsider",
  "admin",
  "owner",
  "researcher",
  "lead",
  "author",
  "viewer",
  "reader",
];
const MISSING_SLUG = "no-such-project";

type Outcome = "allowed" | "unauthorized" | "not_found" | "forbidden";

function expected(access: Access, actor: Actor, isProjectEndpoint: boolean): Outcome {
  if (access === "public") return "allowed";
  if (actor === "signed_out") return "unauthorized";
  if (access === "signed_in") return "allowed";
  if (access === "admin") return actor === "admin" ? "allowed" : "forbidden";
  if (!isProjectEndpoint) throw new Error("a permission needs a [slug] endpoint");
  if (actor === "outsider" || actor === "admin") return "not_found";
  // An authority reader may read their own authority's pack (the matrix asks for theirs) and nothing else.
  if (actor === "reader") return AUTHORITY_READER_PERMISSIONS.includes(access as Permission) ? "allowed" : "forbidden";
  return (PERMISSIONS[access as Permission] as readonly string[]).includes(actor) ? "allowed" : "forbidden";
}

/** Fills [param] segments: [slug] with the project, others from the entry (an "sql:" value is looked up). */
function fill(pattern: string, slug: string, entry: Entry): string {
  return pattern.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    if (name === "slug") return slug;
    const value = entry.params?.[name];
    if (value === undefined) throw new Error(`matrix entry for ${pattern} lacks a value for [${name}]`);
    if (!value.startsWith("sql:")) return value;
    const db = e2eDatabase();
    try {
      const row = db.prepare(value.slice(4)).get() as { id: number } | undefined;
      if (!row) throw new Error(`no row for ${value}`);
      return String(row.id);
    } finally {
      db.close();
    }
  });
}

const contexts = new Map<Actor, APIRequestContext>();
async function contextFor(actor: Actor, baseURL: string): Promise<APIRequestContext> {
  let context = contexts.get(actor);
  if (!context) {
    context = await playwrightRequest.newContext({ baseURL });
    if (actor !== "signed_out") await signInRequest(context, actor);
    contexts.set(actor, context);
  }
  return context;
}

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

// An open round (it hides nothing) of one transcript with the owner and the researcher as its coders, so
// the round pages have a round to show. Blind rounds have their own rows in rounds.spec.ts.
test.beforeAll(async ({ baseURL }) => {
  const db = e2eDatabase();
  const id = (sql: string) => (db.prepare(sql).get() as { id: number }).id;
  const input = {
    projectSlug: DEMO_SLUG,
    name: MATRIX_ROUND_NAME,
    mode: "open",
    coderIds: [EMAILS.owner, EMAILS.researcher].map((email) => id(`select id from users where email = '${email}'`)),
    codeId: null,
    units: {
      kind: "documents",
      documentIds: [
        id(
          "select d.id from documents d join projects p on p.id = d.project_id where p.slug = 'big-conversation' and d.kind = 'transcript' order by d.id limit 1",
        ),
      ],
    },
  };
  db.close();
  const lead = await contextFor("lead", baseURL!);
  const created = await callAction(
    lead,
    actionId("app/projects/[slug]/rounds/actions.ts#createRound"),
    input,
    `/projects/${DEMO_SLUG}/rounds`,
  );
  expect(created.ok, created.raw.slice(0, 300)).toBe(true);
});

function classifyHttp(response: APIResponse, body: string): Outcome | "other" {
  const status = response.status();
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404 && /Project not found|Page not found|not be found/i.test(body)) return "not_found";
  if (status === 404) return "other";
  if ((status === 307 || status === 303 || status === 302) && (response.headers().location ?? "").includes("/signin")) {
    return "unauthorized";
  }
  return "other";
}

test.describe("authorisation matrix", () => {
  test("every endpoint on disk has a matrix entry, and every entry exists", () => {
    const routes = discoverRoutes();
    const actions = discoverActions();
    const pages = discoverPages();
    expect(
      routes.filter((r) => !(r in ROUTES)),
      "routes without a matrix entry",
    ).toEqual([]);
    expect(
      actions.filter((a) => !(a in ACTIONS)),
      "server actions without a matrix entry",
    ).toEqual([]);
    expect(
      pages.filter((p) => !(p in PAGES)),
      "pages without a matrix entry",
    ).toEqual([]);
    expect(
      Object.keys(ROUTES).filter((r) => !routes.includes(r)),
      "stale route entries",
    ).toEqual([]);
    expect(
      Object.keys(ACTIONS).filter((a) => !actions.includes(a)),
      "stale action entries",
    ).toEqual([]);
    expect(
      Object.keys(PAGES).filter((p) => !pages.includes(p)),
      "stale page entries",
    ).toEqual([]);
    expect(actions.length).toBeGreaterThan(0);
  });

  for (const [key, entry] of Object.entries(ROUTES)) {
    if (entry.access === "public") continue;
    test(`route ${key}`, async ({ baseURL }) => {
      const [method, pattern] = key.split(" ");
      const isProject = pattern.includes("[slug]");
      for (const actor of ACTORS) {
        const context = await contextFor(actor, baseURL!);
        const response = await context.fetch(fill(pattern, DEMO_SLUG, entry), { method, maxRedirects: 0 });
        const body = await response.text();
        const want = expected(entry.access, actor, isProject);
        const got = classifyHttp(response, body);
        if (want === "allowed")
          expect(["unauthorized", "forbidden", "not_found"], `${actor} on ${key}: ${response.status()}`).not.toContain(
            got,
          );
        else expect(got, `${actor} on ${key}: ${response.status()} ${body.slice(0, 200)}`).toBe(want);
        if (want === "not_found") {
          // Note: a project that does not exist must answer byte for byte like one the user is not in.
          const missing = await context.fetch(fill(pattern, MISSING_SLUG, entry), { method, maxRedirects: 0 });
          expect(missing.status()).toBe(response.status());
          expect(await missing.text()).toBe(body);
        }
        if (want !== "allowed") expect(body).not.toMatch(/Big Conversation|big-conversation\.csv|respondent/i);
      }
    });
  }

  for (const [key, entry] of Object.entries(PAGES)) {
    if (entry.access === "public") continue;
    test(`page ${key}`, async ({ baseURL }) => {
      const isProject = key.includes("[slug]");
      for (const actor of ACTORS) {
        const context = await contextFor(actor, baseURL!);
        const response = await context.get(fill(key, DEMO_SLUG, entry), { maxRedirects: 0 });
        const body = await response.text();
        const want = expected(entry.access, actor, isProject);
        const got = classifyHttp(response, body);
        if (want === "allowed") expect(response.status(), `${actor} on page ${key}`).toBe(200);
        else expect(got, `${actor} on page ${key}: ${response.status()}`).toBe(want);
      }
    });
  }

  test("server actions", async ({ baseURL }) => {
    // Every action × every actor, one after another: well over a minute on a loaded machine.
    test.setTimeout(240_000);
    const ids = actionIds();
    for (const [key, entry] of Object.entries(ACTIONS)) {
      const actionId = ids.get(key);
      // An action no page imports is not in the build and not callable: reported, then skipped.
      expect.soft(actionId, `action id for ${key} in the build manifest`).toBeTruthy();
      if (!actionId) continue;
      const isProject = entry.access !== "admin" && entry.access !== "signed_in" && entry.access !== "public";
      for (const actor of ACTORS) {
        const context = await contextFor(actor, baseURL!);
        const want = expected(entry.access, actor, isProject);
        const result = await callAction(context, actionId!, { projectSlug: DEMO_SLUG });
        if (want === "allowed") {
          expect(result.code ?? "ok", `${actor} on ${key}`).not.toMatch(/^(unauthorized|forbidden)$/);
          expect(result.message ?? "", `${actor} on ${key}`).not.toBe("Project not found.");
        } else {
          expect(result.code, `${actor} on ${key}: ${JSON.stringify(result)}`).toBe(want);
        }
        if (want === "not_found") {
          const missing = await callAction(context, actionId!, { projectSlug: MISSING_SLUG });
          expect(missing).toEqual(result);
        }
      }
    }
  });
});

test.describe("the e2e database is the seeded demo", () => {
  test("has the demo users", () => {
    const db = e2eDatabase();
    try {
      const emails = (db.prepare("select email from users").all() as { email: string }[]).map((r) => r.email);
      expect(emails).toEqual(expect.arrayContaining(Object.values(EMAILS)));
    } finally {
      db.close();
    }
  });
});
