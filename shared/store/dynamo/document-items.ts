/**
 * The stored shapes of the documents table's items under pk=DOC#{key}: HEAD, V#{n}, SEEN#… and ALIAS. One
 * definition for the repository that writes them and the history reader that reads them back.
 */
import * as z from 'zod';
import { documentAppearanceSchema } from '../../model/appearance.ts';
import type { DocumentAppearance, DocumentHead, DocumentVersion } from '../ports.ts';
import { lazySchema } from '../../model/lazy-schema.ts';

export const headSchema = lazySchema(() => z.object({
  documentKey: z.string(),
  label: z.string(),
  version: z.number().int().positive(),
  hash: z.string(),
  textKey: z.string(),
  changeId: z.string(),
  updatedAt: z.string(),
}) satisfies z.ZodType<DocumentHead>);

export const versionSchema = lazySchema(() => z.object({
  documentKey: z.string(),
  version: z.number().int().positive(),
  hash: z.string(),
  textKey: z.string(),
  changeId: z.string(),
  sourceId: z.string(),
  issueId: z.string(),
  createdAt: z.string(),
}) satisfies z.ZodType<DocumentVersion>);

export const appearanceSchema = lazySchema(() => documentAppearanceSchema satisfies z.ZodType<DocumentAppearance>);

/** An identity key standing for another document. */
export const aliasSchema = lazySchema(() => z.object({ documentKey: z.string().min(1) }));
