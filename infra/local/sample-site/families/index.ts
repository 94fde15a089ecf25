import type { Source } from '../../../../shared/model/source.ts';
import type { Representation } from '../routes.ts';
import { attachmentsFamily } from './attachments.ts';
import { hanwebFamily } from './hanweb.ts';
import { jsonFamily } from './json.ts';
import { paginatedFamily } from './paginated.ts';
import { repostFamily } from './repost.ts';
import { trsFamily } from './trs.ts';
import type { FixtureFamily } from './types.ts';

/** The CMS families the sample site publishes under /families/{id}/ (a new family: one module, one line here). */
export const families: readonly FixtureFamily[] = [paginatedFamily, trsFamily, hanwebFamily, jsonFamily, attachmentsFamily, repostFamily];

/** What a URL under /families/ serves, or null (the rest of the site answers). */
export function familyRoute(url: URL, baseUrl: string): Representation | null {
  const id = /^\/families\/([\w-]+)\//.exec(url.pathname)?.[1];
  return families.find((f) => f.id === id)?.serve(url, baseUrl) ?? null;
}

/** Every family's source definitions, pointing at the site. */
export const familySources = (baseUrl: string): Source[] => families.flatMap((f) => f.sources(baseUrl));

export type { FixtureFamily } from './types.ts';
