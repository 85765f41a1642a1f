import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../e2e/support/chromium";

/** Shared by the browser benches: a production build, a `next start` on a temp database, a signed-in page. */
export const ROOT = path.join(__dirname, "../..");

/** Peak resident memory of every server the benches started, for the report. */
export const serverPeaksMiB: number[] = [];

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function newestSource(folder: string): number {
  const full = path.join(ROOT, folder);
  if (!fs.existsSync(full)) return 0;
  return Math.max(
    0,
    ...fs
      .readdirSync(full, { recursive: true, withFileTypes: true })
      .map((entry) => (entry.isFile() ? fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs : 0)),
  );
}

/** NEXT_DIST_DIR's build (or .next), built first when missing or older than the given sources. */
export function ensureBuild(log: (message: string) => void, sources: string[] = ["app", "components", "lib"]): string {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const buildId = path.join(ROOT, distDir, "BUILD_ID");
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  if (builtAt > Math.max(...sources.map(newestSource))) {
    log(`using the existing build in ${distDir}`);
    return distDir;
  }
  log(`${builtAt ? "the build is older than its sources" : "no build"} in ${distDir}: running next build`);
  const started = Date.now();
  // next build adds its dist folder's types to tsconfig.json; the checked-in file stays as it is.
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const tsconfigText = fs.readFileSync(tsconfig, "utf8");
  try {
    execFileSync("npx", ["next", "build"], {
      cwd: ROOT,
      stdio: "ignore",
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    });
  } finally {
    fs.writeFileSync(tsconfig, tsconfigText);
  }
  log(`next build took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return distDir;
}

/** Sum of the peak resident memory (VmHWM) of every process in a process group, in MiB. */
function groupPeakMiB(groupId: number): number {
  let kib = 0;
  for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== groupId) continue;
      const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
      if (match) kib += Number(match[1]);
    } catch {
      // the process ended meanwhile
    }
  }
  return Math.round(kib / 1024);
}

export async function startNextServer(distDir: string, databasePath: string, log: (message: string) => void) {
  const port = await freePort();
  const started = Date.now();
  const child: ChildProcess = spawn("npx", ["next", "start", "-p", String(port)], {
    cwd: ROOT,
    detached: true,
    stdio: "ignore",
    env: {
      ...process.env,
      NEXT_DIST_DIR: distDir,
      DATABASE_PATH: databasePath,
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: `bench-${Date.now()}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  const stop = () => {
    try {
      if (child.pid) {
        const peak = groupPeakMiB(child.pid);
        if (peak > 0) serverPeaksMiB.push(peak);
        process.kill(-child.pid, "SIGTERM");
      }
    } catch {
      // already gone
    }
  };
  try {
    await waitFor(`http://localhost:${port}/signin`, 60_000);
  } catch (error) {
    stop();
    throw error;
  }
  log(`next start answered after ${((Date.now() - started) / 1000).toFixed(1)} s on port ${port}`);
  return { baseURL: `http://localhost:${port}`, stop };
}

export async function signInBench(page: Page, baseURL: string, email: string, password: string): Promise<void> {
  const request = page.context().request;
  const { csrfToken } = (await (await request.get(`${baseURL}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await request.post(`${baseURL}/api/auth/callback/credentials`, {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  if (response.status() >= 400) throw new Error(`sign-in failed: ${response.status()}`);
}

/** One `next start` on the bench project's database and one signed-in Chromium page, shared by the browser figures. */
export interface AppSession {
  baseURL: string;
  page: Page;
  stop: () => Promise<void>;
}

export async function startAppSession(
  databasePath: string,
  user: { email: string; password: string },
  log: (message: string) => void,
): Promise<AppSession> {
  const distDir = ensureBuild(log);
  const server = await startNextServer(distDir, databasePath, log);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // tsx names the functions passed to page.evaluate with an __name helper the page lacks.
    await context.addInitScript("window.__name = (fn) => fn");
    const page = await context.newPage();
    await signInBench(page, server.baseURL, user.email, user.password);
    const opened = browser;
    return {
      baseURL: server.baseURL,
      page,
      stop: async () => {
        await opened.close();
        server.stop();
      },
    };
  } catch (error) {
    await browser?.close();
    server.stop();
    throw error;
  }
}
