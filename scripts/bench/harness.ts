import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BenchProject } from "./bench-project";
import type { AppSession } from "./next-server";

/** One figure: a measurement beside its plain baseline from the same run. */
export interface Figure {
  name: string;
  corpus: string;
  value: number;
  unit: string;
  baselineName: string;
  baseline: number | null;
  target: string;
  met: boolean | null;
  notes?: string;
}

export interface Measurement {
  name: string;
  run: (context: BenchContext) => Promise<Figure[]>;
}

export interface BenchContext {
  scale: number;
  workDir: string;
  log: (message: string) => void;
  /** The one generated project the figures are measured on. */
  project: BenchProject;
  /** The app server on the project's database with a signed-in Chromium page, started on first use. */
  app: () => Promise<AppSession>;
}

export function timeIt<T>(fn: () => T): { result: T; ms: number } {
  const started = process.hrtime.bigint();
  const result = fn();
  return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

export async function timeItAsync<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = process.hrtime.bigint();
  const result = await fn();
  return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function workFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "quoteline-bench-"));
}

export function ratio(figure: Figure): string {
  return figure.baseline ? `${(figure.value / figure.baseline).toFixed(2)}×` : "–";
}

export function printTable(figures: Figure[]): void {
  const rows = figures.map((f) => [
    f.name,
    `${f.value.toFixed(1)} ${f.unit}`,
    f.baseline === null ? "–" : `${f.baseline.toFixed(1)} ${f.unit} (${f.baselineName})`,
    ratio(f),
    f.target,
    f.met === null ? "–" : f.met ? "met" : "MISSED",
    f.corpus,
  ]);
  const header = ["figure", "value", "baseline (same run)", "ratio", "target", "", "corpus"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "─".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
}

export function machine(): Record<string, string | number> {
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
  };
}
