/**
 * Folders shipped with the package. This module sits two levels below the package root both as source
 * (src/util/) and as built code (dist/util/, and dist/bundle/ for the bundles it is inlined into), so one relative
 * URL serves all three.
 */
import { fileURLToPath } from 'node:url';

/** The schemas/ folder: the single source of truth for the file formats. */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

/** The package's own folder (holding dist/, schemas/ and templates/). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The IATI codelists compiled at build time (scripts/compile-codelists.mjs); read only when a code is checked. */
export const CODELISTS_FILE = fileURLToPath(new URL('../../dist/generated/iati-codelists.json', import.meta.url));
