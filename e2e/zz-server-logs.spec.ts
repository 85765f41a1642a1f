import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * Runs last (file order): after every other journey has run against the server, its log must
 * hold no document text or personal data: none of the demo's participant names, emails or
 * answer text.
 */
test("the server's log holds no participant names or document text", () => {
  const port = process.env.E2E_PORT ?? "3100";
  const log = fs.readFileSync(path.join(process.cwd(), ".tmp", `e2e-${port}`, "server.log"), "utf8");
  const manifest = JSON.parse(
    fs.readFileSync(path.join(process.cwd(), "db/seed/transcripts/manifest.json"), "utf8"),
  ) as {
    participants: Record<string, unknown>;
  }[];
  const names = manifest
    .flatMap((entry) => Object.keys(entry.participants))
    .map((label) => label.replace(/\s*\(.*\)$/, ""))
    .filter((name) => !/^(Speaker \d+|Facilitator)$/.test(name));
  expect(names.length).toBeGreaterThan(20);
  const found = names.filter((name) => log.includes(name));
  expect(found).toEqual([]);
  for (const fragment of ["kemi.adeyemi@example.gov.uk", "07700 900417", "quoteline-demo"])
    expect(log).not.toContain(fragment);
});
