import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT } from '../../config.ts';
import { checkContent } from './content-check.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

/** `npm run content -- check`, as the lead's npm script runs it. */
function runCli(args: string[], contentDir: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/content.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout + result.stderr };
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
    assert.match(result.report, /Checked 6 guide files/);
    assert.match(result.report, /Problems to fix \(6\):/);
    for (const file of ['missing-field', 'bad-date', 'impossible-date', 'unknown-ref', 'wrong-slug', 'unknown-related']) {
      assert.match(result.report, new RegExp(`- src/features/guides/fixtures/bad/guides/${file}\\.md: `), file);
    }
  });
});

describe('npm run content -- check', () => {
  test('exits 0 for good content and prints the overdue guides', () => {
    const { code, out } = runCli(['check'], path.join(FIXTURES, 'good'));
    assert.equal(code, 0, out);
    assert.match(out, /Due for review \(1\):[\s\S]*short-guide\.md/);
  });

  test('exits 1 when there is a problem', () => {
    const { code, out } = runCli(['check'], path.join(FIXTURES, 'bad'));
    assert.equal(code, 1, out);
    assert.match(out, /missing-field\.md: summary: is missing/);
  });

  test('--today checks review dates as of another day; a bad command shows how to use it', () => {
    const { code, out } = runCli(['check', '--today', '2019-01-01'], path.join(FIXTURES, 'good'));
    assert.equal(code, 0, out);
    assert.match(out, /No guide is due for review\./);
    const usage = runCli(['chekc'], path.join(FIXTURES, 'good'));
    assert.equal(usage.code, 2);
    assert.match(usage.out, /Usage:/);
  });
});
