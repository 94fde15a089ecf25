/**
 * The address guard of fetching (shared/ingest/address-guard.ts) asked about a webhook URL when the subscriber
 * adds it, so a URL that could never be posted to (loopback, private, reserved) is refused at once, with the
 * guard's verdict said in Chinese. A host that does not resolve right now is not refused here: the guard is asked
 * again before every delivery, and a failing webhook shows its failures on the manage page.
 */
import ipaddr from 'ipaddr.js';
import { checkAddress, systemResolve, type ResolveHost } from '../ingest/address-guard.ts';

export interface WebhookTargetPolicy {
  resolve?: ResolveHost;
  /** Origins allowed although not public (the local cloud's own receiver only; none in production). */
  allowedOrigins?: readonly string[];
}

/** The guard's block names (IANA special-purpose registries) as a subscriber reads them. */
const blockNames: [RegExp, string][] = [
  [/loopback/, '本机回环地址'],
  [/private-use|unique-local|site-local/, '内网私有地址'],
  [/shared address space/, '运营商内网共享地址'],
  [/link-local/, '链路本地地址（含云服务器元数据地址）'],
  [/multicast|broadcast/, '组播或广播地址'],
  [/documentation|benchmarking/, '文档或测试专用地址'],
  [/this network|unspecified/, '未指定地址'],
  [/IPv4-|NAT64|6to4|SIIT/, '内嵌 IPv4 的 IPv6 地址'],
];

const blockName = (reason: string): string => blockNames.find(([re]) => re.test(reason))?.[1] ?? '保留或特殊用途地址';

async function addressesOf(host: string, resolve: ResolveHost): Promise<string[] | null> {
  if (ipaddr.isValid(host)) return [host];
  try {
    return await resolve(host);
  } catch {
    return null;
  }
}

/** Why the guard refuses this URL as a webhook target (Chinese, then English), or null when it does not. */
export async function refusedWebhookTarget(url: string, policy: WebhookTargetPolicy = {}): Promise<string | null> {
  const target = new URL(url);
  if ((policy.allowedOrigins ?? []).includes(target.origin)) return null;
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const addresses = await addressesOf(host, policy.resolve ?? systemResolve);
  if (addresses === null) return null;
  if (addresses.length === 0) return `不能使用此地址：主机 ${host} 没有解析到任何地址 the host resolves to no address`;
  for (const address of addresses) {
    const verdict = checkAddress(address);
    if (!verdict.allowed) {
      return `不能使用此地址：${host} 指向${blockName(verdict.reason)} ${verdict.address}，公报哨兵只向公网地址推送 refused: ${host} is ${verdict.address} (${verdict.reason}); webhooks are posted to public addresses only`;
    }
  }
  return null;
}
