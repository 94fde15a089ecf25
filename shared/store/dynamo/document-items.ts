/**
 * The stored shapes of the documents table's items under pk=DOC#{key}: HEAD, V#{n}, SEEN#… and ALIAS. One
 * definition for the repository that writes them and the history reader that reads them back.
 */
import * as z from 'zod';
import { documentAppearanceSchema } from '../../model/appearance.ts';
import type { DocumentAppearance, DocumentHead, DocumentVersion } from '../ports.ts';

export const headSchema = z.object({
  documentKey: z.string(),
  label: z.string(),
  version: z.number().int().positive(),
  hash: z.string(),
  textKey: z.string(),
  changeId: z.string(),
  updatedAt: z.string(),
}) satisfies z.ZodType<DocumentHead>;

export const versionSchema = z.object({
  documentKey: z.string(),
  version: z.number().int().positive(),
  hash: z.string(),
  textKey: z.string(),
  changeId: z.string(),
  sourceId: z.string(),
  issueId: z.string(),
  createdAt: z.string(),
}) satisfies z.ZodType<DocumentVersion>;

export const appearanceSchema = documentAppearanceSchema satisfies z.ZodType<DocumentAppearance>;

/** An identity key standing for another document. */
export const aliasSchema = z.object({ documentKey: z.string().min(1) });
