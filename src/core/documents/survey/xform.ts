/**
 * The review questionnaire as an ODK XForm (the ODK XForms specification, getodk.github.io/xforms-spec): one XML
 * document that ODK Central, ODK Collect and Enketo load as it is. Pure: the input in, the XML text out.
 */
import { CHOICES, SURVEY, type SurveyQuestion } from '../../lifecycle/review-survey.js';
import type { SurveyInput } from './form.js';

const ROOT = 'data';

export function surveyXForm(input: SurveyInput): string {
  const path = (group: string, q: string) => `/${ROOT}/${group}/${q}`;
  const instance = SURVEY.map((g) => `          <${g.name}>${g.questions.map((q) => `<${q.name}/>`).join('')}</${g.name}>`);
  const binds = SURVEY.flatMap((g) => g.questions.map((q) => `      <bind nodeset="${path(g.name, q.name)}" type="string"${q.required ? ' required="true()"' : ''}/>`));
  const body = SURVEY.map((g) => [`    <group ref="/${ROOT}/${g.name}">`, `      <label>${x(g.label)}</label>`, ...g.questions.map((q) => control(q, path(g.name, q.name), input)), '    </group>'].join('\n'));
  return `<?xml version="1.0" encoding="UTF-8"?>
<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa" xmlns:odk="http://www.opendatakit.org/xforms" xmlns:orx="http://openrosa.org/xforms">
  <h:head>
    <h:title>${x(input.title)}</h:title>
    <model odk:xforms-version="1.0.0">
      <instance>
        <${ROOT} id="${x(input.formId)}" version="${x(input.version)}">
          <today/>
${instance.join('\n')}
          <meta><instanceID/></meta>
        </${ROOT}>
      </instance>
      <bind nodeset="/${ROOT}/today" type="date" jr:preload="date" jr:preloadParams="today"/>
${binds.join('\n')}
      <bind nodeset="/${ROOT}/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>
    </model>
  </h:head>
  <h:body>
${body.join('\n')}
  </h:body>
</h:html>
`;
}

function control(q: SurveyQuestion, ref: string, input: SurveyInput): string {
  if (q.kind === 'text') return `      <input ref="${ref}"><label>${x(q.label)}</label></input>`;
  const items = q.list ? CHOICES[q.list] : input.partners.map((p) => ({ name: p.id, label: p.name }));
  return [`      <select1 ref="${ref}">`, `        <label>${x(q.label)}</label>`, ...items.map((c) => `        <item><label>${x(c.label)}</label><value>${x(c.name)}</value></item>`), '      </select1>'].join('\n');
}

/** Text and attribute values escaped for XML; characters XML 1.0 forbids are dropped. */
export function x(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}
