import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Command } from 'commander';
import { describeError, EXIT_FINDINGS, EXIT_INPUT, EXIT_OK, EXIT_USAGE, registerScanCommand, runScan, type ScanCommandOptions } from './scan.ts';

const TOKEN = 'ghp_aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5';
const KEY_ID = 'AKIAZ7Q2W4E6R3T3Y5U2';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

let dir = '';
let csv = '';
let clean = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bulwark-scan-cli-'));
  csv = join(dir, 'creds.csv');
  await writeFile(csv, `service,credential\ngithub,${TOKEN}\naws,${KEY_ID}\nnone,nothing here\n`);
  clean = join(dir, 'clean.txt');
  await writeFile(clean, 'just some ordinary words\nand more of them\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function scan(files: string[], options: ScanCommandOptions = {}, env: Record<string, string> = {}) {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await runScan(files, { progress: false, ...options }, { stdout, stderr, env });
  return { code, out: stdout.text, err: stderr.text };
}

describe('bulwark scan', () => {
  it('reports per column without values and exits 0 without a threshold', async () => {
    const r = await scan([csv]);
    expect(r.code).toBe(EXIT_OK);
    expect(r.out).toContain('credential: AWS_ACCESS_KEY 1 (records 2); GITHUB_TOKEN 1 (records 1)');
    expect(r.out).toContain('risk: CRITICAL');
    expect(r.out).not.toContain(TOKEN);
    expect(r.out).not.toContain(KEY_ID);
  });

  it('gates on --fail-on and --fail-on-risk', async () => {
    expect((await scan([csv], { failOn: 1 })).code).toBe(EXIT_FINDINGS);
    expect((await scan([csv], { failOn: 2 })).code).toBe(EXIT_OK);
    expect((await scan([csv], { failOnRisk: 'high' })).code).toBe(EXIT_FINDINGS);
    expect((await scan([clean], { failOn: 0, failOnRisk: 'low' })).code).toBe(EXIT_OK);
  });

  it('prints a JSON report for pipelines', async () => {
    const r = await scan([csv, clean], { json: true, failOn: 0 });
    const report = JSON.parse(r.out) as { files: { file: string; totals: Record<string, number> }[]; findings: number; exitCode: number };
    expect(report.findings).toBe(2);
    expect(report.exitCode).toBe(EXIT_FINDINGS);
    expect(report.files.map((f) => f.totals)).toEqual([{ AWS_ACCESS_KEY: 1, GITHUB_TOKEN: 1 }, {}]);
  });

  it('writes redacted copies: a file for one input, a directory for several', async () => {
    const one = join(dir, 'one.csv');
    await scan([csv], { redact: one });
    expect(await readFile(one, 'utf8')).toBe('service,credential\ngithub,[GITHUB_TOKEN]\naws,[AWS_ACCESS_KEY]\nnone,nothing here\n');
    const many = join(dir, 'many');
    await scan([csv, clean], { redact: many });
    expect((await readdir(many)).sort()).toEqual(['clean.txt', 'creds.csv']);
  });

  it('hashes with a stable key from the environment, and refuses hash without one', async () => {
    const out = join(dir, 'hashed.csv');
    const env = { BULWARK_SCAN_HASH_KEY: 'ab'.repeat(16) };
    expect((await scan([csv], { redact: out, redactAction: 'hash' }, env)).code).toBe(EXIT_OK);
    expect(await readFile(out, 'utf8')).toMatch(/github,\[GITHUB_TOKEN:[0-9a-f]{16}\]/);
    const r = await scan([csv], { redact: out, redactAction: 'hash' });
    expect(r.code).toBe(EXIT_USAGE);
  });

  it('refuses to overwrite its input or to write two copies to one file', async () => {
    expect((await scan([csv], { redact: csv })).code).toBe(EXIT_USAGE);
    expect((await scan([csv, csv], { redact: join(dir, 'dup') })).code).toBe(EXIT_USAGE);
    expect((await scan([csv, join(dir, 'x.csv')], { redact: dir })).code).toBe(EXIT_USAGE);
    expect(await readFile(csv, 'utf8')).toContain(TOKEN);
  });

  it('exits 2 on unreadable or malformed input, without echoing file content', async () => {
    const missing = await scan([join(dir, 'nope.csv')]);
    expect(missing.code).toBe(EXIT_INPUT);
    const bad = join(dir, 'bad.json');
    await writeFile(bad, `[{"secret": "${TOKEN}"}, {`);
    const r = await scan([bad, csv]);
    expect(r.code).toBe(EXIT_INPUT);
    expect(r.err).toContain('bad.json');
    expect(r.err).not.toContain(TOKEN);
    expect(r.out).toContain('creds.csv'); // the other file is still reported
  });

  it('does not echo CSV content in parser errors', () => {
    const err = Object.assign(new Error(`Invalid Closing Quote: got "${TOKEN}"`), { code: 'CSV_INVALID_CLOSING_QUOTE', lines: 7 });
    expect(describeError(err)).toBe('CSV could not be parsed (CSV_INVALID_CLOSING_QUOTE near line 7)');
  });

  it('filters entity types', async () => {
    const r = await scan([csv], { json: true, entities: ['GITHUB_TOKEN'] });
    expect((JSON.parse(r.out) as { findings: number }).findings).toBe(1);
  });

  it('registers on a commander program with the exit codes in its help', () => {
    const program = new Command('bulwark');
    registerScanCommand(program, () => {});
    const cmd = program.commands.find((c) => c.name() === 'scan');
    expect(cmd).toBeDefined();
    let help = '';
    cmd?.configureOutput({ writeOut: (s) => (help += s) });
    cmd?.outputHelp();
    expect(help).toContain('Exit codes:');
    expect(help).toContain('--fail-on <n>');
  });
});
