import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { askAnswers, type Prompter } from '../src/commands/init-prompts.js';
import { SINGLE_FILES } from '../src/core/folder/layout.js';
import { removeDir, runBinary, tempDir } from './helpers/cli.js';
import { hasScript, KEY, terminal } from './helpers/pty.js';

/** A prompter that answers from a script, in order, and records each question. */
function scripted(answers: (string | boolean)[]): Prompter & { asked: string[] } {
  const queue = [...answers];
  const asked: string[] = [];
  const next = (message: string) => {
    asked.push(message);
    if (!queue.length) throw new Error(`no scripted answer for "${message}"`);
    return queue.shift()!;
  };
  return {
    asked,
    input: async (c) => {
      const typed = next(c.message) as string;
      const a = typed === '' && c.default !== undefined ? c.default : typed; // Enter takes the default, as in inquirer
      const valid = c.validate?.(a) ?? true;
      if (valid !== true) throw new Error(`"${a}" rejected: ${String(valid)}`);
      return a;
    },
    select: async (c) => {
      const a = next(c.message) as string;
      if (!c.choices.some((ch) => ch.value === a)) throw new Error(`"${a}" is not a choice of "${c.message}"`);
      return a;
    },
    confirm: async (c) => next(c.message) as boolean,
  };
}

describe('init questions (scripted prompts)', () => {
  it('asks everything in order and turns the answers into Answers', async () => {
    const p = scripted(['', 'Open drains', '  ', 'Clean lanes', 'local', 'Orangi', 'OPP', 'Amina', true, 'City Council', 'public', 'drains, , jobs ', 'rule of law, votes', 'active-partner', 'Ms. Khan', 'Director of works', 'refer-back', true, 'Builders', 'private', '', '', '', '', false]);
    const answers = await askAnswers({}, 'Orangi sanitation', p);
    expect(answers).toEqual({
      name: 'Orangi sanitation', issue: 'Open drains', why: undefined, vision: 'Clean lanes', scopeLevel: 'local', scopeArea: 'Orangi', convener: 'OPP', broker: 'Amina',
      stakeholders: [
        { name: 'City Council', sector: 'public', interests: ['drains', 'jobs'], motivations: ['rule of law', 'votes'], engagement: 'active-partner', representative: { name: 'Ms. Khan', title: 'Director of works', authority: 'refer-back' } },
        { name: 'Builders', sector: 'private', interests: [], motivations: [] },
      ],
    });
    expect(p.asked[0]).toBe('Name of the partnership:');
    expect(p.asked).toContain('Add another stakeholder?');
  });

  it('skips what the flags answered, and the area when no level is chosen', async () => {
    const p = scripted(['', '', '', '', '', false]);
    const answers = await askAnswers({ name: 'Given', issue: 'Given issue', stakeholders: undefined }, 'x', p);
    expect(answers).toMatchObject({ name: 'Given', issue: 'Given issue', scopeLevel: undefined, scopeArea: undefined, stakeholders: [] });
    expect(p.asked).toEqual(['Why no single sector can solve it alone (Enter to skip):', 'A first vision of what it will achieve (Enter to skip):', 'Where does it work?', 'Who convenes the partners (a person or organisation) (Enter to skip):', 'Who is the broker keeping this record (your name) (Enter to skip):', 'Add a stakeholder to the map now?']);
  });

  it('refuses an empty or too long stakeholder name', async () => {
    await expect(askAnswers({ name: 'n', issue: 'i', why: 'w', vision: 'v', scopeLevel: 'local', scopeArea: 'a', convener: 'c', broker: 'b' }, 'x', scripted([true, ' ']))).rejects.toThrow('Please give a name.');
    await expect(askAnswers({ name: 'n', issue: 'i', why: 'w', vision: 'v', scopeLevel: 'local', scopeArea: 'a', convener: 'c', broker: 'b' }, 'x', scripted([true, 'x'.repeat(201)]))).rejects.toThrow('Please keep it to 200 characters.');
  });
});

// ---- The real prompts, under a pseudo-terminal (util-linux `script`) ----

