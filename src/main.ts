import { Command, CommanderError, Option } from 'commander';
import { ExitCode, UsageError } from './core/base/diagnostic.js';
import { processIo, type Io } from './cli/io.js';
import { registerCommands } from './commands/index.js';
import { guardOutput, inertLine } from './format/inert.js';
import { VERSION } from './util/version.js';

/** Runs the CLI with `argv` (without node and script) and returns the exit code. Never calls process.exit. */
export async function main(argv: readonly string[], rawIo: Io = processIo()): Promise<number> {
  const io = guarded(rawIo);
  let code: number = ExitCode.Ok;
  const program = new Command('partner')
    .description('Keep a multi-stakeholder partnership as a folder of YAML files: scaffold it, check it against the partnering cycle, and render its documents.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: (s, write) => write(`partner: ${s.replace(/^error: /, '')}`) })
    .addHelpText('after', `
Examples:
  $ partner init my-partnership            set up a new partnership folder (asks questions)
  $ partner check                          check the partnership in this folder
  $ partner check --phase planning         what is still missing before planning?
  $ partner explain max-active-partners    why a rule exists, citing the source
  $ partner schemas --write                editor completion and help that survive a move or a clone

Exit codes: 0 no errors, 1 errors found, 2 usage or environment error.
Documentation: https://www.npmjs.com/package/partnering (package partnering, command partner);
file formats: the schemas in .partner/schemas/ of each partnership (partner schemas --write).`);
  program.addOption(new Option('--debug', 'show internal details when something goes wrong').hideHelp());
  registerCommands(program, io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return ExitCode.Ok;
      return ExitCode.Usage;
    }
    if (error instanceof UsageError) {
      // A message of several lines (each bad value on its own) keeps its lines; each is made inert.
      io.stderr.write(`partner: ${error.message.split('\n').map(inertLine).join('\n')}\n${error.hint ? `  ${inertLine(error.hint)}\n` : ''}`);
      return ExitCode.Usage;
    }
    if (isInterrupt(error)) {
      io.stderr.write('partner: interrupted; nothing was written.\n');
      return ExitCode.Interrupted;
    }
    const debug = argv.includes('--debug') || Boolean(io.env.PARTNER_DEBUG);
    io.stderr.write(`partner: internal error: ${inertLine(String((error as Error)?.message ?? error))}\n  This is a bug in partner; please report it with the command you ran.${debug ? '' : ' Run with PARTNER_DEBUG=1 for details.'}\n`);
    if (debug) io.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    return ExitCode.Usage;
  }
  return code;
}

/**
 * The streams every command writes to, guarded: whatever text reaches them has its control characters shown inert
 * (src/format/inert.ts), so no value from a file, a file name or an argument acts on the terminal or a CI log. Only
 * `writeBytes`, the channel of binary documents (a Word file to a pipe), passes bytes as they are.
 */
export function guarded(io: Io): Io {
  const guard = (stream: Io['stdout']): Io['stdout'] => ({
    write: (chunk: string) => stream.write(guardOutput(asText(chunk))),
    get isTTY() {
      return stream.isTTY;
    },
  });
  return {
    stdout: guard(io.stdout),
    stderr: guard(io.stderr),
    writeBytes: (bytes) => io.writeBytes(bytes),
    get stdinIsTTY() {
      return io.stdinIsTTY;
    },
    env: io.env,
    cwd: io.cwd,
  };
}

/** What a text stream was handed, as text: bytes slipped past the types (plain JavaScript) are read as UTF-8 and guarded too. */
function asText(chunk: unknown): string {
  if (typeof chunk === 'string') return chunk;
  return chunk instanceof Uint8Array ? new TextDecoder().decode(chunk) : String(chunk);
}

function isInterrupt(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}
