/**
 * Data dumps are not documents: a JSON document or JSON lines, an SQL dump (INSERT INTO / CREATE TABLE) or
 * a CSV table is refused with its kind named, instead of being parsed as one long "document".
 */
export type DataDumpKind = 'JSON' | 'SQL' | 'CSV';

const SQL_COMMENT = /^(?:--|#|\/\*)/;
/** A quoted or plain SQL name: `t`, "t", [t], db.t. */
const NAME = '(?:`[^`]+`|"[^"]+"|\\[[^\\]]+\\]|[A-Za-z_][\\w$]*)(?:\\.(?:`[^`]+`|[A-Za-z_][\\w$]*))?';
const INSERT = `(?:INSERT|REPLACE)\\s+(?:IGNORE\\s+)?INTO\\s+${NAME}\\s*(?:\\(|VALUES\\b|SELECT\\b)`;
const CREATE = `CREATE\\s+(?:TEMPORARY\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?${NAME}\\s*\\(`;
const SQL_STATEMENT = new RegExp(
  `^(?:${INSERT}|${CREATE}|DROP\\s+(?:TABLE|DATABASE)\\b|ALTER\\s+TABLE\\s+${NAME}|LOCK\\s+TABLES\\s+${NAME}|SET\\s+(?:NAMES|@|FOREIGN_KEY_CHECKS|SQL_MODE)|USE\\s+${NAME}\\s*;|START\\s+TRANSACTION|\\/\\*!)`,
  'i',
);
const SQL_DATA = new RegExp(`(?:^|\\n)\\s*(?:${INSERT}|${CREATE})`, 'i');

const firstLines = (text: string, n: number): string[] => {
  const out: string[] = [];
  for (const line of text.slice(0, 256 * 1024).split(/\r?\n/)) {
    const t = line.trim();
    if (t !== '') out.push(t);
    if (out.length >= n) break;
  }
  return out;
};

function isJson(text: string): boolean {
  const t = text.trim();
  if (t[0] !== '{' && t[0] !== '[') return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    // JSON lines: every one of the first lines an object or array on its own
    const lines = firstLines(t, 5);
    return lines.length >= 2 && lines.every((l) => {
      try {
        const v: unknown = JSON.parse(l);
        return typeof v === 'object' && v !== null;
      } catch {
        return false;
      }
    });
  }
}

function isSql(text: string): boolean {
  const first = firstLines(text, 400).find((l) => !SQL_COMMENT.test(l));
  return first !== undefined && SQL_STATEMENT.test(first) && SQL_DATA.test(text.slice(0, 1024 * 1024));
}

/** Fields of a CSV line (RFC 4180 quotes respected). */
function csvFieldCount(line: string): number {
  let fields = 1;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) fields++;
  }
  return fields;
}

function isCsv(text: string): boolean {
  const lines = firstLines(text, 50);
  if (lines.length < 5) return false;
  const counts = new Map<number, number>();
  for (const l of lines) {
    const n = csvFieldCount(l);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const [fields, rows] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  return fields >= 3 && rows >= lines.length * 0.8;
}

export function dataDumpKind(text: string): DataDumpKind | null {
  if (isJson(text)) return 'JSON';
  if (isSql(text)) return 'SQL';
  if (isCsv(text)) return 'CSV';
  return null;
}

/** The refusal reason for a data dump, or null when the text may be a document. */
export function dataDumpReason(text: string): string | null {
  const kind = dataDumpKind(text);
  return kind === null ? null : `这是 ${kind} 数据文件，不是公文 not a document: a ${kind} data dump`;
}
