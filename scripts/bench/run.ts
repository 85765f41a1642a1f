// `npm run bench [-- --scale 1 --only import]`: each figure beside a plain baseline from the same run.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { codingViewMeasurement } from "./coding-view.bench";
import { type Figure, type Measurement, machine, printTable, workFolder } from "./harness";
import { importSurveyMeasurement } from "./import-survey.bench";
import { serverPeaksMiB } from "./next-server";
import { scrollMeasurement } from "./scroll.bench";
import { searchMeasurement } from "./search.bench";
import { themesMeasurement } from "./themes.bench";

const MEASUREMENTS: Measurement[] = [
  importSurveyMeasurement,
  codingViewMeasurement,
  searchMeasurement,
  scrollMeasurement,
  themesMeasurement,
];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { scale: { type: "string" }, only: { type: "string" }, out: { type: "string" } },
  });
  const scale = Number(values.scale ?? 1);
  const only = values.only?.split(",");
  const workDir = workFolder();
  const started = Date.now();
  const figures: Figure[] = [];
  for (const measurement of MEASUREMENTS) {
    if (only && !only.includes(measurement.name)) continue;
    console.log(`▶ ${measurement.name}`);
    figures.push(...(await measurement.run({ scale, workDir, log: (m) => console.log(`  ${m}`) })));
  }
  const totalSeconds = (Date.now() - started) / 1000;
  console.log();
  printTable(figures);
  const report = {
    date: new Date().toISOString(),
    machine: machine(),
    scale,
    totalSeconds,
    // The bench process runs the in-process measurements (import, themes, search); the app servers
    // the browser measurements start are measured from /proc.
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    serverPeakRssMiB: serverPeaksMiB.length > 0 ? Math.max(...serverPeaksMiB) : null,
    figures,
  };
  const out = values.out ?? path.join("bench-results", "latest.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(report, null, 2));
  console.log(
    `\n${figures.length} figures in ${totalSeconds.toFixed(1)} s; peak RSS: bench ${report.peakRssMiB} MiB, app server ${report.serverPeakRssMiB ?? "–"} MiB; written to ${out}`,
  );
  fs.rmSync(workDir, { recursive: true, force: true });
}

void main();
