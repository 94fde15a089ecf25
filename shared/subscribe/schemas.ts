/**
 * zod schemas of the API's input. The same schema reads a JSON body and a form post: lists come as
 * JSON arrays, as repeated form fields (checkboxes, multiple selects) or as one text split on
 * commas, 、, semicolons and line breaks.
 */
import * as z from 'zod';
import { categorySchema, subtypeSchema } from '../model/document.ts';
import { frequencySchema } from '../model/subscription.ts';
import { checkJurisdiction, checkPlace, type TermCheck } from './check-places.ts';
import { webhookInputSchema } from '../webhooks/input.ts';

export const MAX_LIST_ITEMS = 50;
export const MAX_ITEM_LENGTH = 100;

/** Splits a free-text list: 离石区，太原市、山阴县 → three items. */
export function splitList(text: string): string[] {
  return text
    .split(/[,，、;；\r\n]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const dedupe = (items: string[]): string[] => [...new Set(items)];

/** A list of short strings, from an array or a text to split; `check` refuses items that can never match. */
const textList = (label: string, check?: (item: string) => TermCheck) =>
  z
    .union([z.string(), z.array(z.string())], { error: `${label}：应为文字或文字列表 must be text or a list of texts` })
    .transform((v) => dedupe((Array.isArray(v) ? v : [v]).flatMap(splitList)))
    .pipe(
      z
        .array(z.string().max(MAX_ITEM_LENGTH, { error: `${label}：每项最多 ${MAX_ITEM_LENGTH} 个字 each item at most ${MAX_ITEM_LENGTH} characters` }))
        .max(MAX_LIST_ITEMS, { error: `${label}：最多 ${MAX_LIST_ITEMS} 项 at most ${MAX_LIST_ITEMS} items` })
        .superRefine((items, ctx) => {
          if (!check) return;
          for (const [index, item] of items.entries()) {
            const result = check(item);
            if (!result.ok) ctx.addIssue({ code: 'custom', message: result.message, path: [index] });
          }
        }),
    );

/** A list of enum values (checkboxes), from an array, one value or a text to split. */
const enumList = <T extends string>(label: string, values: z.ZodEnum<{ [K in T]: K }>) =>
  z
    .union([z.string(), z.array(z.string())], { error: `${label}：格式不对 wrong format` })
    .transform((v) => dedupe((Array.isArray(v) ? v : [v]).flatMap(splitList)))
    .pipe(z.array(z.enum(values.options as [T, ...T[]], { error: `${label}：请从列表中选择 choose from the list` }), { error: `${label}：有未知的选项 unknown option` }));

export const emailSchema = z
  .string({ error: '请填写邮箱地址 an e-mail address is required' })
  .trim()
  .toLowerCase()
  .max(254, { error: '邮箱地址太长 the e-mail address is too long' })
  .pipe(z.email({ error: '请填写有效的邮箱地址 enter a valid e-mail address' }));

export const tokenSchema = z
  .string({ error: '缺少链接令牌 the link token is missing' })
  .min(1, { error: '缺少链接令牌 the link token is missing' })
  .max(2048, { error: '链接令牌无效 the link token is invalid' });

const frequencyField = z.enum(frequencySchema.options, { error: '请选择发送频率：即时、每日或每周 choose immediate, daily or weekly' });

const nameField = z
  .string()
  .trim()
  .max(60, { error: '称呼最多 60 个字 the name is at most 60 characters' })
  .transform((s) => (s.length > 0 ? s : null));

/** The filter and delivery fields a subscriber sets; every one optional (a JSON update names only what changes). */
export const preferenceFieldsSchema = z.object({
  name: nameField.nullable().optional(),
  frequency: frequencyField.optional(),
  categories: enumList('类别 categories', categorySchema).optional(),
  subtypes: enumList('细分类型 document types', subtypeSchema).optional(),
  jurisdictions: textList('地区 areas', checkJurisdiction).optional(),
  issuers: textList('发文机关 issuers').optional(),
  keywordsAny: textList('含任一关键词 any of these words').optional(),
  keywordsAll: textList('须含全部关键词 all of these words').optional(),
  keywordsExcluded: textList('排除关键词 none of these words').optional(),
  places: textList('关注的村庄、乡镇或项目 places', checkPlace).optional(),
});
export type PreferenceFields = z.infer<typeof preferenceFieldsSchema>;

export const subscribeInputSchema = preferenceFieldsSchema.extend({ email: emailSchema });
export type SubscribeInput = z.infer<typeof subscribeInputSchema>;

export const preferencesUpdateSchema = preferenceFieldsSchema.extend({ token: tokenSchema });
export type PreferencesUpdate = z.infer<typeof preferencesUpdateSchema>;

export const tokenInputSchema = z.object({ token: tokenSchema });

/** A webhook the subscriber adds (DingTalk, WeCom, Feishu or generic), checked per platform (issue 17). */
export const webhookFieldsSchema = webhookInputSchema;
export const webhookAddSchema = webhookInputSchema.and(z.object({ token: tokenSchema }));
/** What a post to the manage page's webhooks does: add (the form; the default), remove or re-enable one. */
export const webhookActionFieldSchema = z.enum(['add', 'remove', 'enable'], { error: '未知的操作 unknown action: add, remove or enable' }).default('add');

/** Which of the subscriber's webhooks a remove or re-enable button names. */
export const webhookChoiceSchema = z.object({ webhookId: z.string({ error: '缺少 Webhook 编号 the webhook id is missing' }).regex(/^[a-z0-9-]{1,40}$/, { error: 'Webhook 编号无效 invalid webhook id' }) });
export const webhookRemoveSchema = webhookChoiceSchema.extend({ token: tokenSchema });

/** RFC 8058: the one-click POST carries exactly this field and value. */
export const oneClickSchema = z.object({
  'List-Unsubscribe': z.literal('One-Click', { error: '请求体应为 List-Unsubscribe=One-Click the body must be List-Unsubscribe=One-Click' }),
});

/**
 * A form post sends every field of the form, and a checkbox group with nothing ticked sends nothing:
 * so a missing list in a form means "none".
 */
export function formDefaults(value: Record<string, unknown>): Record<string, unknown> {
  const lists = ['categories', 'subtypes', 'jurisdictions', 'issuers', 'keywordsAny', 'keywordsAll', 'keywordsExcluded', 'places'];
  const out: Record<string, unknown> = { ...value };
  for (const key of lists) out[key] ??= [];
  return out;
}
