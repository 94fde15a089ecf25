/** What the JSON API needs: the pages' reads, and the secret its cursors are signed with. */
import type { WebDeps } from '../web/deps.ts';

export interface ApiDeps extends WebDeps {
  cursorSecret: string;
}
