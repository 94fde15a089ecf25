/**
 * Validation failures as people read them: one list of messages per form field, in Chinese first, never
 * a validator's own wording ("Invalid option: expected one of …") and never an internal field name.
 */
import type { z } from 'zod';

export const formFields = ['email', 'categories', 'subtypes', 'jurisdictions', 'issuers', 'keywordsAny', 'keywordsAll', 'keywordsExcluded', 'places', 'frequency', 'name'] as const;
export type FieldName = (typeof formFields)[number];
export type FieldErrors = Partial<Record<FieldName | 'form', string[]>>;

/** What each field is called on the page (the error summary names it so). */
export const fieldLabels: Record<FieldName | 'form', string> = {
  email: '邮箱地址',
  categories: '类别',
  subtypes: '细分类型',
  jurisdictions: '地区',
  issuers: '发文机关',
  keywordsAny: '含任一关键词',
  keywordsAll: '须含全部关键词',
  keywordsExcluded: '排除关键词',
  places: '关注的村庄、乡镇或项目',
  frequency: '发送频率',
  name: '称呼',
  form: '表单',
};

/** Said when the validator's own message is all there is. */
const fallback: Record<FieldName | 'form', string> = {
  email: '请填写有效的邮箱地址 enter a valid e-mail address',
  categories: '请从列表中选择类别 choose categories from the list',
  subtypes: '请从列表中选择细分类型 choose document types from the list',
  jurisdictions: '请填写省、市、县（区）的名称或 6 位行政区划代码 enter a province, city or county, or its 6-digit code',
  issuers: '请填写发文机关名称 enter the names of issuing bodies',
  keywordsAny: '请填写关键词，用逗号分隔 enter words separated by commas',
  keywordsAll: '请填写关键词，用逗号分隔 enter words separated by commas',
  keywordsExcluded: '请填写关键词，用逗号分隔 enter words separated by commas',
  places: '请填写村庄、乡镇或项目名称 enter village, township or project names',
  frequency: '请选择发送频率 choose how often to be mailed',
  name: '称呼最多 60 个字 the name is at most 60 characters',
  form: '输入有误，请检查后重试 please check the form and try again',
};

const isField = (key: string): key is FieldName => (formFields as readonly string[]).includes(key);
/** Our own messages are Chinese first; anything else came from the validator itself. */
const isOurs = (message: string): boolean => /\p{Script=Han}/u.test(message);

export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    const field: FieldName | 'form' = isField(key) ? key : 'form';
    const message = isOurs(issue.message) ? issue.message : fallback[field];
    const list = (out[field] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return out;
}

/** The same, flat, for JSON clients: `field` is the input key they sent. */
export function issueList(errors: FieldErrors): { field: string; message: string }[] {
  return Object.entries(errors).flatMap(([field, messages]) => (messages ?? []).map((message) => ({ field: field === 'form' ? '' : field, message })));
}
