import { type ChildProcess, fork } from "node:child_process";
import path from "node:path";
import type { Db } from "../../db/client";
import {
  expireAbandonedPreviews,
  failOrphanedImports,
  failRunningImport,
  type WorkerEnd,
  workerEndedMessage,
} from "./end-import";
import type { ImportPhase } from "./import-job-state";
import { processMemory } from "./worker-process";

export interface ImportWorkerPoolOptions {
  /** The server's connection, used only to end jobs whose worker died. */
  db: Db;
  databasePath: string;
  /** Workers running at once; further jobs wait in the queue. */
  size?: number;
  /** V8 heap limit of each worker (--max-old-space-size). */
  heapLimitMb?: number;
  /** Resident memory a worker may reach while running a job before it is stopped. */
  memoryLimitMb?: number;
  /** Longest one job may run before its worker is stopped. */
  timeLimitMs?: number;
  /** The worker program (scripts/import-worker.ts). */
  workerScript?: string;
  cwd?: string;
  /** How often orphaned jobs and abandoned previews are looked for. */
  sweepIntervalMs?: number;
}

export const DEFAULT_POOL_SIZE = 2;
export const DEFAULT_HEAP_LIMIT_MB = 384;
/** Resident memory, not heap: a 27 MB, 50,000-respondent export peaks near 540 MB in a worker. */
export const DEFAULT_MEMORY_LIMIT_MB = 768;
export const DEFAULT_TIME_LIMIT_MS = 10 * 60 * 1000;

/** Messages a worker sends to the pool. */
export type WorkerMessage =
  | { type: "ready" }
  | { type: "progress"; importId: number; fraction: number }
  | { type: "finished"; importId: number };

/** Messages the pool sends to a worker. */
export interface RunMessage {
  type: "run";
  importId: number;
  phase: ImportPhase;
  memoryLimitMb: number;
}

interface QueuedJob {
  importId: number;
  phase: ImportPhase;
}

interface Worker {
  child: ChildProcess;
  ready: boolean;
  job: (QueuedJob & { timer: NodeJS.Timeout }) | null;
  /** Set when the pool stops the worker itself, so its job ends with the true reason. */
  stoppedFor: WorkerEnd | null;
  stderrTail: string;
}

const WATCH_INTERVAL_MS = 200;
const RESTART_DELAY_MS = 1_000;
const BUSY_RETRY_MS = 250;

/**
 * A fixed number of long-lived import processes, started once and reused: a job costs no process
 * start-up, at most `size` jobs parse or store at once and the rest wait their turn. A worker that runs
 * out of memory or time, or dies, ends its job as failed with the reason and is replaced; workers exit
 * with the server (their IPC channel closes).
 */
export class ImportWorkerPool {
  readonly size: number;
  private readonly options: Required<Omit<ImportWorkerPoolOptions, "db">> & { db: Db };
  private readonly workers: Worker[] = [];
  private readonly queue: QueuedJob[] = [];
  private readonly progressById = new Map<number, number>();
  private readonly timers: NodeJS.Timeout[] = [];
  private closed = false;

