#!/usr/bin/env node
// The whole bin: run main() and hand its exit code to Node; main() never calls process.exit.
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));
