/**
 * The review questionnaire as an XLSForm (xlsform.org): the sheets `survey`, `choices` and `settings` as rows of
 * cells, for src/util/xlsx.ts to write as a workbook that KoboToolbox, ODK Central and pyxform read. Pure.
 */
import { CHOICES, SURVEY, type ChoiceList } from '../../lifecycle/review-survey.js';
import type { SurveyInput } from './form.js';

export type Sheet = { name: string; rows: string[][] };

export function surveyXlsForm(input: SurveyInput): Sheet[] {
  const survey: string[][] = [['type', 'name', 'label', 'required'], ['today', 'today', '', '']];
  for (const g of SURVEY) {
    survey.push(['begin_group', g.name, g.label, '']);
    for (const q of g.questions) survey.push([q.kind === 'text' ? 'text' : `select_one ${q.list ?? 'partners'}`, q.name, q.label, q.required ? 'yes' : '']);
    survey.push(['end_group', '', '', '']);
  }
  const choices: string[][] = [['list_name', 'name', 'label']];
  for (const p of input.partners) choices.push(['partners', p.id, p.name]);
  for (const list of Object.keys(CHOICES) as ChoiceList[]) for (const c of CHOICES[list]) choices.push([list, c.name, c.label]);
  const settings = [['form_title', 'form_id', 'version'], [input.title, input.formId, input.version]];
  return [{ name: 'survey', rows: survey }, { name: 'choices', rows: choices }, { name: 'settings', rows: settings }];
}
