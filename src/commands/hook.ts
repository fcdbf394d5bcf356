import { lstatSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../cli/io.js';
import { ExitCode, UsageError } from '../core/base/diagnostic.js';
import { repoPaths } from '../core/git/git.js';
import { writeFileAtomic } from '../util/atomic-write.js';

export interface HookInstallOptions {
  chain?: boolean;
}

const BEGIN = '# >>> partner pre-commit check >>>';
const END = '# <<< partner pre-commit check <<<';
const SHEBANG = '#!/bin/sh';
/** Our block, wherever it sits in a hook (alone, or chained into another one). */
const BLOCK = new RegExp(`${escapeRegExp(BEGIN)}\\n[\\s\\S]*?${escapeRegExp(END)}\\n?`);
const SHELL = /^#!.*\b(sh|bash|dash|ksh|zsh)\b/;

/** Installs (or updates) the pre-commit hook; refuses to replace a hook that is not ours unless --chain adds to it. */
export function runHookInstall(options: HookInstallOptions, io: Io): number {
  const { file, shown } = hookFile(io.cwd);
  const block = hookBlock();
  const existing = readHook(file);
  let content: string;
  if (existing === undefined) content = `${SHEBANG}\n${block}`;
  else if (BLOCK.test(existing)) content = existing.replace(BLOCK, () => block);
  else if (options.chain && SHELL.test(existing)) content = existing.replace(/^.*\n?/, (shebang) => `${shebang.trimEnd()}\n${block}`);
  else {
    const why = options.chain ? 'is not a shell script, so --chain cannot add to it' : 'exists and was not installed by partner';
    throw new UsageError(`${shown} ${why}; it was left unchanged.`, `Add this line to it (or to your hook manager, such as .husky/pre-commit or lefthook.yml):\n    npx --no-install partner check --staged\n  or run \`partner hook install --chain\` to have partner add its check at the top of a shell hook.`);
  }
  if (content === existing) {
    io.stdout.write(`The partner pre-commit hook is already installed in ${shown}.\n`);
    return ExitCode.Ok;
  }
  if (existing !== undefined && lstatSync(file).isSymbolicLink()) {
    throw new UsageError(`${shown} is a symbolic link; partner never writes through a link, so it was left unchanged.`, 'Add this line to the hook it points to (or to your hook manager):\n    npx --no-install partner check --staged');
  }
  const mode = existing === undefined ? 0o755 : (lstatSync(file).mode & 0o777) | 0o111;
  mkdirSync(dirname(file), { recursive: true });
  writeFileAtomic(file, content, { overwrite: true, mode, base: existing ?? null });
  const done = existing === undefined ? 'Installed the pre-commit hook' : BLOCK.test(existing) ? 'Updated the pre-commit hook' : 'Added the partner check to the top of the pre-commit hook';
  io.stdout.write(`${done} in ${shown}: each commit now runs \`partner check --staged\` on the partnerships it touches.\n  Remove it with \`partner hook uninstall\`.\n`);
  return ExitCode.Ok;
}

/** Removes our hook, or our block from a hook we were chained into; leaves everything else alone. */
export function runHookUninstall(io: Io): number {
  const { file, shown } = hookFile(io.cwd);
  const existing = readHook(file);
  if (existing === undefined || !BLOCK.test(existing)) {
    io.stdout.write(existing === undefined ? 'No pre-commit hook is installed; nothing to remove.\n' : `${shown} was not installed by partner; it was left unchanged.\n`);
    return ExitCode.Ok;
  }
  const rest = existing.replace(BLOCK, '');
  if (rest.trim() === '' || rest.trim() === SHEBANG) {
    rmSync(file);
    io.stdout.write(`Removed the partner pre-commit hook ${shown}.\n`);
  } else {
    const mode = lstatSync(file).mode & 0o777;
    writeFileAtomic(file, rest, { overwrite: true, mode, base: existing });
    io.stdout.write(`Removed the partner check from ${shown}; the rest of the hook is unchanged.\n`);
  }
  return ExitCode.Ok;
}

function hookFile(cwd: string): { file: string; shown: string } {
  const repo = repoPaths(cwd);
  if (!repo) throw new UsageError('This folder is not inside a git repository, so there is no hook to manage.', 'Run it inside the repository whose commits should be checked (`git init` creates one).');
  const shown = join(repo.hooks, 'pre-commit');
  return { file: resolve(cwd, shown), shown };
}

function readHook(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}.`, 'Check the permissions of the hooks folder.');
  }
}

/**
 * The POSIX sh block that runs the check: the node and partner that installed it when they still exist (no PATH
 * or npx needed, which GUI git clients often lack), else the project's own partner through npx, never a download.
 */
function hookBlock(): string {
  const node = shellQuote(process.execPath);
  const bin = shellQuote(fileURLToPath(new URL('../../bin/partner.js', import.meta.url)));
  return `${BEGIN}
# Checks the partnerships this commit touches, as staged. Installed by \`partner hook install\`;
# remove it with \`partner hook uninstall\`, skip it once with \`git commit --no-verify\`.
if [ -x ${node} ] && [ -f ${bin} ]; then
  ${node} ${bin} check --staged || exit $?
elif command -v npx >/dev/null 2>&1; then
  npx --no-install partner check --staged || exit $?
else
  echo 'partner pre-commit hook: cannot find partner or npx; run \`partner hook install\` again.' >&2
  exit 1
fi
${END}
`;
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
