import fs from "node:fs";

const HAS_PROC = fs.existsSync("/proc/self/stat");

/** The process's state and start time (clock ticks since boot, field 22 of /proc/<pid>/stat); null if it is gone. */
function readProcessStat(pid: number): { state: string; startTime: string } | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may contain spaces and brackets: count from its closing bracket.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { state: fields[0], startTime: fields[19] };
  } catch {
    return null;
  }
}

/** When the process started, so a pid reused by another process later is not mistaken for it. */
export function processStartTime(pid: number): string | null {
  return readProcessStat(pid)?.startTime ?? null;
}

/** Whether the recorded process still runs: same pid, same start time, not a zombie. */
export function isProcessAlive(pid: number, startTime: string | null): boolean {
  if (HAS_PROC) {
    const stat = readProcessStat(pid);
    if (!stat || stat.state === "Z" || stat.state === "X") return false;
    return startTime === null || stat.startTime === startTime;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: a process with that pid exists but belongs to someone else; assume it is ours.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A line of /proc/<pid>/status in bytes (VmRSS now, VmHWM its peak); null where there is no /proc. */
export function processMemory(pid: number, field: "VmRSS" | "VmHWM"): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}
