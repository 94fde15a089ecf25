/**
 * Reads a request body by its Content-Type: JSON, application/x-www-form-urlencoded, or
 * multipart/form-data (text fields only: RFC 8058 clients may post the one-click body that way).
 */
import { ApiError, tooLarge } from './errors.ts';
import { MAX_BODY_BYTES, type ApiRequest } from './http-types.ts';

export type FormFields = Record<string, string | string[]>;

export type ParsedBody =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'form'; value: FormFields };

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeText(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ApiError(400, 'bad-request', '请求内容不是有效的 UTF-8 文本 the body is not valid UTF-8');
  }
}

function addField(fields: FormFields, name: string, value: string): void {
  const existing = fields[name];
  if (existing === undefined) fields[name] = value;
  else fields[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
}

/** application/x-www-form-urlencoded → fields (a repeated name gives a list). */
export function parseUrlEncoded(text: string): FormFields {
  const fields: FormFields = Object.create(null) as FormFields;
  for (const [name, value] of new URLSearchParams(text)) addField(fields, name, value);
  return fields;
}

/** The text fields of a multipart/form-data body (RFC 7578); file parts are ignored. */
export function parseMultipart(text: string, boundary: string): FormFields {
  const fields: FormFields = Object.create(null) as FormFields;
  const delimiter = `--${boundary}`;
  const sections = text.split(delimiter);
  if (sections.length < 3) throw new ApiError(400, 'bad-request', '无法读取 multipart 请求体 unreadable multipart body');
  for (const section of sections.slice(1)) {
    if (section.startsWith('--')) break;
    const part = section.replace(/^\r?\n/, '').replace(/\r?\n$/, '');
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const head = part.slice(0, split.index);
    const value = part.slice(split.index + split[0].length);
    const disposition = /^content-disposition:\s*form-data\s*;(.*)$/im.exec(head)?.[1] ?? '';
    if (/\bfilename\*?=/i.test(disposition)) continue;
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? /\bname=([^;\s]+)/i.exec(disposition)?.[1];
    if (name !== undefined) addField(fields, name, value);
  }
  return fields;
}

/** Parses the body by its declared type; a body of another type is refused with 415. */
export function parseBody(request: ApiRequest): ParsedBody {
  const body = request.body;
  if (!body || body.length === 0) return { kind: 'none' };
  if (body.length > MAX_BODY_BYTES) throw tooLarge(MAX_BODY_BYTES);
  const contentType = (request.headers['content-type'] ?? '').toLowerCase();
  const mediaType = contentType.split(';')[0]?.trim() ?? '';
  if (mediaType === 'application/json' || mediaType.endsWith('+json')) {
    const text = decodeText(body);
    try {
      return { kind: 'json', value: JSON.parse(text) as unknown };
    } catch {
      // The parser's own wording ("Unexpected token …") tells a reader nothing: say what is wrong.
      throw new ApiError(400, 'bad-request', '请求体不是有效的 JSON the body is not valid JSON: check quotes, commas and brackets');
    }
  }
  if (mediaType === 'application/x-www-form-urlencoded') return { kind: 'form', value: parseUrlEncoded(decodeText(body)) };
  if (mediaType === 'multipart/form-data') {
    const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(request.headers['content-type'] ?? '');
    const b = boundary?.[1] ?? boundary?.[2];
    if (!b) throw new ApiError(400, 'bad-request', 'multipart 请求缺少 boundary the multipart body has no boundary');
    return { kind: 'form', value: parseMultipart(decodeText(body), b) };
  }
  throw new ApiError(
    415,
    'unsupported-media-type',
    '不支持的内容类型，请用 JSON 或表单 unsupported Content-Type: use application/json or application/x-www-form-urlencoded',
  );
}

/** The body as a plain object for schema parsing (a JSON array or scalar is not one). */
export function bodyObject(parsed: ParsedBody): Record<string, unknown> {
  if (parsed.kind === 'none') return {};
  if (parsed.kind === 'form') return { ...parsed.value };
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    throw new ApiError(400, 'bad-request', '请求体应为 JSON 对象 the JSON body must be an object');
  }
  return parsed.value as Record<string, unknown>;
}
