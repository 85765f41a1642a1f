import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The shape of the tree (issue 10): app/ and components/ reach the database only through the wrappers in
 * app/_server; lib/ runs outside Next (tests, the command line); files stay small; lib folders do not
 * import each other both ways.
 */
const ROOT = path.resolve(__dirname, "..");
const SOURCE = /\.(ts|tsx|mts)$/;
const TEST = /\.test\.tsx?$/;
const MAX_LINES = 400;

/** Files over the limit that their owners are splitting in this round; each entry names the owner. */
const LONG_FILES_BEING_SPLIT: Record<string, string> = {};

function filesUnder(folder: string): string[] {
  const full = path.join(ROOT, folder);
  if (!fs.existsSync(full)) return [];
  const found: string[] = [];
  for (const entry of fs.readdirSync(full, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(relative));
    else if (SOURCE.test(entry.name)) found.push(relative);
  }
  return found;
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  const specifiers: string[] = [];
  for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?from\s+["']([^"']+)["']/g)) {
    specifiers.push(match[1]);
  }
  for (const match of text.matchAll(/(?:^|\n)\s*import\s+["']([^"']+)["']/g)) specifiers.push(match[1]);
  for (const match of text.matchAll(/\b(?:import|require)\(\s*["']([^"']+)["']\s*\)/g)) specifiers.push(match[1]);
  return specifiers;
}

/** The repository path an import points at ("@/db/client", "../../db/client" → "db/client"), or null for packages. */
function target(file: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith(".")) return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  return null;
}

const lineCount = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8").split("\n").length - 1;

describe("layout", () => {
  it("keeps app/ (outside app/_server) and components/ away from db/", () => {
    const offenders = [...filesUnder("app"), ...filesUnder("components")]
      .filter((file) => !file.startsWith("app/_server/"))
      .flatMap((file) =>
        importsOf(file)
          .filter((specifier) => target(file, specifier)?.match(/^db(\/|$)/))
          .map((specifier) => `${file} → ${specifier}`),
      );
    expect(offenders).toEqual([]);
  });

  it("keeps lib/ free of Next, React and server-only", () => {
    const offenders = filesUnder("lib").flatMap((file) =>
      importsOf(file)
        .filter((specifier) => /^(next|react|react-dom|server-only)(\/|$)/.test(specifier))
        .map((specifier) => `${file} → ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it(`keeps every non-test source file at ${MAX_LINES} lines or fewer, the schema aside`, () => {
    const long = ["app", "components", "lib", "db", "scripts", "e2e"]
      .flatMap(filesUnder)
      .filter((file) => !TEST.test(file) && file !== "db/schema.ts" && !file.startsWith("db/migrations/"))
      .filter((file) => !(file in LONG_FILES_BEING_SPLIT))
      .filter((file) => lineCount(file) > MAX_LINES)
      .map((file) => `${file}: ${lineCount(file)} lines`);
    expect(long).toEqual([]);
  });

  it("has no two lib folders that import each other", () => {
    const folderOf = (repositoryPath: string): string | null => {
      const match = repositoryPath.match(/^lib\/([^/]+?)(?:\.tsx?)?(?:\/|$)/);
      return match ? match[1] : null;
    };
    const edges = new Map<string, Set<string>>();
    for (const file of filesUnder("lib")) {
      if (TEST.test(file)) continue;
      const from = folderOf(file);
      if (!from) continue;
      for (const specifier of importsOf(file)) {
        const resolved = target(file, specifier);
        const to = resolved ? folderOf(resolved) : null;
        if (!to || to === from) continue;
        if (!edges.has(from)) edges.set(from, new Set());
        edges.get(from)?.add(to);
      }
    }
    const pairs: string[] = [];
    for (const [from, targets] of edges) {
      for (const to of targets) if (from < to && edges.get(to)?.has(from)) pairs.push(`lib/${from} ⇄ lib/${to}`);
    }
    expect(pairs.sort()).toEqual([]);
  });

  it("points lib/README.md at files that exist, one hop from each behaviour", () => {
    const missing: string[] = [];
    for (const line of fs.readFileSync(path.join(ROOT, "lib/README.md"), "utf8").split("\n")) {
      let folder = "";
      for (const [, token] of line.matchAll(/`([^`\s]+\.(?:ts|tsx|json|md))`/g)) {
        if (!token.includes("/") && !folder) continue;
        const file = token.includes("/") ? token : path.posix.join(folder, token);
        folder = path.posix.dirname(file);
        if (!fs.existsSync(path.join(ROOT, file))) missing.push(file);
      }
    }
    expect(missing).toEqual([]);
  });
});
