import fs from "node:fs";
import path from "node:path";

const APP = path.join(process.cwd(), "app");

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

function routePath(file: string): string {
  const relative = path.relative(APP, path.dirname(file)).split(path.sep);
  // Route groups "(name)" and private folders "_name" are not part of the URL.
  const parts = relative.filter((part) => part && !/^\(.*\)$/.test(part));
  return `/${parts.join("/")}`.replace(/\/$/, "") || "/";
}

/** Every exported HTTP method of every app/**\/route.ts, as "METHOD /path/[param]". */
export function discoverRoutes(): string[] {
  return walk(APP)
    .filter((file) => path.basename(file) === "route.ts")
    .flatMap((file) => {
      const source = fs.readFileSync(file, "utf8");
      const methods = new Set<string>();
      for (const match of source.matchAll(
        /export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g,
      ))
        methods.add(match[1]);
      for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
        for (const name of match[1].matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(name[1]);
      }
      return [...methods].map((method) => `${method} ${routePath(file)}`);
    })
    .sort();
}

/** Every export of every 'use server' module, as "app/relative/file.ts#name". */
export function discoverActions(): string[] {
  return walk(APP)
    .filter((file) => /\.(ts|tsx)$/.test(file))
    .filter((file) => /^\s*["']use server["']/.test(fs.readFileSync(file, "utf8")))
    .flatMap((file) => {
      const source = fs.readFileSync(file, "utf8");
      const names = [...source.matchAll(/export\s+(?:const|async\s+function|function)\s+(\w+)/g)].map((m) => m[1]);
      return names.map((name) => `${path.relative(process.cwd(), file).split(path.sep).join("/")}#${name}`);
    })
    .sort();
}

/** Every page, as its URL pattern. */
export function discoverPages(): string[] {
  return walk(APP)
    .filter((file) => path.basename(file) === "page.tsx")
    .map(routePath)
    .sort();
}
