#!/usr/bin/env node
// Precompiles the built-in templates (templates/) at build time, so `partner render` runs them on Handlebars's small
// runtime instead of parsing and compiling every template at every run. Writes src/generated/templates.js (+ .d.ts)
// and the same into dist/generated/. The checks and the escaping rewrite are src/render/template-syntax.ts, the
// very code the runtime uses for a broker's own template: esbuild loads it from the TypeScript source.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import Handlebars from 'handlebars';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const cache = join(ROOT, 'node_modules', '.cache', 'partner');
mkdirSync(cache, { recursive: true });
const bundled = join(cache, `template-builtins.${process.pid}.mjs`);
await build({ entryPoints: [join(ROOT, 'src', 'render', 'template-builtins.ts')], bundle: true, format: 'esm', platform: 'node', packages: 'external', outfile: bundled, logLevel: 'warning' });
let builtins;
try {
  builtins = await import(pathToFileURL(bundled).href);
} finally {
  rmSync(bundled, { force: true });
}
const code = builtins.precompiledModule(Handlebars, join(ROOT, 'templates'));
// Written beside and renamed into place, so a partner running meanwhile never reads half a file.
const put = (file, text) => {
  writeFileSync(`${file}.${process.pid}.tmp`, text);
  renameSync(`${file}.${process.pid}.tmp`, file);
};
for (const dir of ['src/generated', 'dist/generated']) {
  mkdirSync(join(ROOT, dir), { recursive: true });
  put(join(ROOT, dir, 'templates.js'), code);
  put(join(ROOT, dir, 'templates.d.ts'), builtins.PRECOMPILED_DTS);
}
