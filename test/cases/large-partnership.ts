/**
 * A partnership that stresses a document's layout (issue 18, "Bad input"): 40 parties, among them very long names and
 * names in Arabic, Hebrew, Chinese, Japanese and Korean; and 200 open items (five commitments still proposed for
 * each party). Used to check that the Word document and the printed page show every name in full.
 */
export const LONG_NAME = 'The Interministerial Coordinating Committee for Water, Sanitation, Hygiene and Community Health in Peri-Urban and Informal Settlements of the Greater Metropolitan Region';

/** Names a reader must show whole: one of each script, and the long one. */
export const SPECIAL_NAMES = [LONG_NAME, 'جمعية تنمية المجتمع المحلي', 'עמותת שיתוף פעולה קהילתי', '北京市社区发展基金会', '東京都地域連携協議会', '서울시 지역사회 협의회'];

export const PARTIES = 40;
export const COMMITMENTS_PER_PARTY = 5;

export function partyName(i: number): string {
  return SPECIAL_NAMES[i] ?? `Partner organisation number ${i + 1}`;
}

/** The partnership's files (name -> YAML text); `name` is the partnership's name. */
export function largePartnership(name = `${LONG_NAME} and its partners`): Record<string, string> {
  const q = (s: string) => JSON.stringify(s);
  const stakeholders = Array.from({ length: PARTIES }, (_, i) => `  - id: p${i + 1}\n    name: ${q(partyName(i))}\n    sector: ${['public', 'private', 'civil-society', 'cooperative'][i % 4]}\n    engagement: active-partner\n    influence: ${['low', 'medium', 'high'][i % 3]}\n    interest_level: ${['high', 'medium', 'low'][i % 3]}\n`).join('');
  const commitments = Array.from({ length: PARTIES * COMMITMENTS_PER_PARTY }, (_, k) => {
    const party = Math.floor(k / COMMITMENTS_PER_PARTY) + 1;
    return `  - id: c${k + 1}\n    stakeholder: p${party}\n    description: ${q(`Commitment ${k + 1} of ${partyName(party - 1)}`)}\n    type: in-kind\n    status: proposed\n`;
  }).join('');
  return {
    'partnership.yaml': `name: ${q(name)}\nphase: planning\n`,
    'stakeholders.yaml': `stakeholders:\n${stakeholders}`,
    'resources.yaml': `commitments:\n${commitments}`,
  };
}
