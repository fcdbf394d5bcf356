import { readFileSync } from 'node:fs';

declare const __PARTNER_VERSION__: string | undefined;

/**
 * partner's version, from package.json: written into the bundles at build time (scripts/build.mjs), read from
 * package.json only when running unbundled (tsc's dist/, the tests). Like package-paths.ts, this module sits two
 * levels below the package root as source and as built code.
 */
export const VERSION: string = typeof __PARTNER_VERSION__ === 'string' ? __PARTNER_VERSION__ : packageVersion();

function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
