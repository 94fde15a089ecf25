/**
 * The filter and delivery fields, shared by the subscribe form and the preferences form. Every id is
 * unique on the page; a field with errors carries aria-invalid and its messages right below its label.
 */
import { categorySchema, subtypeSchema } from '../../model/document.ts';
import { frequencySchema } from '../../model/subscription.ts';
import { divisionsOfProvince } from '../../notify/divisions.ts';
import { categoryHeadings, subtypeLabels } from '../../notify/labels.ts';
import { frequencyLabels } from '../describe-filters.ts';
import { fieldLabels, formFields, type FieldErrors, type FieldName } from '../form-errors.ts';
import { PICKER_PROVINCE, type FormState, type TextField } from './form-state.ts';
import { html, type SafeHtml } from './html.ts';

const categoryHints: Record<string, string> = {
  land: '征收土地公告、征地补偿安置方案、收回国有土地使用权',
  appointment: '任免通知、干部任职',
  regulation: '规章、规范性文件及其生效日期',
  other: '其他通知公告',
};

/** The id of the control an error summary links to. */
export const controlId = (field: FieldName): string =>
  ({ jurisdictions: 'f-jurisdictions-other', categories: 'f-categories-0', subtypes: 'f-subtypes-0', frequency: 'f-frequency-0' })[field as string] ??
  `f-${field}`;

/** The messages of one field, or nothing; `id` is what aria-describedby points at. */
export function errorText(field: FieldName, errors: FieldErrors): SafeHtml | '' {
  const messages = errors[field] ?? [];
  if (messages.length === 0) return '';
  return html`<div class="field-error" id="e-${field}">${messages.map((m) => html`<p><strong>错误：</strong>${m}</p>`)}</div>`;
}

/** aria attributes of a control: its hint, its errors, and whether it is invalid. */
export function describedBy(field: FieldName, errors: FieldErrors, hintId?: string): SafeHtml {
  const ids = [hintId, (errors[field]?.length ?? 0) > 0 ? `e-${field}` : undefined].filter(Boolean).join(' ');
  const invalid = (errors[field]?.length ?? 0) > 0;
  return html`${ids ? html` aria-describedby="${ids}"` : ''}${invalid ? html` aria-invalid="true"` : ''}`;
}

/** The list of every error at the top of the form, each a link to its field. */
export function errorSummary(errors: FieldErrors): SafeHtml | '' {
  const fields = [...formFields, 'form' as const].filter((f) => (errors[f]?.length ?? 0) > 0);
  if (fields.length === 0) return '';
  return html`<div class="notice error" role="alert" id="error-summary"><p><strong>请修改以下内容后再提交：</strong></p><ul>${fields.map((f) =>
    f === 'form'
      ? (errors.form ?? []).map((m) => html`<li>${m}</li>`)
      : html`<li><a href="#${controlId(f)}">${fieldLabels[f]}</a>：${(errors[f] ?? []).join('；')}</li>`,
  )}</ul></div>`;
}

function areaPicker(picked: ReadonlySet<string>, errors: FieldErrors): SafeHtml {
  const divisions = divisionsOfProvince(PICKER_PROVINCE);
  const province = divisions.find((d) => d.level === 'province');
  const option = (code: string, label: string) => html`<option value="${code}"${picked.has(code) ? html` selected` : ''}>${label}</option>`;
  const groups = divisions
    .filter((d) => d.level === 'city')
    .map((city) => {
      const counties = divisions.filter((d) => d.level === 'county' && d.code.startsWith(city.code.slice(0, 4)));
      return html`<optgroup label="${city.name}">${option(city.code, `${city.name}（全市）`)}${counties.map((c) => option(c.code, `${c.name}（${city.name}）`))}</optgroup>`;
    });
  return html`<select id="f-jurisdictions" name="jurisdictions" multiple aria-describedby="h-jurisdictions">${province ? option(province.code, `${province.name}（全省）`) : ''}${groups}</select>
${errorText('jurisdictions', errors)}`;
}

