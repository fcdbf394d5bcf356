import type { Formatter } from './types.js';
import { inert } from './inert.js';

// GitHub workflow commands: data is escaped so a message cannot end the command or inject another.
// Line breaks are GitHub's escapes; every other control character is shown inert (src/format/inert.ts): a CI log is
// a terminal too.
const escapeData = (s: string) => inert(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export const github: Formatter = ({ diagnostics }) =>
  diagnostics
    .map((d) => {
      const level = d.severity === 'error' ? 'error' : 'warning';
      const text = d.hint ? `${d.message} ${d.hint}` : d.message;
      return `::${level} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(`partner ${d.rule}`)}::${escapeData(text)}\n`;
    })
    .join('');
