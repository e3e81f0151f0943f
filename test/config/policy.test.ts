import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_YAML } from '../../src/config/defaults.ts';
import { PolicyError, defaultPolicy, parsePolicy } from '../../src/config/load.ts';
import { policyJsonSchema } from '../../src/config/schema.ts';

function problems(text: string): string[] {
  try {
    parsePolicy(text, 'p.yaml');
  } catch (e) {
    if (e instanceof PolicyError) return e.problems.map((p) => `${p.line ?? '-'}:${p.path}: ${p.message}`);
    throw e;
  }
  return [];
}

const base = 'version: 1\nupstreams:\n  u: { base_url: "http://127.0.0.1:1/v1" }\nmodels:\n  - { name: a, kind: chat, upstream: u }\n';

describe('policy validation', () => {
  it('accepts the embedded default and fills defaults', () => {
    const p = defaultPolicy().policy;
    expect(p.server.port).toBe(8080);
    expect(p.guards.map((g) => g.id)).toEqual(['auth.api_key', 'authz.rbac', 'validate.request']);
    expect(p.guards[2]!.config).toMatchObject({ max_messages: 256 });
  });

  it('rejects unknown keys with their path and line', () => {
    expect(problems(`${base}colour: red\n`)).toEqual(['6:colour: unknown key "colour"']);
    expect(problems(base.replace('upstream: u }', 'upstream: u, temprature: 1 }'))[0]).toMatch(/^5:models\[0\]\.temprature: unknown key/);
  });

  it('rejects wrong types, unknown guards and bad guard config with the path', () => {
    expect(problems(base.replace('version: 1', 'version: "1"'))[0]).toMatch(/^1:version:/);
    expect(problems(`${base}guards:\n  - id: scan.nope\n`)[0]).toMatch(/^7:guards\[0\]\.id: .*auth\.api_key/);
    expect(problems(`${base}guards:\n  - id: validate.request\n    config: { max_messages: -3 }\n`)[0]).toMatch(/^8:guards\[0\]\.config\.max_messages:/);
    expect(problems(`${base}guards:\n  - id: auth.api_key\n    mode: audit\n`)[0]).toMatch(/guards\[0\]\.mode/);
  });

  it('checks references and duplicates across the document', () => {
    expect(problems(base.replace('upstream: u }', 'upstream: v }'))).toEqual(['5:models[0].upstream: unknown upstream "v"']);
    expect(problems(`${base}  - { name: a, kind: chat, upstream: u }\n`)[0]).toMatch(/duplicate model name "a"/);
    expect(problems(base.replace('http://127.0.0.1:1/v1', 'file:///etc/passwd'))[0]).toMatch(/http/);
  });

  it('reports YAML syntax errors with a line', () => {
    expect(problems('version: 1\nmodels: [\n')[0]).toMatch(/^\d+:/);
    expect(problems('a: 1\na: 2\n')[0]).toMatch(/unique|duplicate/i);
  });

  it('exports a JSON Schema that matches the committed file', () => {
    const committed = JSON.parse(readFileSync(new URL('../../schema/bulwark.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(policyJsonSchema())));
  });

  it('builds the default policy from the documented text', () => {
    expect(DEFAULT_POLICY_YAML).toContain('builtin: demo');
  });
});

describe('bulwark config check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bulwark-cli-'));
  const run = (...args: string[]) => spawnSync(process.execPath, ['bin/bulwark.mjs', ...args], { encoding: 'utf8', cwd: new URL('../..', import.meta.url).pathname });

  it('exits 0 on a valid file and 2 with the problems on an invalid one', () => {
    writeFileSync(join(dir, 'ok.yaml'), base);
    const ok = run('config', 'check', join(dir, 'ok.yaml'));
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('valid');
    writeFileSync(join(dir, 'bad.yaml'), `${base}guards:\n  - id: scan.banned\n    config: { patterns: [{ id: x, regex: "^(a+)+$" }] }\n`);
    const unsafe = run('config', 'check', join(dir, 'bad.yaml'));
    expect(unsafe.status).toBe(2);
    expect(unsafe.stderr).toMatch(/guards\[0\] \(scan\.banned\): pattern "x" is refused: exponential backtracking/);
    writeFileSync(join(dir, 'worse.yaml'), `${base}extra: 1\n`);
    const bad = run('config', 'check', '--json', join(dir, 'worse.yaml'));
    expect(bad.status).toBe(2);
    expect(JSON.parse(bad.stdout)).toMatchObject({ valid: false, problems: [{ path: 'extra', line: 6 }] });
    expect(run('config', 'check', join(dir, 'missing.yaml')).status).toBe(2);
    expect(run('no-such-command').status).toBe(2);
    expect(run('--help').status).toBe(0);
    // Six cold CLI starts: on two loaded cores (the full suite) each can take several seconds.
  }, 120_000);
});

describe('docs/policy.md', () => {
  it('documents every registered guard', async () => {
    const { GUARD_FACTORIES } = await import('../../src/pipeline/registry.ts');
    const doc = readFileSync(new URL('../../docs/policy.md', import.meta.url), 'utf8');
    const headings = doc.split('\n').filter((l) => l.startsWith('### '));
    for (const f of GUARD_FACTORIES) expect(headings.some((h) => h.includes(`\`${f.id}\``)), f.id).toBe(true);
  });
});

describe('example policies', () => {
  it('all pass config check, guards included', async () => {
    const { readdirSync } = await import('node:fs');
    const dir = new URL('../../examples/policies/', import.meta.url).pathname;
    const { buildPipeline } = await import('../../src/gateway/runtime.ts');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      const loaded = parsePolicy(readFileSync(join(dir, f), 'utf8'), f);
      await (await buildPipeline(loaded.policy, { resolvePrincipal: async () => undefined, deriveKey: () => Buffer.alloc(32) })).close();
    }
  });
});
