import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

/** The build's id for a server action ("app/…/actions.ts#name"), as the browser would post it. */
export function actionIdOf(distDir: string, key: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  for (const [id, entry] of Object.entries(manifest.node))
    if (`${entry.filename}#${entry.exportedName}` === key) return id;
  throw new Error(`no server action ${key}`);
}

/** Posts a server action from the signed-in page's session, as the browser does; returns its answer. */
export async function postAction(page: Page, baseURL: string, pagePath: string, id: string, input: object) {
  const response = await page.request.post(`${baseURL}${pagePath}`, {
    headers: { "Next-Action": id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" },
    data: JSON.stringify([input]),
  });
  const raw = await response.text();
  for (const line of raw.split("\n")) {
    const json = line.slice(line.indexOf(":") + 1);
    if (!json.startsWith("{")) continue;
    try {
      const value = JSON.parse(json) as { ok?: boolean; data?: unknown; error?: { message: string } };
      if (typeof value.ok === "boolean") {
        if (!value.ok) throw new Error(value.error?.message ?? "action refused");
        return value.data;
      }
    } catch (error) {
      if (error instanceof SyntaxError) continue;
      throw error;
    }
  }
  throw new Error(`no answer from the action at ${pagePath}`);
}
