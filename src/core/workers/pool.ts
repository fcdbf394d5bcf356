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
  if (!workerScript && env.PARTNER_WORKERS === undefined) return 0;
  return threadsFor(count, { threshold: WORKER_THRESHOLD, chunk: CHUNK }, env);
}

/** The rule of workerCount for any work split into chunks of `chunk` items, worth a thread from `threshold` items. */
export function threadsFor(count: number, sizes: { threshold: number; chunk: number }, env: NodeJS.ProcessEnv = process.env): number {
  const asked = env.PARTNER_WORKERS;
  if (asked !== undefined && /^\d+$/.test(asked)) return Math.min(Number(asked), Math.ceil(count / sizes.chunk));
  if (count < sizes.threshold) return 0;
  const os = process.getBuiltinModule('node:os');
  const idle = Math.round(os.availableParallelism() - (os.loadavg()[0] ?? 0));
  return Math.max(0, Math.min(idle - 1, Math.floor(count / sizes.threshold), 7));
}

/** What a worker is asked: one chunk of the work, by its place in the queue. */
export interface ChunkRequest<T = string[]> {
  id: number;
  chunk: T;
}
/** What it answers: the chunk's result, or the error that stopped it (with its errno code, if any). */
export type ChunkAnswer<R = PartnershipCheck[]> = { id: number; result: R } | { id: number; error: string; code?: string };

/** The parts of a check the formatters use: texts only of the files that have findings. */
export function slim(check: PartnershipCheck): PartnershipCheck {
  const files = new Set(check.diagnostics.map((d) => d.file));
  const texts = new Map<string, string>();
  for (const [file, text] of check.texts) if (files.has(file)) texts.set(file, text);
  return { ...check, texts };
}

/** Splits `items` into chunks of `size`. */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Runs every chunk: `threads` worker threads (started from `script` with `workerData`, answering ChunkRequest with
 * ChunkAnswer) take chunks from one queue while this thread runs chunks too with `local`, yielding between chunks
 * so the workers' answers come in. `record` gets each result with its chunk's place, so the caller can keep the
 * list's order whatever thread ran it.
 */
export async function runChunks<T, R>(work: { script: string; workerData: unknown; threads: number; chunks: readonly T[]; local: (chunk: T) => R; record: (id: number, result: R) => void }): Promise<void> {
  const { chunks, record } = work;
  // Loaded only now: a run on one thread never needs them.
  const { Worker } = process.getBuiltinModule('node:worker_threads');
  let next = 0;
  let failure: unknown;
  const workers = Array.from({ length: work.threads }, () => new Worker(work.script, { workerData: work.workerData }));
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
          worker.postMessage({ id: busy, chunk: chunks[busy]! } satisfies ChunkRequest<T>);
        };
        worker.on('message', (message: ChunkAnswer<R>) => {
          if ('result' in message) record(message.id, message.result);
          else failure ??= Object.assign(new Error(message.error), message.code ? { code: message.code } : {});
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
  while (failure === undefined && next < chunks.length) {
    const id = next++;
    record(id, work.local(chunks[id]!));
    await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(finished);
  if (failure !== undefined) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw failure;
  }
}

/** A worker thread's loop: answer each ChunkRequest with `run`'s result, or the error it threw. */
export function answerChunks<T, R>(run: (chunk: T) => R): void {
  const { parentPort } = process.getBuiltinModule('node:worker_threads');
  parentPort!.on('message', (request: ChunkRequest<T>) => {
    let answer: ChunkAnswer<R>;
    try {
      answer = { id: request.id, result: run(request.chunk) };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      answer = { id: request.id, error: String((error as Error)?.message ?? error), ...(code ? { code } : {}) };
    }
    parentPort!.postMessage(answer);
  });
}

/**
 * Checks every folder of `dirs`; the results are in the order of `dirs`, each keeping only the texts of files with
 * findings (for code frames), so that checking thousands of partnerships does not hold every file in memory.
 */
export async function checkAll(dirs: readonly string[], options: CheckOptions, env: NodeJS.ProcessEnv = process.env): Promise<PartnershipCheck[]> {
  const count = workerCount(dirs.length, env);
  const local = (chunk: readonly string[]) => chunk.map((dir) => slim(checkPartnership(dir, options)));
  if (count === 0 || !workerScript) return local(dirs);
  const chunks = chunksOf(dirs, CHUNK);
  const done: PartnershipCheck[][] = new Array(chunks.length);
  await runChunks({ script: workerScript, workerData: { partnerCheck: options }, threads: count, chunks, local, record: (id, result) => (done[id] = result) });
  return done.flat();
}