describe.skipIf(!hasScript)('init in a terminal (pty)', () => {
  let root: string;
  beforeAll(() => {
    root = tempDir('partner-pty-');
  });
  afterAll(() => removeDir(root));

  it('asks every question, writes the folder, and check passes', async () => {
    const cwd = join(root, 'answered');
    mkdirSync(cwd);
    const t = terminal(['init', 'water'], cwd);
    try {
      await t.answer('Name of the partnership', `Water: for all #1${KEY.enter}`);
      await t.answer('The issue it tackles', `Open drains spread disease${KEY.enter}`);
      await t.answer('Why no single sector', `No one can pay for it alone${KEY.enter}`);
      await t.answer('A first vision', `Every lane drained${KEY.enter}`);
      await t.answer('Where does it work?', `${KEY.down}${KEY.down}${KEY.enter}`); // not decided, local, → sub-national
      await t.answer('The place, in words', `Sindh${KEY.enter}`);
      await t.answer('Who convenes the partners', `city council${KEY.enter}`);
      await t.answer('Who is the broker', `Amina${KEY.enter}`);
      await t.answer('Add a stakeholder to the map now?', `y${KEY.enter}`);
      await t.answer('Stakeholder 1, name', `City Council${KEY.enter}`);
      await t.answer('Sector of City Council', KEY.enter); // public
      await t.answer('What City Council wants', `working drains, lower costs${KEY.enter}`);
      await t.answer('Why City Council would take part', `public health, votes${KEY.enter}`);
      await t.answer('How City Council takes part', `${KEY.down}${KEY.enter}`); // active-partner
      await t.answer('Who represents City Council', `Ms. Khan${KEY.enter}`);
      await t.answer('position in City Council', `Director of works${KEY.enter}`);
      await t.answer('What Ms. Khan may decide', `${KEY.down}${KEY.down}${KEY.down}${KEY.enter}`); // not decided, full, limited → refer-back
      await t.answer('Add another stakeholder?', `y${KEY.enter}`);
      await t.answer('Stakeholder 2, name', `Lane groups${KEY.enter}`);
      await t.answer('Sector of Lane groups', `${KEY.down}${KEY.down}${KEY.enter}`); // civil-society
      await t.answer('What Lane groups wants', `clean lanes${KEY.enter}`);
      await t.answer('Why Lane groups would take part', `clean lanes${KEY.enter}`);
      await t.answer('How Lane groups takes part', KEY.enter); // not decided yet
      await t.answer('Who represents Lane groups', KEY.enter);
      await t.answer('Add another stakeholder?', `n${KEY.enter}`);
      await t.waitFor('Next steps:');
      expect(await t.exited).toBe(0);
    } finally {
      t.kill();
    }
    const dir = join(cwd, 'water');
    for (const k of SINGLE_FILES) expect(existsSync(join(dir, `${k}.yaml`)), k).toBe(true);
    expect(readdirSync(join(dir, 'assessments')).sort()).toEqual(['README.md', 'city-council.yaml']);
    expect(parse(readFileSync(join(dir, 'partnership.yaml'), 'utf8'))).toMatchObject({
      name: 'Water: for all #1', phase: 'scoping', issue: 'Open drains spread disease', why_multi_sector: 'No one can pay for it alone',
      geographic_scope: { level: 'sub-national', area: 'Sindh' }, convener: { name: 'city council', stakeholder: 'city-council' }, broker: { name: 'Amina' },
    });
    expect((parse(readFileSync(join(dir, 'stakeholders.yaml'), 'utf8')) as { stakeholders: unknown }).stakeholders).toEqual([
      { id: 'city-council', name: 'City Council', sector: 'public', interests: ['working drains', 'lower costs'], motivations: ['public health', 'votes'], engagement: 'active-partner', representative: { name: 'Ms. Khan', title: 'Director of works', decision_authority: 'refer-back' } },
      { id: 'lane-groups', name: 'Lane groups', sector: 'civil-society', interests: ['clean lanes'], motivations: ['clean lanes'] },
    ]);
    // Everything building needs was asked: the partnership can move on right away.
    const advance = runBinary(['advance', 'water', '--date', '2025-01-15'], { cwd });
    expect(advance.stdout).toContain('Moved');
    expect(advance.code).toBe(0);
    const check = runBinary(['check', 'water', '--format', 'json'], { cwd });
    expect(check.code).toBe(0);
    expect((JSON.parse(check.stdout) as { summary: { errors: number } }).summary.errors).toBe(0);
  });

  it('Ctrl+C at a question exits 130 and writes nothing', async () => {
    const cwd = join(root, 'interrupted');
    mkdirSync(cwd);
    const t = terminal(['init', 'water'], cwd);
    try {
      await t.answer('Name of the partnership', `Half done${KEY.enter}`);
      await t.answer('The issue it tackles', KEY.ctrlC);
      expect(await t.exited).toBe(130);
    } finally {
      t.kill();
    }
    expect(t.screen()).toContain('partner: interrupted; nothing was written.');
    expect(readdirSync(cwd)).toEqual([]);
  });
});
