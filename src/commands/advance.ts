import type { Io } from '../cli/io.js';
import { wantsColor } from '../cli/io.js';
import { planAdvance } from '../core/lifecycle/advance.js';
import { partnershipDir } from '../core/folder/discover.js';
import { today } from '../core/base/dates.js';
import { ExitCode } from '../core/base/diagnostic.js';
import type { Phase } from '../core/folder/layout.js';
import { formatters } from '../format/index.js';
import { writeFileAtomic } from '../util/atomic-write.js';

export interface AdvanceCliOptions {
  to?: Phase;
  reason?: string;
  date?: string;
}

/** `partner advance [dir]`: move `phase:` on when the gate passes (or back, with a reason), and record it. */
export async function runAdvance(dir: string | undefined, options: AdvanceCliOptions, io: Io): Promise<number> {
  const folder = partnershipDir(dir ?? '.');
  const plan = planAdvance(folder, { today: options.date ?? today(), ...(options.to ? { to: options.to } : {}), ...(options.reason !== undefined ? { reason: options.reason } : {}) });

  if (plan.kind === 'findings') {
    const stylish = await formatters.stylish();
    io.stdout.write(await stylish({ diagnostics: plan.diagnostics, partnerships: [{ dir: folder }], texts: plan.texts, color: wantsColor(io, undefined) }));
    io.stdout.write('Nothing was changed: fix partnership.yaml first.\n');
    return ExitCode.Findings;
  }
  if (plan.kind === 'gate') {
    const missing = plan.checklist.requirements.filter((r) => !r.done);
    const total = plan.checklist.requirements.length;
    let out = `Not ready to move ${plan.name} from ${plan.from} to ${plan.to}: ${missing.length ? `${missing.length} of ${total} requirement${total === 1 ? '' : 's'} missing` : 'the phase gate fails'}.\n`;
    for (const r of missing) out += `  ✖ ${r.description}\n`;
    if (plan.filesWithErrors.length) out += `  Left out because they have errors: ${plan.filesWithErrors.join(', ')} (run \`partner check\`).\n`;
    out += `Nothing was changed. \`partner check --phase ${plan.to}\` shows where each is missing.\n`;
    io.stdout.write(out);
    return ExitCode.Findings;
  }
  writeFileAtomic(plan.file, plan.text, { overwrite: true, record: true, mode: plan.mode, base: plan.base });
  const why = plan.change.reason ? ` Reason: ${plan.change.reason}` : '';
  io.stdout.write(`Moved ${plan.name} ${plan.direction === 'back' ? 'back ' : ''}from ${plan.from} to ${plan.to} on ${plan.change.date}, recorded in the phase history of ${plan.file}.${why}\n`);
  io.stdout.write('Run `partner status` to see what comes next.\n');
  return ExitCode.Ok;
}
