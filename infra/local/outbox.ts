import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SentMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  raw: string;
  messageId: string;
  deliveryKey: string;
}

/** Writes every mail the local run sends to a folder as .eml (the raw MIME) and .html (to look at). */
export class Outbox {
  private count = 0;
  readonly sent: SentMail[] = [];

  constructor(private readonly dir: string) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }

  async write(mail: SentMail): Promise<void> {
    this.count++;
    this.sent.push(mail);
    const kind = mail.deliveryKey.split('#')[0]?.toLowerCase() ?? 'mail';
    const base = `${String(this.count).padStart(3, '0')}-${kind}-${mail.to.replace(/[^a-z0-9@._-]/gi, '_')}`;
    writeFileSync(join(this.dir, `${base}.eml`), mail.raw);
    writeFileSync(join(this.dir, `${base}.html`), mail.html);
  }
}