  constructor(options: ImportWorkerPoolOptions) {
    this.options = {
      size: DEFAULT_POOL_SIZE,
      heapLimitMb: DEFAULT_HEAP_LIMIT_MB,
      memoryLimitMb: DEFAULT_MEMORY_LIMIT_MB,
      timeLimitMs: DEFAULT_TIME_LIMIT_MS,
      workerScript: path.join(options.cwd ?? process.cwd(), "scripts", "import-worker.ts"),
      cwd: process.cwd(),
      sweepIntervalMs: 30_000,
      ...Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)),
    } as ImportWorkerPool["options"];
    this.size = this.options.size;
  }

  /** Ends what a stopped server left running, then starts the workers and the periodic checks. */
  start(): this {
    this.sweep();
    for (let i = 0; i < this.size; i++) this.workers.push(this.spawnWorker());
    const watch = setInterval(() => this.watchMemory(), WATCH_INTERVAL_MS);
    const sweep = setInterval(() => this.sweep(), this.options.sweepIntervalMs);
    watch.unref();
    sweep.unref();
    this.timers.push(watch, sweep);
    return this;
  }

  /** Queues a job whose row is already `queued`; it runs as soon as a worker is free. */
  enqueue(importId: number, phase: ImportPhase): void {
    if (this.closed) throw new Error("The import pool is closed.");
    this.queue.push({ importId, phase });
    this.progressById.set(importId, 0);
    this.dispatch();
  }

  /** What the server knows of a job it holds: its progress while running, its place while waiting. */
  jobState(importId: number): { progress: number | null; position: number | null } {
    const index = this.queue.findIndex((job) => job.importId === importId);
    return { progress: this.progressById.get(importId) ?? null, position: index >= 0 ? index + 1 : null };
  }

  /** Resolves once every worker has loaded and can take a job at once. */
  async ready(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(this.workers.length === this.size && this.workers.every((worker) => worker.ready))) {
      if (Date.now() > deadline) throw new Error("The import workers did not start.");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  owns(importId: number): boolean {
    return (
      this.queue.some((job) => job.importId === importId) ||
      this.workers.some((worker) => worker.job?.importId === importId)
    );
  }

  /** The workers' process ids (for tests and diagnostics). */
  workerPids(): number[] {
    return this.workers.flatMap((worker) => (worker.child.pid === undefined ? [] : [worker.child.pid]));
  }

  /** How many workers are running a job now. */
  busyCount(): number {
    return this.workers.filter((worker) => worker.job !== null).length;
  }

  /** Stops every worker; jobs still queued or running end as interrupted at the next server start. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearInterval(timer);
    await Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.child.exitCode !== null || worker.child.signalCode !== null) return resolve();
            worker.child.once("exit", () => resolve());
            worker.child.kill("SIGKILL");
          }),
      ),
    );
  }

  private sweep(): void {
    try {
      failOrphanedImports(
        this.options.db,
        (importId) => this.owns(importId),
        (importId, message) => this.failJob(importId, message),
      );
      expireAbandonedPreviews(this.options.db);
    } catch (error) {
      console.error("import pool: could not check for interrupted imports", errorName(error));
    }
  }

  private spawnWorker(): Worker {
    const child = fork(this.options.workerScript, [], {
      cwd: this.options.cwd,
      execArgv: ["--import", "tsx", `--max-old-space-size=${this.options.heapLimitMb}`],
      env: { ...process.env, DATABASE_PATH: this.options.databasePath },
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    const worker: Worker = { child, ready: false, job: null, stoppedFor: null, stderrTail: "" };
    child.stderr?.on("data", (chunk: Buffer) => {
      worker.stderrTail = (worker.stderrTail + chunk.toString("utf8")).slice(-4096);
    });
    child.on("message", (message: WorkerMessage) => this.onMessage(worker, message));
    child.on("error", () => {
      // A worker that cannot start also exits; its exit handler replaces it.
    });
    child.on("exit", (code, signal) => this.onExit(worker, code, signal));
    // The server may exit while workers idle: they must not keep it alive.
    child.unref();
    (child.channel as { unref?: () => void } | undefined)?.unref?.();
    return worker;
  }

  private onMessage(worker: Worker, message: WorkerMessage): void {
    if (message.type === "ready") {
      worker.ready = true;
      this.dispatch();
    } else if (message.type === "progress") {
      if (worker.job?.importId === message.importId) this.progressById.set(message.importId, message.fraction);
    } else if (message.type === "finished" && worker.job?.importId === message.importId) {
      clearTimeout(worker.job.timer);
      this.progressById.delete(message.importId);
      worker.job = null;
      this.dispatch();
    }
  }

  private onExit(worker: Worker, code: number | null, signal: NodeJS.Signals | null): void {
    const job = worker.job;
    worker.job = null;
    if (job) {
      clearTimeout(job.timer);
      this.progressById.delete(job.importId);
      const end = worker.stoppedFor ?? this.endOf(worker, code, signal);
      this.failJob(job.importId, workerEndedMessage(job.phase, end));
    }
    const index = this.workers.indexOf(worker);
    if (index < 0 || this.closed) return;
    const replace = () => {
      if (this.closed) return;
      this.workers[index] = this.spawnWorker();
    };
    // A worker that never got ready may be unable to start at all: wait before trying again.
    if (worker.ready) replace();
    else setTimeout(replace, RESTART_DELAY_MS).unref();
  }

  private endOf(worker: Worker, code: number | null, signal: NodeJS.Signals | null): WorkerEnd {
    if (/heap out of memory|Reached heap limit|allocation failed/i.test(worker.stderrTail)) {
      return { reason: "memory", limitMb: this.options.heapLimitMb };
    }
    if (signal) return { reason: "signal", signal };
    return { reason: "exit", code };
  }

  /** Ends the job as failed; while another import holds the write lock, tries again shortly. */
  private failJob(importId: number, message: string): void {
    try {
      if (failRunningImport(this.options.db, importId, message) !== "busy") return;
    } catch (error) {
      console.error("import pool: could not end an interrupted import", errorName(error));
      return;
    }
    setTimeout(() => this.failJob(importId, message), BUSY_RETRY_MS).unref();
  }

  private dispatch(): void {
    for (const worker of this.workers) {
      if (this.queue.length === 0) return;
      if (!worker.ready || worker.job || !worker.child.connected) continue;
      const next = this.queue.shift() as QueuedJob;
      const timer = setTimeout(
        () => this.stop(worker, { reason: "time", limitMs: this.options.timeLimitMs }),
        this.options.timeLimitMs,
      );
      timer.unref();
      worker.job = { ...next, timer };
      worker.stoppedFor = null;
      const message: RunMessage = {
        type: "run",
        importId: next.importId,
        phase: next.phase,
        memoryLimitMb: this.options.memoryLimitMb,
      };
      worker.child.send(message);
    }
  }

  private stop(worker: Worker, reason: WorkerEnd): void {
    if (!worker.job || worker.stoppedFor) return;
    worker.stoppedFor = reason;
    worker.child.kill("SIGKILL");
  }

  private watchMemory(): void {
    const limit = this.options.memoryLimitMb * 1024 * 1024;
    for (const worker of this.workers) {
      if (!worker.job || worker.child.pid === undefined) continue;
      const resident = processMemory(worker.child.pid, "VmRSS");
      if (resident !== null && resident > limit)
        this.stop(worker, { reason: "memory", limitMb: this.options.memoryLimitMb });
    }
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : "unknown";
}
