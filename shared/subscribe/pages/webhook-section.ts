/**
 * The manage page's webhooks and feeds: each webhook masked as the CLI shows it (shared/webhooks/mask.ts) with its
 * delivery health, the form that adds one, and the private Atom feed with its reset and the calendar feed.
 */
import type { Subscription } from '../../model/subscription.ts';
import { instantText } from '../../web/pages/parts.ts';
import { webhookView } from '../../webhooks/mask.ts';
import { webhookKindLabels, webhookKinds, type WebhookKind } from '../../webhooks/schema.ts';
import { webhookFieldLabels, webhookFormFields, type WebhookErrors, type WebhookFormField, type WebhookFormState } from '../webhook-form.ts';
import { html, type SafeHtml } from './html.ts';

export interface FeedLinks {
  /** The private Atom feed URL of the subscriber's current feed generation. */
  atom: string;
  /** The calendar feed of land deadlines (iCalendar). */
  calendar: string | null;
}

export interface WebhookFormView {
  state?: WebhookFormState;
  errors?: WebhookErrors;
}

const kindHints: Record<WebhookKind, string> = {
  dingtalk: '需要“加签”密钥',
  wecom: '不需要密钥，地址中的 key 即凭据',
  feishu: '需要“签名校验”密钥',
  generic: '您自己的服务；需要密钥，请求以 HMAC-SHA256 签名',
};

const tokenQuery = (token: string) => `?token=${encodeURIComponent(token)}`;

function health(w: ReturnType<typeof webhookView>): SafeHtml {
  return html`<dt>状态</dt><dd>${
    w.status === 'active'
      ? html`<strong>启用</strong>`
      : html`<strong>已停用</strong>（自 ${instantText(w.disabledAt)} 起：连续 7 天推送失败，已发邮件告知您）`
  }</dd>
<dt>最近成功</dt><dd>${w.lastSuccessAt ? instantText(w.lastSuccessAt) : '尚未成功推送过'}</dd>
<dt>最近失败</dt><dd>${
    w.lastFailure
      ? html`${instantText(w.lastFailure.at)}：${w.lastFailure.reason}${w.lastFailure.status === null ? '' : `（HTTP ${w.lastFailure.status}）`}${
          w.failingSince ? html`<br><span class="open">自 ${instantText(w.failingSince)} 起连续失败</span>` : ''
        }`
      : '无'
  }</dd>`;
}

function webhookItem(token: string, w: ReturnType<typeof webhookView>): SafeHtml {
  const choice = (action: 'enable' | 'remove') => html`<input type="hidden" name="action" value="${action}"><input type="hidden" name="webhookId" value="${w.id}">`;
  return html`<li>
<p><strong>${webhookKindLabels[w.kind]}</strong> <span class="meta">编号 ${w.id}</span></p>
<dl>
<dt>地址</dt><dd><code>${w.url}</code></dd>
${w.secret ? html`<dt>签名密钥</dt><dd><code>${w.secret}</code></dd>` : ''}
${health(w)}
</dl>
<p>${
    w.status === 'disabled'
      ? html`<form method="post" action="webhooks${tokenQuery(token)}">${choice('enable')}<button type="submit">重新启用 ${w.id}</button></form>`
      : ''
  }<form method="post" action="webhooks${tokenQuery(token)}">${choice('remove')}<button type="submit" class="secondary">删除 ${w.id}</button></form></p>
</li>`;
}

const described = (field: WebhookFormField, errors: WebhookErrors, hintId: string): SafeHtml => {
  const invalid = (errors[field]?.length ?? 0) > 0;
  return html` aria-describedby="${[hintId, invalid ? `we-${field}` : ''].filter(Boolean).join(' ')}"${invalid ? html` aria-invalid="true"` : ''}`;
};

const fieldError = (field: WebhookFormField, errors: WebhookErrors): SafeHtml | '' =>
  (errors[field]?.length ?? 0) > 0 ? html`<div class="field-error" id="we-${field}">${(errors[field] ?? []).map((m) => html`<p>${m}</p>`)}</div>` : '';

