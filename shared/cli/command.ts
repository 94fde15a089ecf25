/** What every CLI command module (shared/cli/commands/<name>.ts) exports. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stderr is a terminal: progress lines (OCR pages) are shown only then. */
  stderrIsTTY?: boolean;
  /** Environment for the external tools a command runs (PATH of pdftoppm and tesseract). */
  toolEnv?: Readonly<Record<string, string | undefined>>;
}

export interface CliCommand {
  /** One line, Chinese first, shown by `gw help`. */
  summary: string;
  /** Runs the command; resolves to the process exit code. */
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** A user error: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
