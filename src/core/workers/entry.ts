/**
 * The entry of dist/bundle/check.cjs (scripts/build.mjs): the whole CLI as one CommonJS script, which bin/load.cjs
 * compiles with a V8 code cache for `partner check`, and worker threads start from to check their chunks.
 */
export { main } from '../../main.js';
export { useWorkers } from './pool.js';
export { workerMain } from './worker.js';
