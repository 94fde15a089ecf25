/**
 * Runs a binary with a time limit, an output limit and stdin, and resolves to its stdout as bytes.
 * Shared by the poppler and Tesseract adapters. Failures become PageReadError (the page is skipped).
 */
import { spawn } from 'node:child_process';
import { PageReadError } from './ports.ts';

export interface ExecLimits {
  timeoutMs: number;
  maxOutputBytes: number;
  /** The child's whole environment (PATH included): adapters get it from their composition root. */
  env: Readonly<Record<string, string | undefined>>;
}

/** Where Debian installs poppler-utils and tesseract, for adapters given no environment. */
export const DEFAULT_ENV: Readonly<Record<string, string>> = { PATH: '/usr/local/bin:/usr/bin:/bin' };

export function execBounded(binary: string, args: readonly string[], stdin: Uint8Array | null, limits: ExecLimits): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...limits.env } });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let failure: PageReadError | null = null;
    const stop = (reason: string): void => {
      failure ??= new PageReadError(reason);
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop(`${binary} 超时 timed out after ${limits.timeoutMs} ms`), limits.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxOutputBytes) stop(`${binary} 输出过大 output over ${limits.maxOutputBytes} bytes`);
      else chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 2000) stderr += chunk.toString('utf8');
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new PageReadError(`${binary} 无法运行 cannot run: ${err.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (failure) reject(failure);
      else if (code !== 0) reject(new PageReadError(`${binary} 退出码 exit ${code}: ${stderr.trim().split('\n').slice(-2).join(' ').slice(0, 300)}`));
      else resolve(new Uint8Array(Buffer.concat(chunks)));
    });
    child.stdin.on('error', () => {
      // the child exited before reading all of stdin: its exit code tells what happened
    });
    child.stdin.end(stdin ?? undefined);
  });
}
