import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../src/core/base/diagnostic.js';
import { assertCanInit, writeSkeleton } from '../src/core/record/init/write.js';
import { removeDir, tempDir } from './helpers/cli.js';

let root: string;
beforeAll(() => {
  root = tempDir('partner-init-write-');
});
afterAll(() => removeDir(root));

// The second file cannot be written (its folder would have to be the first file), so each write fails half-way.
const BROKEN = new Map([['partnership.yaml', 'name: x\n'], ['partnership.yaml/inner.yaml', 'x: 1\n']]);

describe('writeSkeleton', () => {
  it('an existing empty folder (not the working one) is replaced by the built one', () => {
    const dir = join(root, 'empty');
    mkdirSync(dir);
    const before = statSync(dir).ino;
    writeSkeleton(dir, new Map([['partnership.yaml', 'name: x\nphase: scoping\n']]), root);
    expect(statSync(dir).ino).not.toBe(before);
    expect(readdirSync(dir)).toEqual(['partnership.yaml']);
  });

  it('a new folder is built aside and renamed: a failure leaves neither it nor the temp folder', () => {
    const parent = join(root, 'new');
    mkdirSync(parent);
    expect(() => writeSkeleton(join(parent, 'target'), BROKEN, root)).toThrow(UsageError);
    expect(() => writeSkeleton(join(parent, 'target'), BROKEN, root)).toThrow(/nothing was written/);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('in a folder with other files, a failure removes what it had written and nothing else', () => {
    const dir = join(root, 'busy');
    mkdirSync(dir);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    expect(() => writeSkeleton(dir, BROKEN, root)).toThrow(UsageError);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('never renames over the working folder, so a shell inside it keeps seeing the files', () => {
    const dir = join(root, 'cwd');
    mkdirSync(dir);
    const before = statSync(dir).ino;
    writeSkeleton(dir, new Map([['partnership.yaml', 'name: x\nphase: scoping\n'], ['reviews/README.md', '#\n']]), dir);
    expect(statSync(dir).ino).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['partnership.yaml', 'reviews']);
  });
});

describe('assertCanInit', () => {
  it.each(['partnership.yaml', 'stakeholders.yml', 'assessments', 'reviews'])('refuses a folder holding %s', (name) => {
    const dir = join(root, `taken-${name}`);
    mkdirSync(dir);
    if (name.includes('.')) writeFileSync(join(dir, name), '');
    else mkdirSync(join(dir, name));
    expect(() => assertCanInit(dir, 'there')).toThrow(`there already holds a partnership (${name}); nothing was written.`);
  });

  it('accepts a missing folder and one with unrelated files', () => {
    expect(() => assertCanInit(join(root, 'nope'), 'nope')).not.toThrow();
    const dir = join(root, 'unrelated');
    mkdirSync(dir);
    writeFileSync(join(dir, 'README.md'), '');
    expect(() => assertCanInit(dir, 'unrelated')).not.toThrow();
  });
});
