import { fileURLToPath } from 'node:url';

/**
 * The templates/ folder shipped with the package (package.json "files"), found from this module as
 * src/util/package-paths.ts finds schemas/: src/render/ and dist/render/ both sit two levels below the package root.
 */
export const TEMPLATE_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));
