import { checkPartnership, type CheckOptions, type PartnershipCheck } from '../check/check.js';

/**
 * Checks many partnerships on every core: worker threads take chunks of the list while this thread checks chunks
 * too, and the results come back in the order of the list, so the output is the same as one thread's. Below a
 * threshold, or when no worker script is known (in-process runs, the unbundled dist/main.js), everything runs
 * here, as before.
 */

/** Fewer partnerships than this are checked on this thread: a worker costs more to start than they take. */
export const WORKER_THRESHOLD = 32;
/** Partnerships per message: small enough to share the work evenly, large enough to make messages few. */
const CHUNK = 8;

let workerScript: string | undefined;

/** Set by the bundle's loader (bin/load.cjs): the script a worker thread starts from. */
export function useWorkers(script: string | undefined): void {
  workerScript = script;
}

/**
 * How many worker threads to start for `count` partnerships: 0 to check them all on this thread. One per core
 * beyond this thread's, and only for cores other processes leave idle (by the load average): a thread that has
 * to share its core costs more than it brings (each thread compiles and collects on its own). PARTNER_WORKERS=n
 * sets the number.
 */
export function workerCount(count: number, env: NodeJS.ProcessEnv = process.env): number {
  const asked = env.PARTNER_WORKERS;
  if (asked !== undefined && /^\d+$/.test(asked)) return Math.min(Number(asked), Math.ceil(count / CHUNK));
  if (!workerScript || count < WORKER_THRESHOLD) return 0;
  const os = process.getBuiltinModule('node:os');
  const idle = Math.round(os.availableParallelism() - (os.loadavg()[0] ?? 0));
  return Math.max(0, Math.min(idle - 1, Math.floor(count / WORKER_THRESHOLD), 7));
}

/** What a worker is asked: check these folders. */
export interface ChunkRequest {
  id: number;
  dirs: string[];
}
/** What it answers: their checks, in order (only the texts of files with findings: all the formatters read). */
export interface ChunkResult {
  id: number;
  results: PartnershipCheck[];
}

/** The parts of a check the formatters use: texts only of the files that have findings. */
export function slim(check: PartnershipCheck): PartnershipCheck {
  const files = new Set(check.diagnostics.map((d) => d.file));
  const texts = new Map<string, string>();
  for (const [file, text] of check.texts) if (files.has(file)) texts.set(file, text);
  return { ...check, texts };
}

/**
 * Checks every folder of `dirs`; the results are in the order of `dirs`, each keeping only the texts of files with
 * findings (for code frames), so that checking thousands of partnerships does not hold every file in memory.
 */
export async function checkAll(dirs: readonly string[], options: CheckOptions, env: NodeJS.ProcessEnv = process.env): Promise<PartnershipCheck[]> {
  const count = workerCount(dirs.length, env);
  if (count === 0 || !workerScript) return dirs.map((dir) => slim(checkPartnership(dir, options)));

  // Loaded only now: a check of a few partnerships never needs threads.
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  const chunks: string[][] = [];
  for (let i = 0; i < dirs.length; i += CHUNK) chunks.push(dirs.slice(i, i + CHUNK));
  const done: PartnershipCheck[][] = new Array(chunks.length);
  let next = 0;
  let failure: unknown;
  const workers = Array.from({ length: count }, () => new Worker(workerScript!, { workerData: { partnerCheck: options } }));

  const finished = workers.map(
    (worker) =>
      new Promise<void>((resolve) => {
        let busy = -1;
        const give = () => {
          busy = -1;
          if (failure !== undefined || next >= chunks.length) {
            void worker.terminate();
            resolve();
            return;
          }
          busy = next++;
          worker.postMessage({ id: busy, dirs: chunks[busy]! } satisfies ChunkRequest);
        };
        worker.on('message', (message: ChunkResult) => {
          done[message.id] = message.results;
          give();
        });
        worker.on('error', (error) => {
          failure ??= error;
          resolve();
        });
        worker.on('exit', (code) => {
          if (busy >= 0) failure ??= new Error(`A worker thread stopped (exit code ${code}) before it finished its partnerships.`);
          resolve();
        });
        give();
      }),
  );

  // This thread takes chunks too, from the same queue, yielding between chunks so workers' answers come in.
  while (failure === undefined && next < chunks.length) {
    const id = next++;
    done[id] = chunks[id]!.map((dir) => slim(checkPartnership(dir, options)));
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(finished);
  if (failure !== undefined) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw failure;
  }
  return done.flat();
}
