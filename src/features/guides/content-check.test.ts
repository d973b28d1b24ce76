import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from '../../config.ts';
import { checkContent } from './content-check.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/** `npm run content -- check`, as the lead's npm script runs it (the tests below run side by side). */
function runCli(args: string[], contentDir: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/content.ts', ...args],
      { cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out: stdout + stderr }),
    );
  });
}

describe('checkContent', () => {
  test('good content passes and lists the guide past its review date', () => {
    const result = checkContent(path.join(FIXTURES, 'good'), '2026-06-01');
    assert.equal(result.ok, true);
    assert.deepEqual(result.overdue, ['short-guide']);
    assert.match(result.report, /No problems found\./);
    assert.match(
      result.report,
      /Due for review \(1\):\n {2}- src\/features\/guides\/fixtures\/good\/guides\/short-guide\.md: "A short fixture guide, overdue" was due on 2020-06-01/,
    );
    assert.match(result.report, /Warnings \(1\):\n {2}- .*yaml-dates\.md: references\[1\]: "never-cited" is never cited/);
  });

  test('a guide falls due on its nextReview date, not before', () => {
    const good = path.join(FIXTURES, 'good');
    assert.deepEqual(checkContent(good, '2099-01-14').overdue, ['short-guide']);
    assert.deepEqual(checkContent(good, '2099-01-15').overdue, ['long-guide', 'short-guide']);
  });

  test('broken content fails, listing every problem', () => {
    const result = checkContent(path.join(FIXTURES, 'bad'), '2026-06-01');
    assert.equal(result.ok, false);
    assert.match(result.report, /Checked 7 guide files/);
    assert.match(result.report, /Problems to fix \(7\):/);
    for (const file of [
      'missing-field',
      'bad-date',
      'impossible-date',
      'unknown-ref',
      'wrong-slug',
      'unknown-related',
      'expired-fact',
    ]) {
      assert.match(result.report, new RegExp(`- src/features/guides/fixtures/bad/guides/${file}\\.md: `), file);
    }
  });

  test('a guide stating a fact that expires before its next review fails, whatever the date today', () => {
    for (const today of ['2019-01-01', '2026-06-01']) {
      const { ok, report } = checkContent(path.join(FIXTURES, 'bad'), today);
      assert.equal(ok, false);
      assert.match(
        report,
        /expired-fact\.md: expiringFacts\[0\]\.expires: "A temporary rule allows this through December 31, 2020\." holds only until 2020-12-31, before the guide's next review on 2099-01-15\. Review the guide by then \(set nextReview to 2020-12-31 or earlier\)/,
      );
    }
  });

  test('a fact that lasts until the next review passes, and fails the check from the day after it expires', () => {
    const good = path.join(FIXTURES, 'good');
    assert.equal(checkContent(good, '2099-01-15').ok, true, 'it still holds on its last day');
    const after = checkContent(good, '2099-01-16');
    assert.equal(after.ok, false);
    assert.match(
      after.report,
      /Statements past their expiry date \(1\):\n {2}- .*long-guide\.md: expiringFacts\[0\]: "The first listed source describes a rule that runs until the guide's next review\." was known to hold only until 2099-01-15; check first-listed and update the guide/,
    );
  });
});

describe('npm run content -- check', { concurrency: true }, () => {
  test('exits 0 for good content and prints the overdue guides', async () => {
    const { code, out } = await runCli(['check'], path.join(FIXTURES, 'good'));
    assert.equal(code, 0, out);
    assert.match(out, /Due for review \(1\):[\s\S]*short-guide\.md/);
  });

  test('exits 1 when there is a problem', async () => {
    const { code, out } = await runCli(['check'], path.join(FIXTURES, 'bad'));
    assert.equal(code, 1, out);
    assert.match(out, /missing-field\.md: summary: is missing/);
    assert.match(out, /expired-fact\.md: expiringFacts\[0\]\.expires: /);
  });

  test('exits 1 once a statement in a guide has expired', async () => {
    const { code, out } = await runCli(['check', '--today', '2099-01-16'], path.join(FIXTURES, 'good'));
    assert.equal(code, 1, out);
    assert.match(out, /Statements past their expiry date \(1\)/);
  });

  test('--today checks review dates as of another day; a bad command shows how to use it', async () => {
    const { code, out } = await runCli(['check', '--today', '2019-01-01'], path.join(FIXTURES, 'good'));
    assert.equal(code, 0, out);
    assert.match(out, /No guide is due for review\./);
    const usage = await runCli(['chekc'], path.join(FIXTURES, 'good'));
    assert.equal(usage.code, 2);
    assert.match(usage.out, /Usage:/);
  });
});
