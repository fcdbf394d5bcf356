#!/usr/bin/env node
/**
 * Renders an HTML (or SVG) file in headless Chromium and saves a PNG screenshot, to see a document as a reader
 * would, without a desktop. Nothing is fetched: the pages `partner render` writes are self-contained, and Chromium
 * runs with networking features off, in a throw-away profile. Whatever the page logs to the console (a script
 * error, a resource or inline script blocked by the page's Content-Security-Policy) is reported and fails the run.
 *
 *   node scripts/screenshot.mjs <file.html|file.svg> <out.png> [--width 1200] [--height 1600]
 *
 * Needs Debian's `chromium` (apt-get install -y chromium), or CHROMIUM=/path/to/chrome. Exit 0 with the PNG written
 * (its size is printed), 1 when Chromium fails, writes nothing usable or the page logged messages, 2 for usage or no
 * Chromium. test/render-review.test.ts and test/render-map.test.ts use it when /usr/bin/chromium exists.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium binary: $CHROMIUM, else the first of the usual paths that exists; undefined when none does. */
export function findChromium(env = process.env) {
  if (env.CHROMIUM) return existsSync(env.CHROMIUM) ? env.CHROMIUM : undefined;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

/**
 * Screenshots `input` into `output` (PNG). Returns { ok, bytes, width, height, console, stderr }: width and height
 * read from the PNG header, `console` the messages the page logged (each as Chromium reports it).
 */
export function screenshot(input, output, { width = 1200, height = 1600, chromium = findChromium(), timeout = 90_000 } = {}) {
  if (!chromium) return { ok: false, bytes: 0, width: 0, height: 0, console: [], stderr: 'Chromium not found: apt-get install -y chromium, or set CHROMIUM.' };
  const profile = mkdtempSync(join(tmpdir(), 'partner-chromium-'));
  try {
    rmSync(output, { force: true });
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-extensions',
      '--no-first-run',
      '--no-default-browser-check',
      '--hide-scrollbars',
      '--force-color-profile=srgb',
      '--enable-logging=stderr',
      '--v=0',
      `--user-data-dir=${profile}`,
      `--screenshot=${resolve(output)}`,
      `--window-size=${width},${height}`,
      pathToFileURL(resolve(input)).href,
    ];
    const r = spawnSync(chromium, args, { encoding: 'utf8', timeout, env: { ...process.env, HOME: profile } });
    const messages = (r.stderr ?? '').split('\n').filter((l) => /:CONSOLE[:(]/.test(l)).map((l) => l.replace(/^\[[^\]]*\]\s*/, ''));
    if (!existsSync(output)) return { ok: false, bytes: 0, width: 0, height: 0, console: messages, stderr: `${r.error?.message ?? ''}${r.stderr ?? ''}` };
    const bytes = statSync(output).size;
    const png = readFileSync(output);
    const isPng = png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const w = isPng ? png.readUInt32BE(16) : 0;
    const h = isPng ? png.readUInt32BE(20) : 0;
    return { ok: isPng && bytes > 0, bytes, width: w, height: h, console: messages, stderr: r.stderr ?? '' };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    if (i < 0) return fallback;
    const v = Number(args.splice(i, 2)[1]);
    if (!Number.isInteger(v) || v < 100 || v > 20000) {
      console.error(`${name} needs a whole number of pixels between 100 and 20000.`);
      process.exit(2);
    }
    return v;
  };
  const width = option('--width', 1200);
  const height = option('--height', 1600);
  const [input, output] = args;
  if (!input || !output || args.length !== 2) {
    console.error('Usage: node scripts/screenshot.mjs <file.html|file.svg> <out.png> [--width 1200] [--height 1600]');
    process.exit(2);
  }
  if (!existsSync(input)) {
    console.error(`${input} does not exist.`);
    process.exit(2);
  }
  const chromium = findChromium();
  if (!chromium) {
    console.error('Chromium not found: apt-get install -y chromium, or set CHROMIUM=/path/to/chromium.');
    process.exit(2);
  }
  const r = screenshot(input, output, { width, height, chromium });
  if (!r.ok) {
    console.error(`Chromium wrote no usable screenshot.\n${r.stderr}`);
    process.exit(1);
  }
  console.log(`${output}: ${r.width}x${r.height} PNG, ${r.bytes} bytes`);
  if (r.console.length) {
    console.error(`The page logged ${r.console.length === 1 ? 'a message' : `${r.console.length} messages`}:\n${r.console.map((m) => `  ${m}`).join('\n')}`);
    process.exit(1);
  }
}
