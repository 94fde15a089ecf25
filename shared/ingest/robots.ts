/**
 * robots.txt (RFC 9309) through the maintained robots-parser package: groups per product token (case-
 * insensitive, version dropped: "gazette-watch/0.1" → "gazette-watch"), else the "*" group; several
 * User-agent lines share one group; the longest matching rule wins, Allow on a tie; `*` and `$`
 * patterns; percent-encoding normalised before matching.
 */
import robotsParserModule from 'robots-parser';

type RobotsParser = typeof robotsParserModule.default;
/** robots-parser is CommonJS (module.exports = the function); its types describe an ES default export. */
const robotsParser: RobotsParser =
  typeof robotsParserModule === 'function' ? (robotsParserModule as unknown as RobotsParser) : robotsParserModule.default;

/** The rules that apply to us on one origin. */
export interface RobotsRules {
  /** Whether a path (with its query) may be fetched. */
  allows(pathAndQuery: string): boolean;
}

/** Rules are matched on paths: the parser wants absolute URLs, so both sit on one placeholder origin. */
const ORIGIN = 'http://robots.invalid';

function onOrigin(pathAndQuery: string): string {
  return `${ORIGIN}${pathAndQuery.startsWith('/') ? '' : '/'}${pathAndQuery}`;
}

/** Parses robots.txt and keeps what applies to our product token (e.g. "gazette-watch/0.1"). */
export function parseRobots(text: string, productToken: string): RobotsRules {
  const robot = robotsParser(`${ORIGIN}/robots.txt`, text);
  // undefined means "another origin": cannot happen here, and would not be a refusal.
  return { allows: (pathAndQuery) => robot.isAllowed(onOrigin(pathAndQuery), productToken) !== false };
}

/** Whether a path (with query) may be fetched under these rules. */
export function isAllowed(rules: RobotsRules, pathAndQuery: string): boolean {
  return rules.allows(pathAndQuery);
}

/** No robots.txt (4xx): everything may be fetched. */
export const allowAll: RobotsRules = { allows: () => true };
