import { UsageError } from './command.ts';

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/** `--name value`, `--name=value` and bare `--flag`; everything else is positional. */
export function parseArgs(args: string[], valueFlags: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (inline !== undefined) flags.set(name, inline);
    else if (valueFlags.includes(name)) {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`--${name} 需要一个值 needs a value`);
      flags.set(name, value);
    } else flags.set(name, true);
  }
  return { positional, flags };
}

export const flagValue = (parsed: ParsedArgs, name: string): string | undefined => {
  const v = parsed.flags.get(name);
  return typeof v === 'string' ? v : undefined;
};
