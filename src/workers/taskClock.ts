/**
 * How long a worker has spent on one article task, as the pipeline's per-article time budget counts it: the CPU time of
 * the worker's thread, where the system reports a thread's CPU time (Linux, /proc/self/task/<id>/stat), else wall time.
 *
 * Wall time counts the machine's load as the article's: on a shared two-core machine at a load of 40 a worker gets a
 * twentieth of a core, and an article that needs 2 s of CPU (a cold worker's first, which builds the tagger's rule net
 * and the language tables) outran the 30 s budget and was left out, so the same case gave another graph under load
 * (tests/pipeline/parallel.test.ts failed so). The thread's own CPU time is what the article costs, whatever else runs;
 * a runaway article spends CPU and is still stopped.
 */
import { readFileSync, readlinkSync } from "node:fs";

/**
 * A task's flag, shared with the worker that runs it: slot 0 is 1 once a worker has started the task, slot 1 that worker
 * thread's id in the system (0 where unknown).
 */
export function newTaskFlag(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
}

/** This thread's id in the system (Linux: the task of /proc/thread-self), read once per thread; 0 where there is none. */
let ownSystemId: number | undefined;
function systemThreadId(): number {
  if (ownSystemId === undefined) {
    try {
      ownSystemId = Number(/\/task\/(\d+)$/.exec(readlinkSync("/proc/thread-self"))?.[1] ?? 0);
    } catch {
      ownSystemId = 0;
    }
  }
  return ownSystemId;
}

/** Marks a task started by the calling thread (the worker's), with the thread's id where a flag has room for it. */
export function markStarted(flag: Int32Array): void {
  if (flag.length > 1) Atomics.store(flag, 1, systemThreadId());
  Atomics.store(flag, 0, 1);
}

/** Milliseconds per clock tick of /proc's CPU times (USER_HZ, 100 on Linux whatever the kernel's own tick). */
const MS_PER_TICK = 10;

/** CPU time (user and system) a thread of this process has used, in ms; undefined where it cannot be read. */
export function threadCpuMs(systemId: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${systemId}/stat`, "utf8");
    // Fields after the command name in parentheses: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * MS_PER_TICK : undefined;
  } catch {
    return undefined;
  }
}

/** Time a started task has run, in ms, since the clock was started. */
export type TaskClock = () => number;

/**
 * A clock for a task its worker has just marked started: the CPU time of the thread the flag names, else (no thread
 * named, or its CPU time unreadable) wall time.
 */
export function startTaskClock(flag: Int32Array): TaskClock {
  const wallFrom = performance.now();
  const systemId = flag.length > 1 ? Atomics.load(flag, 1) : 0;
  const cpuFrom = systemId > 0 ? threadCpuMs(systemId) : undefined;
  return () => {
    const cpu = cpuFrom === undefined ? undefined : threadCpuMs(systemId);
    return cpu === undefined || cpuFrom === undefined ? performance.now() - wallFrom : cpu - cpuFrom;
  };
}
