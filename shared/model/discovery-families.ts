import * as z from 'zod';
import { lazySchema } from './lazy-schema.ts';

/**
 * Discovery definitions of the list-page families Chinese government sites run on (see
 * shared/ingest/discovery/): each is one member of the discovery union in source.ts.
 */

/** A regular expression given as a string: checked once here, so a bad pattern fails validation, not a fetch. */
export const regexString = lazySchema(() =>
  z
    .string()
    .min(1)
    .refine((p) => {
      try {
        new RegExp(p);
        return true;
      } catch {
        return false;
      }
    }, '不是有效的正则表达式 not a valid regular expression'),
);

/** How many list pages one run reads (the index and the pages after it); 1 = the index alone. */
const maxPages = lazySchema(() => z.number().int().min(1).max(10).default(2));

/** TRS WCM detail pages: ./202401/t20240105_123456.html (also .shtml/.htm). */
export const TRS_DETAIL_PATTERN = '/t\\d{8}_\\d+\\.s?html?$';
/** Hanweb (大汉) article pages: /art/2024/1/5/art_1229_4567.html. */
export const HANWEB_DETAIL_PATTERN = '/art/\\d{4}/\\d{1,2}/\\d{1,2}/art_\\d+_\\d+\\.html$';
/** The files of a document itself: PDF, Word, WPS, OFD (query strings allowed after the extension). */
export const ATTACHMENT_PATTERN = '\\.(?:pdf|docx?|wps|ofd)(?:[?#].*)?$';

/** A list column spread over index.html, index_1.html …, pages named by links or by a createPageHTML(…) script. */
export const paginatedListSchema = lazySchema(() => z.object({
  method: z.literal('paginated-list'),
  indexUrl: z.string().url(),
  linkPattern: regexString,
  maxPages,
}));

/** A TRS WCM column: t{yyyymmdd}_{id}.html detail links (dated by their URL), createPageHTML / countPage pagination. */
export const trsListSchema = lazySchema(() => z.object({
  method: z.literal('trs-list'),
  indexUrl: z.string().url(),
  linkPattern: regexString.default(TRS_DETAIL_PATTERN),
  maxPages,
}));

/**
 * A Hanweb (大汉) column page /col/col{id}/index.html whose list sits as XML in a script (datastore/recordset/record
 * CDATA), later groups from its data proxy.
 */
export const hanwebJpageSchema = lazySchema(() => z.object({
  method: z.literal('hanweb-jpage'),
  indexUrl: z.string().url(),
  linkPattern: regexString.default(HANWEB_DETAIL_PATTERN),
  /** 1: the group embedded in the page; more: further groups from the jpage data proxy (dataproxy.jsp). */
  maxPages: z.number().int().min(1).max(10).default(1),
}));

/** A 政务公开 platform's JSON list endpoint: an array of objects at `itemsPath`, paged by a query parameter. */
export const jsonListSchema = lazySchema(() => z.object({
  method: z.literal('json-list'),
  listUrl: z.string().url(),
  /** Dot path to the array of items ('' = the body itself), e.g. "data.list" or "result.records". */
  itemsPath: z.string().default('data.list'),
  titleField: z.string().min(1).default('title'),
  urlField: z.string().min(1).default('url'),
  /** Date field: "2024-01-05", "2024-01-05 09:30:00" or epoch milliseconds. */
  dateField: z.string().min(1).optional(),
  /** Base for relative item URLs (default: the list URL). */
  linkBase: z.string().url().optional(),
  /** Query parameter carrying the page number; without it one request is made. */
  pageParam: z.string().min(1).optional(),
  firstPage: z.number().int().nonnegative().default(1),
  maxPages,
  linkPattern: regexString.optional(),
}));

/** The list families a detail-attachments source can read its detail pages from. */
export const listDiscoverySchema = lazySchema(() => z.discriminatedUnion('method', [
  z.object({ method: z.literal('html-index'), indexUrl: z.string().url(), linkPattern: regexString }),
  paginatedListSchema,
  trsListSchema,
  hanwebJpageSchema,
  jsonListSchema,
]));
export type ListDiscovery = z.infer<typeof listDiscoverySchema>;

/**
 * A list of detail pages whose documents are attachments: each detail page is read and the files it links
 * (PDF, .docx, .doc …) are the issues; a detail page without one is itself the issue.
 */
export const detailAttachmentsSchema = lazySchema(() => z.object({
  method: z.literal('detail-attachments'),
  list: listDiscoverySchema,
  attachmentPattern: regexString.default(ATTACHMENT_PATTERN),
  /** Detail pages read per run, newest first (each one is a request). */
  maxDetails: z.number().int().min(1).max(50).default(10),
}));
