#!/usr/bin/env node
// `npm pack` and `npm publish` (and so release tags, scripts/release.mjs): `prepack` builds, then replaces package.json
// with the one that ships: what installing needs, without devDependencies and without any script, so npm runs nothing
// and asks nothing when it installs the package (npm 11 would list a `prepare` script, for a package installed from a
// tarball or git, as an install script the user has to approve, although installing never runs it). `postpack` puts
// package.json back byte for byte. Should a pack fail in between, the next prepack or postpack restores it first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FILE = join(ROOT, 'package.json');
const SAVED = join(ROOT, 'node_modules', '.cache', 'partnering', 'package.json');

const step = process.argv[2];
if (step !== 'prepack' && step !== 'postpack') {
  process.stderr.write('usage: node scripts/pack-manifest.mjs prepack|postpack\n');
  process.exit(2);
}
restore();
if (step === 'prepack') {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const text = readFileSync(FILE, 'utf8');
  mkdirSync(join(SAVED, '..'), { recursive: true });
  put(SAVED, text);
  put(FILE, shippedManifest(JSON.parse(text)));
}

/** The text of the shipped package.json for the package.json `pkg`. */
function shippedManifest(pkg) {
  const shipped = Object.fromEntries(Object.entries(pkg).filter(([key]) => !['devDependencies', 'scripts', 'allowScripts'].includes(key)));
  return `${JSON.stringify(shipped, null, 2)}\n`;
}

/** Puts back the package.json that a prepack saved, if any. */
function restore() {
  if (existsSync(SAVED)) renameSync(SAVED, FILE);
}

function put(file, text) {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}
