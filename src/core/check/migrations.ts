/**
 * What changed in the file formats, in a broker's words: a finding about a field or a value that an older version
 * of partner accepted says what to write instead, rather than only "unknown" or "not valid".
 */
export interface Migration {
  /** The kind of file: partnership, stakeholders, assessments, reviews ... */
  file: string;
  /** The field that was removed or renamed (an unknown field now). */
  field?: string;
  /** Or an old value of the field `of` (not an allowed value now). */
  value?: string;
  of?: string;
  message: string;
  hint: string;
}

const SECTOR_WORDS = 'Seed 003 names three sectors (public, private, civil society) and hybrids of them: producer cooperatives and credit unions, business federations, semi-public agencies, political parties and private universities.';

export const MIGRATIONS: readonly Migration[] = [
  // Seed 002 (Risks and assumptions): non-negotiables are tabled for the agreement, in one place.
  { file: 'assessments', field: 'non_negotiables', message: 'Non-negotiables are kept in one place: risks.yaml, where the agreement and the phase gate read them.', hint: 'Move these to risks.yaml under `non_negotiables:`, one entry each with `stakeholder:` (this partner\'s id) and `text:`; write `text: none` if it has none.' },
  // Seed 003 (convening): credibility is asked of the convener, neutrality of the venue.
  { file: 'partnership', field: 'neutral', message: 'A convener is not asked to be neutral: seed 003 asks for credibility with every party (governments and agencies often convene), and neutrality of the venue.', hint: 'Remove `neutral:`; record under `convener:` whom it is credible with (`credible_with:`, stakeholder ids) and how that is known (`credibility:`).' },
  { file: 'stakeholders', of: 'sector', value: 'donor', message: `\`donor\` is not a sector. ${SECTOR_WORDS}`, hint: 'Set `sector:` to the sector the donor belongs to (a government aid agency or a multilateral is public, a foundation civil-society, a company\'s fund private) and add `donor: true`.' },
  { file: 'stakeholders', of: 'sector', value: 'intermediary', message: `\`intermediary\` is not a sector. ${SECTOR_WORDS} An intermediary NGO is civil society.`, hint: 'Use `sector: civil-society` (or the sector the intermediary belongs to).' },
  { file: 'stakeholders', of: 'sector', value: 'community', message: `\`community\` is not a sector: grassroots and community groups are civil society (seed 003). ${SECTOR_WORDS}`, hint: 'Use `sector: civil-society`.' },
  { file: 'stakeholders', of: 'sector', value: 'business-association', message: '`business-association` is now `business-federation`, seed 003\'s word for this hybrid.', hint: 'Use `sector: business-federation`.' },
  { file: 'stakeholders', of: 'sector', value: 'academic', message: `\`academic\` is not a sector. ${SECTOR_WORDS}`, hint: 'Use `sector: private-university` for a private university, `public` for a state one.' },
];

/** The migration for an unknown field or an old value in a file of kind `file`, if there is one. */
export function migrationFor(file: string, what: { field: string } | { of: string; value: unknown }): Migration | undefined {
  return MIGRATIONS.find((m) => m.file === file && ('field' in what ? m.field === what.field : m.of === what.of && m.value === what.value));
}

/** The kind of file from its path inside the folder: `assessments/opp.yaml` → assessments. */
export function fileKind(rel: string): string {
  return rel.split('/')[0]!.replace(/\.yaml$/, '');
}
