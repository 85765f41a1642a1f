import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

/** Maps "app/file.ts#export" to the action id Next gave it, from the build's manifest. */
export function actionIds(): Map<string, string> {
  const manifest = JSON.parse(
    fs.readFileSync(
      path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "server/server-reference-manifest.json"),
      "utf8",
    ),
  ) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename && entry.exportedName) ids.set(`${entry.filename}#${entry.exportedName}`, id);
  }
  return ids;
}

export function actionId(key: string): string {
  const id = actionIds().get(key);
  if (!id) throw new Error(`no server action ${key} in the build manifest`);
  return id;
}

export interface ActionAnswer {
  ok?: boolean;
  code?: string;
  message?: string;
  data?: unknown;
  raw: string;
}

/**
 * Calls a server action as the browser does: POST with a Next-Action header and the encoded arguments.
 * `path` is the page that uses the action: posted elsewhere, Next forwards it and drops its Set-Cookie.
 */
export async function callAction(
  context: APIRequestContext,
  id: string,
  input: object,
  path = "/",
): Promise<ActionAnswer> {
  const response = await context.post(path, {
    headers: { "Next-Action": id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" },
    data: JSON.stringify([input]),
    maxRedirects: 0,
  });
  const raw = await response.text();
  // The flight response carries the action's return value as one JSON line ("1:{…}").
  for (const line of raw.split("\n")) {
    const json = line.slice(line.indexOf(":") + 1);
    if (!json.startsWith("{")) continue;
    try {
      const value = JSON.parse(json) as { ok?: boolean; data?: unknown; error?: { code: string; message: string } };
      if (typeof value.ok === "boolean") {
        return { ok: value.ok, data: value.data, code: value.error?.code, message: value.error?.message, raw };
      }
    } catch {
      // not the return value line
    }
  }
  return { raw };
}
