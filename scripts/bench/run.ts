// `npm run bench [-- --scale 1 --only search,themes]`: one generated project, every figure beside a plain
// baseline from the same run.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import v8 from "node:v8";
import vm from "node:vm";
import { agreementMeasurement } from "./agreement.bench";
import { anonymiseMeasurement } from "./anonymise.bench";
import { buildBenchProject } from "./bench-project";
import { codeQueryMeasurement } from "./code-query.bench";
import { codingViewMeasurement } from "./coding-view.bench";
import { exchangeMeasurement } from "./exchange.bench";
import { type BenchContext, type Figure, type Measurement, machine, printTable, workFolder } from "./harness";
import { importSurveyMeasurement } from "./import-survey.bench";
import { interactiveMeasurement } from "./interactive.bench";
import { interactiveActionsMeasurement } from "./interactive-actions.bench";
import { liveMeasurement } from "./live.bench";
import { type AppSession, serverPeaksMiB, startAppSession } from "./next-server";
import { packsMeasurement } from "./packs.bench";
import { scrollMeasurement } from "./scroll.bench";
import { searchMeasurement } from "./search.bench";
import { themesMeasurement } from "./themes.bench";

// In-process figures first, then the browser ones, which add codings to the project as they apply codes.
const MEASUREMENTS: Measurement[] = [
  importSurveyMeasurement,
  searchMeasurement,
  themesMeasurement,
  codeQueryMeasurement,
  codingViewMeasurement,
  scrollMeasurement,
  // In process, reading only the project's transcripts; it imports into a database of its own.
  exchangeMeasurement,
  packsMeasurement,
  anonymiseMeasurement,
  // In a database of its own.
  agreementMeasurement,
  // Last: it adds small waves and transcripts to the project.
  interactiveMeasurement,
  // After every other: it proposes and approves quotes, and makes the bench's coder the owner.
  interactiveActionsMeasurement,
  // It adds twenty followers to the project and codes the long transcript.
  liveMeasurement,
];

v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { scale: { type: "string" }, only: { type: "string" }, out: { type: "string" } },
  });
  const scale = Number(values.scale ?? 1);
  const only = values.only?.split(",");
  const workDir = workFolder();
  const started = Date.now();
  const log = (message: string) => console.log(`  ${message}`);

  console.log("▶ project");
  const project = await buildBenchProject(path.join(workDir, "bench.sqlite"), scale, log);
  const figures: Figure[] = [...project.figures];
  let session: AppSession | null = null;
  const context: BenchContext = {
    scale,
    workDir,
    log,
    project,
    app: async () => {
      session ??= await startAppSession(project.databasePath, project.coder, log);
      return session;
    },
  };
  try {
    for (const measurement of MEASUREMENTS) {
      if (only && !only.includes(measurement.name)) continue;
      console.log(`▶ ${measurement.name}`);
      // The project build and the figures before leave hundreds of MB of garbage in this process; collected
      // here, not in the middle of the next figure's timed runs (a server has no such heap left by a bench).
      collectGarbage();
      figures.push(...(await measurement.run(context)));
    }
  } finally {
    await (session as AppSession | null)?.stop();
  }
  const totalSeconds = (Date.now() - started) / 1000;
  console.log();
  printTable(figures);
  const report = {
    date: new Date().toISOString(),
    machine: machine(),
    scale,
    totalSeconds,
    project: { ...project.sizes, corpus: project.corpus },
    // The bench process builds the project and runs the in-process figures (import, search, themes);
    // the app server for the browser figures is measured from /proc.
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    serverPeakRssMiB: serverPeaksMiB.length > 0 ? Math.max(...serverPeaksMiB) : null,
    figures,
  };
  const out = values.out ?? path.join("bench-results", "latest.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(report, null, 2));
  console.log(
    `\n${figures.length} figures in ${totalSeconds.toFixed(1)} s on one project (${project.corpus}); ` +
      `peak RSS: bench ${report.peakRssMiB} MiB, app server ${report.serverPeakRssMiB ?? "–"} MiB; written to ${out}`,
  );
  fs.rmSync(workDir, { recursive: true, force: true });
}

void main();
