import fs from "node:fs";
import path from "node:path";
import { and, desc, eq } from "drizzle-orm";
import yazl from "yazl";
import type { Db } from "../../db/client";
import { packRuns, projects } from "../../db/schema";
import { AppError } from "../errors";
import { getProjectSettings } from "../projects/settings";
import { getComparison } from "../waves/comparison";
import { type AuthorityPack, buildPacks, isSmallPack, loadPackCounts, type PackOptions } from "./build-packs";
import { displayCount } from "./disclosure";
import { authorityAttributeId } from "./pack-figures";
import { renderPackDocx } from "./render-pack-docx";
import { renderPackPdf } from "./render-pack-pdf";

/** The waves and thresholds every pack of the project uses: the project's comparison (or a view's). */
export function packOptions(db: Db, projectId: number, compare?: string | null): PackOptions {
  const comparison = getComparison(db, projectId, { compare: compare ?? null });
  if (!comparison.baseline || !comparison.current) {
    throw new AppError(
      "conflict",
      "Packs compare two survey waves; this project has fewer than two with enough respondents.",
    );
  }
  const settings = getProjectSettings(db, projectId);
  return {
    waves: { baseline: comparison.baseline.label, current: comparison.current.label },
    threshold: Math.max(10, settings.suppressionThreshold),
    k: settings.quoteK,
  };
}

/** One authority's pack (the figures of all are computed together, so none undoes another's suppression). */
export function getAuthorityPack(
  db: Db,
  projectId: number,
  authorityId: number,
  compare?: string | null,
): AuthorityPack {
  const [pack] = buildPacks(db, projectId, packOptions(db, projectId, compare), authorityId);
  if (!pack) throw new AppError("not_found", "Authority not found.");
  return pack;
}

export function packFileName(authorityName: string): string {
  return authorityName
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/&/g, "and")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
}

function projectName(db: Db, projectId: number): string {
  return db.select({ name: projects.name }).from(projects).where(eq(projects.id, projectId)).get()?.name ?? "";
}

/** Every pack as .docx and .pdf in one zip at `outPath`; `onProgress(done, total)` after each authority. */
export async function writePacksZip(
  db: Db,
  projectId: number,
  outPath: string,
  onProgress: (done: number, total: number) => void = () => {},
  only?: number,
): Promise<{ packs: number; small: number }> {
  const packs = buildPacks(db, projectId, packOptions(db, projectId), only);
  const name = projectName(db, projectId);
  const zip = new yazl.ZipFile();
  fs.mkdirSync(path.dirname(outPath), { recursive: true });
  const written = new Promise<void>((resolve, reject) => {
    const out = fs.createWriteStream(`${outPath}.partial`, { mode: 0o600 });
    out.on("close", () => resolve());
    out.on("error", reject);
    zip.outputStream.pipe(out);
  });
  let done = 0;
  for (const pack of packs) {
    const base = packFileName(pack.authority.name);
    zip.addBuffer(await renderPackDocx(pack, name), `${base}.docx`);
    zip.addBuffer(await renderPackPdf(pack, name), `${base}.pdf`);
    done++;
    onProgress(done, packs.length);
  }
  zip.end();
  await written;
  fs.renameSync(`${outPath}.partial`, outPath);
  return { packs: packs.length, small: packs.filter((pack) => pack.small).length };
}

export function packsFolder(): string {
  return path.join(
    path.dirname(process.env.DATABASE_PATH ?? path.join(process.cwd(), "data", "quoteline.sqlite")),
    "packs",
  );
}

/** Starts a "make all packs" run, or answers the one already running; a new run goes to a worker (`runPackJob`). */
export function createPackRun(db: Db, projectId: number, userId: number) {
  return db.transaction(
    (tx) => {
      const running = tx
        .select()
        .from(packRuns)
        .where(and(eq(packRuns.projectId, projectId), eq(packRuns.status, "running")))
        .get();
      if (running) return { run: running, created: false };
      return {
        run: tx.insert(packRuns).values({ projectId, userId, status: "running" }).returning().get(),
        created: true,
      };
    },
    { behavior: "immediate" },
  );
}

export function latestPackRun(db: Db, projectId: number) {
  return (
    db.select().from(packRuns).where(eq(packRuns.projectId, projectId)).orderBy(desc(packRuns.id)).limit(1).get() ??
    null
  );
}

export function getPackRun(db: Db, projectId: number, runId: number) {
  const run = db
    .select()
    .from(packRuns)
    .where(and(eq(packRuns.id, runId), eq(packRuns.projectId, projectId)))
    .get();
  if (!run) throw new AppError("not_found", "Pack run not found.");
  return run;
}

/** Makes the run's zip, writing progress to its row; never throws (a failure ends the run with its reason). */
export async function runPackJob(db: Db, runId: number): Promise<void> {
  const run = db.select().from(packRuns).where(eq(packRuns.id, runId)).get();
  if (!run || run.status !== "running") return;
  const outPath = path.join(packsFolder(), `project-${run.projectId}-run-${run.id}.zip`);
  try {
    const result = await writePacksZip(db, run.projectId, outPath, (done, total) => {
      db.update(packRuns).set({ done, total }).where(eq(packRuns.id, runId)).run();
    });
    db.update(packRuns)
      .set({
        status: "done",
        storedPath: outPath,
        done: result.packs,
        total: result.packs,
        message: `${result.packs} packs made; ${result.small} authorities had too few respondents for their own figures.`,
        finishedAt: new Date(),
      })
      .where(eq(packRuns.id, runId))
      .run();
  } catch (error) {
    const message =
      error instanceof AppError
        ? error.message
        : "The packs could not be made. Try again; if it fails again, tell the project owner.";
    db.update(packRuns).set({ status: "failed", message, finishedAt: new Date() }).where(eq(packRuns.id, runId)).run();
  }
}

/** Ends a run whose worker died before it finished. */
export function failPackRun(db: Db, runId: number, message: string): void {
  db.update(packRuns)
    .set({ status: "failed", message, finishedAt: new Date() })
    .where(and(eq(packRuns.id, runId), eq(packRuns.status, "running")))
    .run();
}

export interface PackListRow {
  id: number;
  name: string;
  region: string;
  /** Respondents per compared wave, as counted (for the research team) and as the pack shows them. */
  respondents: { wave: string; count: number; shown: string }[];
  small: boolean;
}

/** The packs page: every authority with its respondents per wave and its pack's state, and unplaced spellings. */
export function listPackStates(db: Db, projectId: number, compare?: string | null) {
  const options = packOptions(db, projectId, compare);
  // The page shows counts and states only: no pack is built.
  const { authorities, counts } = loadPackCounts(db, projectId, options);
  const waves = [options.waves.baseline, options.waves.current];
  const rows: PackListRow[] = authorities.map((authority, index) => ({
    id: authority.id,
    name: authority.name,
    region: authority.region,
    respondents: waves.map((wave) => ({
      wave,
      count: counts.totals[wave].counts[index],
      shown: displayCount(counts.totals[wave].cells[index]),
    })),
    small: isSmallPack(counts, index, options),
  }));
  return {
    waves: options.waves,
    rows,
    unmatched: counts.unmatched,
    hasAuthorityColumn: authorityAttributeId(db, projectId) !== null,
  };
}
