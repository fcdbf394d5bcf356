/**
 * A broker's own template may write any Markdown, and for some Markdown the parser (marked) needs time and memory far
 * beyond its size: blockquotes that go in and out of nesting line after line, or thousands of nested lists or
 * emphasis markers, make it run for minutes, overflow the stack, or exhaust memory and abort the whole process.
 * So before the Markdown of a broker's template is turned into HTML, it is parsed once in a worker thread with its own
 * memory limit, stack and deadline: if the worker fails or is too slow, the command stops with a clear error (exit 2)
 * instead of crashing. The built-in templates need no probe: the data in them is escaped, so they never produce such
 * Markdown (test/hostile-commands.test.ts renders 10,000 nested quotes and list markers in the data).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UsageError } from '../core/base/diagnostic.js';

export interface ProbeLimits {
  milliseconds: number;
  /** The worker's heap; the main process has several times as much, so what passes here passes there. */
  memoryMb: number;
}

export const PROBE_LIMITS: Readonly<ProbeLimits> = { milliseconds: 10_000, memoryMb: 256 };

/** The worker: imports marked by its resolved URL and parses with the options of src/render/html.ts. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.marked)
  .then(({ Marked }) => {
    new Marked({ gfm: true, breaks: false, async: false }).parse(workerData.markdown);
    parentPort.postMessage('ok');
  })
  .catch((error) => parentPort.postMessage(String((error && error.message) || error)));
`;

/**
 * Resolves when `markdown` can be turned into HTML within the limits; otherwise throws a UsageError naming the
 * template (`shown`) that produced it.
 */
export async function assertMarkdownTractable(markdown: string, shown: string, limits: ProbeLimits = PROBE_LIMITS): Promise<void> {
  const marked = pathToFileURL(createRequire(import.meta.url).resolve('marked')).href;
  const outcome = await new Promise<string>((resolve) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { markdown, marked },
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 1 },
      stdout: true,
      stderr: true,
    });
    const done = (result: string) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => done('time'), limits.milliseconds);
    worker.once('message', (m) => done(String(m)));
    worker.once('error', (e) => done((e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : String(e.message)));
    worker.once('exit', () => done('exit'));
  });
  if (outcome === 'ok') return;
  const why = outcome === 'time' ? `took more than ${limits.milliseconds / 1000} seconds to turn into HTML` : outcome === 'memory' || outcome === 'exit' ? 'needs too much memory to turn into HTML' : /call stack/i.test(outcome) ? 'nests quotes, lists or emphasis too deeply to turn into HTML' : `cannot be turned into HTML (${outcome.split('\n')[0]!.slice(0, 120)})`;
  throw new UsageError(`${shown}: the Markdown this template produces ${why}; nothing was written.`, 'Look for quotes (>) or lists nested many levels deep, or long runs of * or _; or render it with --format md.');
}
