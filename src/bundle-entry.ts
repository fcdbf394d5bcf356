/**
 * The entry of dist/bundle/check.cjs and dist/bundle/render.cjs (scripts/build.mjs): the whole CLI as one CommonJS
 * script, which bin/load.cjs compiles with a V8 code cache for `partner check` and `partner render`, and worker
 * threads start from to check their chunks.
 */
export { processIo } from './cli/io.js';
export { main } from './main.js';
export { useWorkers } from './core/workers/pool.js';
export { workerMain } from './core/workers/worker.js';
