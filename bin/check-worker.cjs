// A worker thread of `partner check` on many partnerships (src/core/workers/pool.ts): the same bundle, its own loop.
/* global require */
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('./load.cjs').loadCheck().workerMain();
