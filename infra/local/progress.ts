/** Progress on stderr: a bar redrawn in place on a terminal, plain lines otherwise (CI logs). */
export class Progress {
  private readonly tty = process.stderr.isTTY === true;

  constructor(private readonly quiet = false) {}

  stage(label: string): void {
    if (!this.quiet) process.stderr.write(`▶ ${label}\n`);
  }

  bar(label: string, done: number, total: number): void {
    if (this.quiet || !this.tty) return;
    const width = 24;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    process.stderr.write(`\r  ${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total}`);
  }

  done(label: string, detail: string, ms: number): void {
    if (this.quiet) return;
    if (this.tty) process.stderr.write('\r\x1b[2K');
    process.stderr.write(`  ✓ ${label}: ${detail} (${Math.round(ms)} ms)\n`);
  }
}
