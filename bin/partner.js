#!/usr/bin/env node
// The whole bin: run main() and hand its exit code to Node; main() never calls process.exit. It is CommonJS
// (bin/package.json), Node's quickest start; bin/load.cjs picks the build of main() to run.
/* global require */
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('./load.cjs').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