function textField(field: TextField | 'jurisdictions', id: string, label: string, hint: string, value: string, errors: FieldErrors): SafeHtml {
  return html`
<label for="${id}">${label}</label>
<p class="hint" id="h-${id}">${hint}</p>
${field === 'jurisdictions' ? '' : errorText(field, errors)}
<input type="text" id="${id}" name="${field}" value="${value}"${describedBy(field, errors, `h-${id}`)} maxlength="2000">`;
}

function choices(field: 'categories' | 'subtypes' | 'frequency', type: 'checkbox' | 'radio', options: readonly string[], label: (o: string) => SafeHtml | string, selected: readonly string[], errors: FieldErrors): SafeHtml {
  return html`${errorText(field, errors)}${options.map(
    (o, i) =>
      html`<label class="choice" for="f-${field}-${i}"><input type="${type}" id="f-${field}-${i}" name="${field}" value="${o}"${selected.includes(o) ? html` checked` : ''}${describedBy(field, errors)}> ${label(o)}</label>`,
  )}`;
}

export function filterFields(state: FormState, errors: FieldErrors = {}): SafeHtml {
  return html`
<fieldset>
<legend>关注哪些文件</legend>
<p class="hint">不勾选即接收全部类别。</p>
${choices('categories', 'checkbox', categorySchema.options, (c) => html`${categoryHeadings[c as keyof typeof categoryHeadings]}<span class="hint">（${categoryHints[c] ?? ''}）</span>`, state.categories, errors)}
<details${state.subtypes.length > 0 || (errors.subtypes?.length ?? 0) > 0 ? html` open` : ''}>
<summary>细分类型（可选）</summary>
${choices('subtypes', 'checkbox', subtypeSchema.options, (s) => subtypeLabels[s as keyof typeof subtypeLabels], state.subtypes, errors)}
</details>
</fieldset>
<fieldset>
<legend>地区</legend>
<label for="f-jurisdictions">山西省内的市、县、区</label>
<p class="hint" id="h-jurisdictions">可多选（按住 Ctrl 或 ⌘ 键点选）；选择市即包含其下各县区。不选即不限地区。</p>
${areaPicker(new Set(state.pickedAreas), errors)}
${textField('jurisdictions', 'f-jurisdictions-other', '其他地区（全国的省、市、县区名称或 6 位行政区划代码）', '用逗号或顿号分隔，例如：离石区、141102、北京市海淀区', state.otherAreas, errors)}
</fieldset>
<fieldset>
<legend>更细的条件（可选）</legend>
${textField('issuers', 'f-issuers', '发文机关', '例如：吕梁市离石区人民政府', state.texts.issuers, errors)}
${textField('keywordsAny', 'f-keywordsAny', '含任一关键词', '包含其中任何一个词即提醒', state.texts.keywordsAny, errors)}
${textField('keywordsAll', 'f-keywordsAll', '须含全部关键词', '每个词都出现才提醒', state.texts.keywordsAll, errors)}
${textField('keywordsExcluded', 'f-keywordsExcluded', '排除关键词', '出现其中任何一个词就不提醒', state.texts.keywordsExcluded, errors)}
${textField('places', 'f-places', '关注的村庄、乡镇或项目名称', '征地公告提到这些地名或项目时提醒，例如：西属巴街道、信义镇、王家庄村、滨河北路', state.texts.places, errors)}
</fieldset>
<fieldset>
<legend>发送频率</legend>
${choices('frequency', 'radio', frequencySchema.options, (f) => frequencyLabels[f as keyof typeof frequencyLabels], [state.frequency], errors)}
</fieldset>
<fieldset>
<legend>称呼（可选）</legend>
<label for="f-name">邮件里怎么称呼您</label>
${errorText('name', errors)}
<input type="text" id="f-name" name="name" value="${state.name}" maxlength="60" autocomplete="name"${describedBy('name', errors)}>
</fieldset>`;
}
