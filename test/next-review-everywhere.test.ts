import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExample, removeDir, runBinary, tempDir } from './helpers/cli.js';

/** The next review is one notion (check/next-review.ts): `status` and the portfolio give the same date. */
let root: string;
beforeAll(() => (root = tempDir()));
afterAll(() => removeDir(root));

describe('the next review, in status and the portfolio', () => {
  it('is a cadence after the latest review when the review sets no date of its own, in both', () => {
    const repo = join(root, 'repo');
    const dir = copyExample('orangi-sanitation', repo);
    const review = join(dir, 'reviews', '1995-03-15.yaml');
    writeFileSync(review, readFileSync(review, 'utf8').replace(/^next_review: .*$/m, ''));
    const indicators = join(dir, 'indicators.yaml');
    // The setting in indicators.yaml is older than the review: the cadence from the review is in force.
    writeFileSync(indicators, readFileSync(indicators, 'utf8').replace(/^ {2}next_review: .*$/m, '  next_review: 1995-01-31'));
    const status = JSON.parse(runBinary(['status', dir, '--date', '1995-06-01', '--format', 'json'], { cwd: root }).stdout);
    expect(status.review.next).toBe('1996-03-15');
    const portfolio = JSON.parse(runBinary(['portfolio', repo, '--date', '1995-06-01', '--format', 'json'], { cwd: root }).stdout);
    const entry = portfolio.partnerships.find((p: { nextReview?: string }) => 'nextReview' in p) ?? portfolio.partnerships[0];
    expect(entry.nextReview).toBe('1996-03-15');
    expect(entry.reviewOverdue).toBe(false);
  });
});
