/** The filter and delivery fields, shared by the subscribe form and the preferences form. */
import { categorySchema, subtypeSchema } from '../../model/document.ts';
import { frequencySchema, type Filters, type Frequency } from '../../model/subscription.ts';
import { shanxiDivisions } from '../../notify/divisions-shanxi.ts';
import { categoryHeadings, subtypeLabels } from '../../notify/labels.ts';
import { frequencyLabels } from '../describe-filters.ts';
import { html, type SafeHtml } from './html.ts';

export interface FieldValues {
  name: string | null;
  filters: Filters;
  frequency: Frequency;
}

const categoryHints: Record<string, string> = {
  land: '征收土地公告、征地补偿安置方案、收回国有土地使用权',
  appointment: '任免通知、干部任职',
  regulation: '规章、规范性文件及其生效日期',
  other: '其他通知公告',
};

function jurisdictionSelect(selected: ReadonlySet<string>): SafeHtml {
  const option = (code: string, label: string) =>
    html`<option value="${code}"${selected.has(code) ? html` selected` : ''}>${label}</option>`;
  const groups: SafeHtml[] = [];
  for (const city of shanxiDivisions.filter((d) => d.level === 'city')) {
    const counties = shanxiDivisions.filter((d) => d.level === 'county' && d.code.startsWith(city.code.slice(0, 4)));
    groups.push(
      html`<optgroup label="${city.name}">${option(city.code, `${city.name}（全市）`)}${counties.map((c) => option(c.code, `${c.name}（${city.name}）`))}</optgroup>`,
    );
  }
  return html`<select id="f-jurisdictions" name="jurisdictions" multiple aria-describedby="h-jurisdictions">${option('140000', '山西省（全省）')}${groups}</select>`;
}

const textField = (id: string, label: string, hint: string, values: string[]) => html`
<label for="f-${id}">${label}</label>
<p class="hint" id="h-${id}">${hint}</p>
<input type="text" id="f-${id}" name="${id}" value="${values.join('，')}" aria-describedby="h-${id}" maxlength="2000">`;

export function filterFields(values: FieldValues): SafeHtml {
  const { filters } = values;
  const divisionCodes = new Set(shanxiDivisions.map((d) => d.code));
  const picked = new Set(filters.jurisdictions.filter((j) => divisionCodes.has(j)));
  const otherAreas = filters.jurisdictions.filter((j) => !divisionCodes.has(j));
  const checked = (on: boolean) => (on ? html` checked` : '');
  return html`
<fieldset>
<legend>关注哪些文件</legend>
<p class="hint">不勾选即接收全部类别。</p>
${categorySchema.options.map(
  (c) => html`<label class="choice"><input type="checkbox" name="categories" value="${c}"${checked(filters.categories.includes(c))}> ${categoryHeadings[c]}<span class="hint">（${categoryHints[c] ?? ''}）</span></label>`,
)}
<details${filters.subtypes.length > 0 ? html` open` : ''}>
<summary>细分类型（可选）</summary>
${subtypeSchema.options.map(
  (s) => html`<label class="choice"><input type="checkbox" name="subtypes" value="${s}"${checked(filters.subtypes.includes(s))}> ${subtypeLabels[s]}</label>`,
)}
</details>
</fieldset>
<fieldset>
<legend>地区</legend>
<label for="f-jurisdictions">山西省内的市、县、区</label>
<p class="hint" id="h-jurisdictions">可多选（按住 Ctrl 或 ⌘ 键点选）；选择市即包含其下各县区。不选即不限地区。</p>
${jurisdictionSelect(picked)}
${textField('jurisdictions', '其他地区（名称或 6 位行政区划代码）', '用逗号或顿号分隔，例如：离石区、141102', otherAreas)}
</fieldset>
<fieldset>
<legend>更细的条件（可选）</legend>
${textField('issuers', '发文机关', '例如：吕梁市离石区人民政府', filters.issuers)}
${textField('keywordsAny', '含任一关键词', '包含其中任何一个词即提醒', filters.keywordsAny)}
${textField('keywordsAll', '须含全部关键词', '每个词都出现才提醒', filters.keywordsAll)}
${textField('keywordsExcluded', '排除关键词', '出现其中任何一个词就不提醒', filters.keywordsExcluded)}
${textField('places', '关注的村庄、乡镇或项目名称', '征地公告提到这些地名或项目时提醒，例如：西属巴村、滨河北路', filters.places)}
</fieldset>
<fieldset>
<legend>发送频率</legend>
${frequencySchema.options.map(
  (f) => html`<label class="choice"><input type="radio" name="frequency" value="${f}"${checked(values.frequency === f)}> ${frequencyLabels[f]}</label>`,
)}
</fieldset>
<fieldset>
<legend>称呼（可选）</legend>
<label for="f-name">邮件里怎么称呼您</label>
<input type="text" id="f-name" name="name" value="${values.name ?? ''}" maxlength="60" autocomplete="name">
</fieldset>`;
}
