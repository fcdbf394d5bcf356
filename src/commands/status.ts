import type { Io } from '../cli/io.js';
import { isValidDate, today } from '../core/base/dates.js';
import { ExitCode, UsageError } from '../core/base/diagnostic.js';
import { partnershipDir } from '../core/folder/discover.js';
import { partnershipStatus } from '../core/lifecycle/status.js';
import { formatStatus, type StatusFormat } from '../format/status.js';

export interface StatusCliOptions {
  format: StatusFormat;
  date?: string;
}

/** `partner status [dir]`: where the partnership stands, what the next phase needs, what to follow up. */
export function runStatus(dir: string | undefined, options: StatusCliOptions, io: Io): number {
  const asOf = options.date ?? today();
  if (!isValidDate(asOf)) throw new UsageError(`--date ${asOf} is not a valid date.`, 'Write it as YYYY-MM-DD.');
  const status = partnershipStatus(partnershipDir(dir ?? '.'), { today: asOf });
  io.stdout.write(formatStatus(status, options.format));
  // The agenda is for the partners and names no files; the broker learns on stderr what it left out.
  if (options.format === 'md' && status.filesWithErrors.length) io.stderr.write(`partner: files with errors: ${status.filesWithErrors.map((f) => `\`${f}\``).join(', ')}; the agenda leaves them out (\`partner check\` shows where).\n`);
  if (status.unreadable) return ExitCode.Usage; // as `partner check`: the environment, not the files, is wrong
  return status.check.errors > 0 ? ExitCode.Findings : ExitCode.Ok;
}
