/** Errors and exit codes: below everything, so util/ and core/ alike may import them. */
/** Process exit codes, documented in the README. */
export enum ExitCode {
  Ok = 0,
  Findings = 1,
  Usage = 2,
  Interrupted = 130,
}

/** A user or environment error that stops a command: printed as one line, exit 2, no stack trace. */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'UsageError';
  }
}
