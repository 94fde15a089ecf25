/**
 * Runs a binary with a time limit, an output limit, a memory limit and stdin, and resolves to its stdout as
 * bytes. Shared by the poppler and Tesseract adapters. Failures become PageReadError (the page is skipped).
 * The memory limit is the child's address space (util-linux `prlimit --as`, present wherever Debian is: the
 * container image, CI, this machine): a page whose image decoder would take more fails alone instead of
 * taking the function's memory. Where prlimit is missing the child runs without it (time and output limits
 * still hold).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { PageReadError } from './ports.ts';

export interface ExecLimits {
  timeoutMs: number;
  maxOutputBytes: number;
  /** The child's whole environment (PATH included): adapters get it from their composition root. */
  env: Readonly<Record<string, string | undefined>>;
  /** Address space of the child in bytes (prlimit --as); none when absent. */
  maxMemoryBytes?: number;
}

/** Address space a renderer or OCR run may take by default: far above an A4 page at 300 dpi, far below the function's memory. */
export const DEFAULT_MAX_MEMORY_BYTES = 1024 * 1024 * 1024;

const isFile = (file: string): boolean => file.startsWith('/') && existsSync(file);
const prlimitOnPath = new Map<string, string | null>();
/** prlimit on the child's PATH, or null (looked up once per PATH). */
function prlimit(path: string | undefined): string | null {
  const key = path ?? '';
  if (!prlimitOnPath.has(key)) {
    const found = process.platform === 'linux' ? (key.split(delimiter).map((d) => join(d, 'prlimit')).find(isFile) ?? null) : null;
    prlimitOnPath.set(key, found);
  }
  return prlimitOnPath.get(key) ?? null;
}

/** Where Debian installs poppler-utils and tesseract, for adapters given no environment. */
export const DEFAULT_ENV: Readonly<Record<string, string>> = { PATH: '/usr/local/bin:/usr/bin:/bin' };

export function execBounded(binary: string, args: readonly string[], stdin: Uint8Array | null, limits: ExecLimits): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const limiter = limits.maxMemoryBytes ? prlimit(limits.env.PATH) : null;
    const [command, argv] = limiter ? [limiter, [`--as=${limits.maxMemoryBytes}`, '--', binary, ...args]] : [binary, [...args]];
    const child = spawn(command, argv, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...limits.env } });
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
      else if (code !== 0) {
        const bound = limiter ? `; 内存上限 memory limit ${Math.round((limits.maxMemoryBytes ?? 0) / 2 ** 20)} MB` : '';
        reject(new PageReadError(`${binary} 退出码 exit ${code}${bound}: ${stderr.trim().split('\n').slice(-2).join(' ').slice(0, 300)}`));
      }
      else resolve(new Uint8Array(Buffer.concat(chunks)));
    });
    child.stdin.on('error', () => {
      // the child exited before reading all of stdin: its exit code tells what happened
    });
    child.stdin.end(stdin ?? undefined);
  });
}
