/**
 * The one harness of the browser tests: headless Chromium through playwright-core, and axe-core injected into a
 * page past its CSP (the pages themselves run no script). When playwright-core or /usr/bin/chromium is missing the
 * tests are skipped with the reason printed — except in CI (GW_REQUIRE_BROWSER=1), where that is a failure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
type Playwright = typeof import('playwright-core');

let playwright: Playwright | null = null;
let reason: string | null = null;
try {
  playwright = await import('playwright-core');
} catch {
  reason = 'playwright-core is not installed (npm package playwright-core 1.65.1)';
}
if (!reason && !existsSync(CHROMIUM)) reason = `${CHROMIUM} is missing (apt-get install -y chromium)`;
if (reason && process.env.GW_REQUIRE_BROWSER === '1') throw new Error(`the browser test needs Chromium: ${reason}`);
if (reason) console.warn(`skipping the browser test: ${reason}`);

/** Why the browser tests cannot run here, or null. */
export const browserMissing: string | null = reason;

export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium(): Promise<Browser> {
  if (!playwright) throw new Error(`no browser: ${reason}`);
  return playwright.chromium.launch({ executablePath: CHROMIUM, headless: true, args: chromiumArgs });
}

/** A phone-sized context; the CSP is bypassed for the injected checker only. */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, bypassCSP: true });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

interface AxeResult {
  testEngine: { name: string };
  passes: unknown[];
  violations: AxeViolation[];
}

export const describeViolations = (violations: readonly AxeViolation[]): string[] =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/** Runs axe-core on the page as it stands (evaluated as text: the tests are typed without the DOM library). */
export async function runAxe(page: Page): Promise<AxeResult> {
  await page.addScriptTag({ content: axeSource });
  return (await page.evaluate('axe.run(document, {})')) as AxeResult;
}

/** How far the page is wider than the screen (0 or less: readable on a phone without sideways scrolling). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
}

/** playwright-core's Chromium launcher, for the tests that need their own kind of context (a persistent profile). */
export function chromiumType(): Playwright['chromium'] {
  if (!playwright) throw new Error(`no browser: ${reason}`);
  return playwright.chromium;
}

/**
 * Opens one of the site's pages and checks what every page must be: 200 HTML, the site's CSP, no axe-core violation
 * (axe really ran), nothing wider than a phone's screen. Returns the page for the test's own checks.
 */
export async function openAuditedPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-type']).toMatch(/^text\/html/);
  expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");
  const result = await runAxe(page);
  expect(result.testEngine.name).toBe('axe-core');
  expect(result.passes.length).toBeGreaterThan(10);
  expect(describeViolations(result.violations)).toEqual([]);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  return page;
}
