/** The subscription pages (Simplified Chinese). Every value from a request or a record is escaped by `html`. */
import type { Subscription } from '../../model/subscription.ts';
import { describeFilters } from '../describe-filters.ts';
import type { FieldErrors } from '../form-errors.ts';
import { describedBy, errorSummary, errorText, filterFields } from './filter-fields.ts';
import { emptyFormState, formStateOfSubscription, type FormState } from './form-state.ts';
import type { WelcomeItem } from '../welcome.ts';
import { html, type SafeHtml } from './html.ts';
import { page } from './layout.ts';
import { feedsSection, webhooksSection, type FeedLinks, type WebhookFormView } from './webhook-section.ts';

const statusLabels: Record<Subscription['status'], string> = {
  pending: '待确认',
  active: '已生效',
  unsubscribed: '已退订',
  bounced: '邮件无法送达，已停止发送',
  complained: '已标记为垃圾邮件，已停止发送',
};

const tokenQuery = (token: string) => `?token=${encodeURIComponent(token)}`;

/** The subscribe form; after a failed post, with the input kept and each message beside its field. */
export function subscribePage(state: FormState = emptyFormState(), errors: FieldErrors = {}): string {
  const failed = Object.keys(errors).length > 0;
  return page(
    failed ? '订阅政府公报提醒（请修改后重新提交）' : '订阅政府公报提醒',
    html`<h1>订阅政府公报提醒</h1>
<p>公报哨兵每天查看山西各级政府公报和文件栏目，发现与您相关的新文件（征地公告、人事任免、新法规等）时发邮件告诉您。</p>
${errorSummary(errors)}
<form method="post" action="subscribe" accept-charset="utf-8">
<fieldset>
<legend>邮箱</legend>
<label for="f-email">您的邮箱地址</label>
<p class="hint" id="h-email">我们会先发一封确认邮件，点击其中的链接后订阅才生效。</p>
${errorText('email', errors)}
<input type="email" id="f-email" name="email" value="${state.email}" required maxlength="254" autocomplete="email"${describedBy('email', errors, 'h-email')}>
</fieldset>
${filterFields(state, errors)}
<button type="submit">订阅</button>
</form>`,
  );
}

export function subscribeAcceptedPage(): string {
  return page(
    '请查收确认邮件',
    html`<h1>请查收确认邮件</h1>
<div class="notice" role="status"><p>如果这个邮箱可以订阅，我们已经向它发送了一封确认邮件。请在 3 天内点击邮件中的链接完成订阅。</p>
<p>没有收到？请查看垃圾邮件文件夹，或稍后再试。</p></div>
<p><a href="./">返回订阅页</a></p>`,
  );
}

export function confirmPage(token: string, subscription: Subscription): string {
  return page(
    '确认订阅',
    html`<h1>确认订阅</h1>
<p>邮箱 <strong>${subscription.email}</strong> 将按以下设置接收提醒：</p>
${summaryList(subscription)}
<form method="post" action="confirm${tokenQuery(token)}">
<button type="submit">确认订阅</button>
</form>`,
  );
}

export function confirmedPage(subscription: Subscription, links: { preferences: string; unsubscribe: string }, latest: WelcomeItem[] = []): string {
  return page(
    '订阅已生效',
    html`<h1>订阅已生效</h1>
<div class="notice" role="status"><p>邮箱 <strong>${subscription.email}</strong> 的订阅已经生效。</p></div>
${summaryList(subscription)}
<h2>最近符合您订阅条件的文件</h2>
${latest.length > 0
  ? html`<p class="hint">以后有这样的新文件，我们会按您选择的频率发邮件告诉您。</p>
<ol class="latest">${latest.map(
      (item) =>
        html`<li><a href="${item.url}">${item.title}</a><br><span class="hint">${item.meta}</span></li>`,
    )}</ol>`
  : html`<p>最近 30 天还没有符合条件的文件；一有新文件，我们就发邮件告诉您。</p>`}
<p><a href="${links.preferences}">修改订阅设置</a> · <a href="${links.unsubscribe}">退订</a></p>`,
  );
}

function summaryList(subscription: Subscription): SafeHtml {
  return html`<ul class="summary">${describeFilters(subscription.filters, subscription.frequency).map((l) => html`<li>${l}</li>`)}</ul>`;
}