function errorSummary(errors: WebhookErrors): SafeHtml | '' {
  const fields = [...webhookFormFields, 'form' as const].filter((f) => (errors[f]?.length ?? 0) > 0);
  if (fields.length === 0) return '';
  return html`<div class="notice error" role="alert" id="webhook-errors"><p><strong>Webhook 未添加，请修改以下内容：</strong></p><ul>${fields.map((f) =>
    f === 'form' ? (errors.form ?? []).map((m) => html`<li>${m}</li>`) : html`<li><a href="#w-${f}${f === 'kind' ? '-0' : ''}">${webhookFieldLabels[f]}</a>：${(errors[f] ?? []).join('；')}</li>`,
  )}</ul></div>`;
}

function addForm(token: string, view: WebhookFormView): SafeHtml {
  const errors = view.errors ?? {};
  const state = view.state ?? { kind: 'dingtalk', url: '' };
  return html`<form method="post" action="webhooks${tokenQuery(token)}" accept-charset="utf-8">
<fieldset>
<legend>添加 Webhook</legend>
<fieldset>
<legend>类型</legend>
${fieldError('kind', errors)}
${webhookKinds.map(
  (k, i) =>
    html`<label class="choice" for="w-kind-${i}"><input type="radio" id="w-kind-${i}" name="kind" value="${k}"${k === state.kind ? html` checked` : ''}> ${webhookKindLabels[k]}<span class="hint">（${kindHints[k]}）</span></label>`,
)}
</fieldset>
<label for="w-url">Webhook 地址</label>
<p class="hint" id="h-w-url">从群机器人设置中复制完整地址（https），例如 https://oapi.dingtalk.com/robot/send?access_token=…；内网和本机地址不能使用。</p>
${fieldError('url', errors)}
<input type="text" inputmode="url" id="w-url" name="url" value="${state.url}" required maxlength="1000" autocomplete="off"${described('url', errors, 'h-w-url')}>
<label for="w-secret">签名密钥</label>
<p class="hint" id="h-w-secret">钉钉“加签”、飞书“签名校验”和通用 Webhook 须填写；企业微信留空。保存后只显示最后 4 位。</p>
${fieldError('secret', errors)}
<input type="text" id="w-secret" name="secret" maxlength="256" autocomplete="off" spellcheck="false"${described('secret', errors, 'h-w-secret')}>
</fieldset>
<button type="submit">添加 Webhook</button>
</form>`;
}

export function webhooksSection(token: string, subscription: Subscription, view: WebhookFormView = {}): SafeHtml {
  const hooks = (subscription.webhooks ?? []).map(webhookView);
  return html`<h2 id="webhooks">群机器人与 Webhook 推送</h2>
<p class="hint">提醒和摘要除发邮件外，还可推送到钉钉、企业微信、飞书群机器人，或以 JSON 推送到您自己的服务。</p>
${errorSummary(view.errors ?? {})}
${hooks.length > 0 ? html`<ul class="webhooks">${hooks.map((w) => webhookItem(token, w))}</ul>` : html`<p>还没有添加 Webhook。</p>`}
${addForm(token, view)}`;
}

export function feedsSection(token: string, subscription: Subscription, feeds: FeedLinks): SafeHtml {
  return html`<h2 id="feeds">订阅源</h2>
${subscription.status === 'active' ? '' : html`<p class="notice">订阅生效后订阅源才有内容。</p>`}
<dl>
<dt>我的 Atom 订阅源（在阅读器中订阅；地址含私密令牌，请勿公开）</dt>
<dd><a href="${feeds.atom}"><code>${feeds.atom}</code></a></dd>
${feeds.calendar ? html`<dt>土地征收期限日历（iCalendar，可加入手机日历）</dt>
<dd><a href="${feeds.calendar}"><code>${feeds.calendar}</code></a></dd>` : ''}
</dl>
<form method="post" action="feed-reset${tokenQuery(token)}">
<p class="hint" id="h-feed-reset">订阅源地址泄露时请重置：旧地址立即失效，之后请在阅读器中换用新地址。</p>
<button type="submit" class="secondary" aria-describedby="h-feed-reset">重置订阅源地址</button>
</form>`;
}
