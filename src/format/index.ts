import type { Format, Formatter } from './types.js';

export { FORMATS, type Format, type FormatInput, type Formatter } from './types.js';

export const formatters: Record<Format, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  github: async () => (await import('./github.js')).github,
};