export interface PreferencesView {
  saved?: boolean;
  /** After a failed post: the edits as typed, and the messages by their fields. */
  state?: FormState;
  errors?: FieldErrors;
  /** After a webhook or feed action: what it did. */
  notice?: string;
  /** After a failed webhook post: the add form as typed, with its messages. */
  webhook?: WebhookFormView;
}

export interface PreferencesLinks {
  unsubscribe: string;
  /** The subscriber's feeds (the manage page shows them with the reset action). */
  feeds?: FeedLinks;
}

export function preferencesPage(token: string, subscription: Subscription, links: PreferencesLinks, view: PreferencesView = {}): string {
  const errors = view.errors ?? {};
  const failed = Object.keys(errors).length > 0 || Object.keys(view.webhook?.errors ?? {}).length > 0;
  return page(
    failed ? '订阅设置（请修改后重新提交）' : '订阅设置',
    html`<h1>订阅设置</h1>
${view.saved ? html`<div class="notice" role="status"><p>设置已保存。</p></div>` : ''}
${view.notice ? html`<div class="notice" role="status"><p>${view.notice}</p></div>` : ''}
${errorSummary(errors)}
<p>邮箱：<strong>${subscription.email}</strong>　状态：<strong>${statusLabels[subscription.status]}</strong></p>
<form method="post" action="preferences${tokenQuery(token)}" accept-charset="utf-8">
${filterFields(view.state ?? formStateOfSubscription(subscription), errors)}
<button type="submit">保存设置</button>
</form>
${webhooksSection(token, subscription, view.webhook)}
${links.feeds ? feedsSection(token, subscription, links.feeds) : ''}
<p><a href="${links.unsubscribe}">不想再收到邮件？退订</a></p>`,
  );
}

export function unsubscribePage(token: string, subscription: Subscription | null): string {
  const done = subscription === null || subscription.status !== 'active' && subscription.status !== 'pending';
  return page(
    '退订',
    html`<h1>退订公报哨兵邮件</h1>
${subscription ? html`<p>邮箱：<strong>${subscription.email}</strong>　状态：<strong>${statusLabels[subscription.status]}</strong></p>` : ''}
${done
  ? html`<div class="notice" role="status"><p>此邮箱已不会再收到公报哨兵的邮件。</p></div>`
  : html`<p>点击下面的按钮后，您将不再收到公报哨兵的任何邮件。</p>
<form method="post" action="unsubscribe${tokenQuery(token)}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit">确认退订</button>
</form>`}`,
  );
}

export function unsubscribedPage(subscription: Subscription | null): string {
  return page(
    '已退订',
    html`<h1>已退订</h1>
<div class="notice" role="status"><p>${subscription ? html`邮箱 <strong>${subscription.email}</strong> ` : ''}已退订，不会再收到公报哨兵的邮件。</p></div>
<p>如果是误操作，可以随时<a href="./">重新订阅</a>。</p>`,
  );
}

/** An expired preferences link: it still says whose it is, so a fresh one can be mailed to that address. */
export function expiredPreferencesPage(token: string): string {
  return page(
    '链接已过期',
    html`<h1>设置链接已过期</h1>
<div class="notice error" role="alert"><p>为了安全，修改订阅设置的链接有有效期，这个链接已经过期。</p></div>
<p>我们可以把新的设置链接发到订阅时填写的邮箱（不会发到其他地址）。退订链接不受影响，一直有效。</p>
<form method="post" action="preferences/renew${tokenQuery(token)}">
<button type="submit">把新链接发到我的邮箱</button>
</form>`,
  );
}

/** Served at /preferences/renew, one level deeper than the other pages: its way back goes up one more. */
export function renewSentPage(): string {
  return page(
    '新链接已发送',
    html`<h1>请查收邮件</h1>
<div class="notice" role="status"><p>如果这个订阅仍然有效，新的设置链接已经发到订阅邮箱，请在邮件中打开它。</p></div>
<p><a href="../">返回订阅页</a></p>`,
  );
}

export function errorPage(status: number, message: string, issues: { field: string; message: string }[] = []): string {
  return page(
    '出错了',
    html`<h1>出错了（${status}）</h1>
<div class="notice error" role="alert"><p>${message}</p>
${issues.length > 0 ? html`<ul>${issues.map((i) => html`<li>${i.message}</li>`)}</ul>` : ''}</div>
<p><a href="./">返回订阅页</a></p>`,
  );
}
