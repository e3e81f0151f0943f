import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { createSecretDetector } from '../secrets/index.ts';
import type { EntityMatch, TextDetector } from '../redact/overlaps.ts';
import { formatFromPath, scanFile } from './index.ts';
import { readLines } from './io.ts';
import Papa from 'papaparse';
import { MAX_DEPTH, csvLine, mayNestTooDeep, tooDeep, visitLeaves, walk } from './formats.ts';

// A small e-mail detector keeps these tests independent of the PII detector's progress.
const email: TextDetector = {
  detect(text) {
    const out: EntityMatch[] = [];
    for (const m of text.matchAll(/[a-z0-9.]+@[a-z0-9]+\.[a-z]{2,}/g)) {
      out.push({ entity: 'EMAIL_ADDRESS', start: m.index, end: m.index + m[0].length, score: 0.9, rule: 'test.email' });
    }
    return out;
  },
};
const detectors = [email, createSecretDetector()];
const TOKEN = 'ghp_aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bulwark-filescan-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, content);
  return p;
}

describe('scanFile', () => {
  it('reports CSV findings per column with sample rows and writes a redacted copy', async () => {
    const rows = ['id,contact,notes'];
    for (let i = 1; i <= 8; i++) rows.push(`${i},user${i}@example.org,${i === 3 ? `"token, ${TOKEN}"` : 'fine'}`);
    const path = await file('people.csv', `${rows.join('\n')}\n`);
    const out = join(dir, 'people.redacted.csv');
    const r = await scanFile(path, { detectors, redactTo: out, samples: 3 });
    expect(r).toMatchObject({ format: 'csv', rowUnit: 'record', rows: 8, findings: 9 });
    expect(r.fields).toEqual([
      { field: 'contact', rowsWithFindings: 8, entities: { EMAIL_ADDRESS: { count: 8, sampleRows: [1, 2, 3] } } },
      { field: 'notes', rowsWithFindings: 1, entities: { GITHUB_TOKEN: { count: 1, sampleRows: [3] } } },
    ]);
    expect(r.risk.level).toBe('critical');
    expect(JSON.stringify(r)).not.toContain('example.org');
    const copy = await readFile(out, 'utf8');
    expect(copy.split('\n')[3]).toBe('3,[EMAIL_ADDRESS],"token, [GITHUB_TOKEN]"');
    expect(copy).not.toContain(TOKEN);
  });

  it('reports and redacts a repeated value on every row (short values are detected once)', async () => {
    let calls = 0;
    const counting: TextDetector = { detect: (t) => (calls++, email.detect(t)) };
    const rows = ['contact,notes'];
    for (let i = 1; i <= 6; i++) rows.push(`same@example.org,${'long note '.repeat(8)}${i}`);
    const path = await file('repeat.csv', `${rows.join('\n')}\n`);
    const out = join(dir, 'repeat.redacted.csv');
    const r = await scanFile(path, { detectors: [counting], redactTo: out });
    expect(r.fields).toEqual([{ field: 'contact', rowsWithFindings: 6, entities: { EMAIL_ADDRESS: { count: 6, sampleRows: [1, 2, 3, 4, 5] } } }]);
    expect((await readFile(out, 'utf8')).split('\n').slice(1, 7).every((l) => l.startsWith('[EMAIL_ADDRESS],'))).toBe(true);
    // Header cells, one call for the repeated short value, one per long (over 64 characters) note.
    expect(calls).toBe(2 + 1 + 6);
  });

  it('does not take a data row for a header', async () => {
    const path = await file('noheader.csv', 'ann@corp.org,1\nbob@corp.org,2\n');
    const r = await scanFile(path, { detectors });
    expect(r.rows).toBe(2);
    expect(r.fields.map((f) => f.field)).toEqual(['column_1']);
  });

  it('walks JSONL by path, scans unparsable lines as text, and hides keys that are data', async () => {
    const lines = [
      JSON.stringify({ user: { emails: ['a@b.org', 'c@d.org'] }, meta: { note: `key=${TOKEN}` } }),
      'this is not json, mail x@y.org',
      JSON.stringify({ 'z@w.org': 'value' }),
      '',
    ];
    const out = join(dir, 'data.out.jsonl');
    const r = await scanFile(await file('data.jsonl', lines.join('\n')), { detectors, redactTo: out });
    expect(r.parseErrors).toBe(1);
    expect(r.fields.map((f) => [f.field, Object.keys(f.entities)])).toEqual([
      ['$line', ['EMAIL_ADDRESS']],
      ['meta.note', ['GITHUB_TOKEN']],
      ['user.emails[]', ['EMAIL_ADDRESS']],
      ['{key}', ['EMAIL_ADDRESS']],
    ]);
    const copy = (await readFile(out, 'utf8')).split('\n');
    expect(JSON.parse(copy[0] as string)).toEqual({ user: { emails: ['[EMAIL_ADDRESS]', '[EMAIL_ADDRESS]'] }, meta: { note: 'key=[GITHUB_TOKEN]' } });
    expect(copy[1]).toBe('this is not json, mail [EMAIL_ADDRESS]');
    expect(copy[2]).toBe('{"[EMAIL_ADDRESS]":"value"}');
    expect(r.fields.map((f) => f.field).join()).not.toContain('z@w.org');
  });

  it('streams a JSON array element by element and a JSON object member by member', async () => {
    const arr = await file('arr.json', JSON.stringify([{ a: 'x@y.org' }, { b: 1 }, 'p@q.org']));
    const out = join(dir, 'arr.out.json');
    const r = await scanFile(arr, { detectors, redactTo: out });
    expect(r).toMatchObject({ rowUnit: 'element', rows: 3, totals: { EMAIL_ADDRESS: 2 } });
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual([{ a: '[EMAIL_ADDRESS]' }, { b: 1 }, '[EMAIL_ADDRESS]']);
    const obj = await file('obj.json', JSON.stringify({ alice: { mail: 'x@y.org' }, bob: { mail: 'none' } }));
    const r2 = await scanFile(obj, { detectors });
    expect(r2.fields).toEqual([{ field: 'alice.mail', rowsWithFindings: 1, entities: { EMAIL_ADDRESS: { count: 1, sampleRows: [1] } } }]);
  });

  it('bounds memory on an unterminated CSV quote by failing the record', async () => {
    const path = await file('unterminated.csv', `a,b\n1,"${'x'.repeat(600_000)}\n`);
    await expect(scanFile(path, { detectors, maxRecord: 1000 })).rejects.toThrow(/larger than 1000 bytes/);
  });

  it('redacts top-level object keys that are data, in the report and the copy', async () => {
    const path = await file('keyed.json', JSON.stringify({ 'ann@corp.org': { note: 'hi' }, plain: { mail: 'bob@corp.org' } }));
    const out = join(dir, 'keyed.out.json');
    const r = await scanFile(path, { detectors, redactTo: out });
    expect(r.fields.map((f) => f.field)).toEqual(['plain.mail', '{key}']);
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual({ '[EMAIL_ADDRESS]': { note: 'hi' }, plain: { mail: '[EMAIL_ADDRESS]' } });
  });

  it('fails on a malformed JSON document', async () => {
    await expect(scanFile(await file('bad.json', '[{"a": "x@y.org"}, {'), { detectors })).rejects.toThrow();
  });

  it('scans a line longer than the record limit piecewise, catching a secret on the boundary', async () => {
    const filler = 'word '.repeat(400);
    const at = 1000 - 10; // the token straddles the 1000-character piece boundary
    const line = `${filler.slice(0, at)} ${TOKEN} ${filler}`;
    const out = join(dir, 'long.out.txt');
    const r = await scanFile(await file('long.txt', `short line\n${line}\nlast x@y.org\n`), { detectors, redactTo: out, maxRecord: 1000 });
    expect(r.totals).toEqual({ GITHUB_TOKEN: 1, EMAIL_ADDRESS: 1 });
    expect(r.fields[0]?.entities.GITHUB_TOKEN?.sampleRows).toEqual([2]);
    const copy = await readFile(out, 'utf8');
    expect(copy).not.toContain(TOKEN);
    expect(copy.split('\n')).toHaveLength(4);
  });

  it('reports the same findings whether or not a redacted copy is written', async () => {
    const inputs: [string, string][] = [
      ['same.txt', `a line with x@y.org\ntoken ${TOKEN}\n`],
      ['same.jsonl', `{"m":"x@y.org"}\nnot json x@y.org\n${'z'.repeat(50)} ${TOKEN}\n`],
      ['same.csv', `h1,h2\nx@y.org,${TOKEN}\n`],
      ['same.json', `[{"m":"x@y.org"},"${TOKEN}"]`],
    ];
    for (const [name, content] of inputs) {
      const path = await file(name, content);
      // A small record limit sends the long JSONL line through the piecewise path too.
      const maxRecord = name.endsWith('.jsonl') ? 40 : 1000;
      const plain = await scanFile(path, { detectors, maxRecord });
      const copied = await scanFile(path, { detectors, maxRecord, redactTo: `${path}.out` });
      const strip = ({ durationMs: _d, throughputMBps: _t, ...rest }: typeof plain) => rest;
      expect(strip(plain), name).toEqual(strip(copied));
      expect(plain.findings, name).toBeGreaterThanOrEqual(2);
    }
  });

  it('picks the format from the extension', () => {
    expect(['a.CSV', 'b.tsv', 'c.ndjson', 'd.json', 'e.log'].map(formatFromPath)).toEqual(['csv', 'tsv', 'jsonl', 'json', 'text']);
  });
});

describe('line reader', () => {
  it('reassembles lines exactly, whatever the chunking and piece limit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'é', '\n', '\r', '😀'), maxLength: 30 }), { maxLength: 6 }),
        fc.integer({ min: 2, max: 7 }),
        async (parts, maxPiece) => {
          const text = parts.join('');
          const chunks = parts.map((p) => Buffer.from(p));
          const lines: string[] = [];
          let current = '';
          for await (const batch of readLines(Readable.from(chunks), maxPiece)) for (const piece of batch) {
            expect(piece.text.length).toBeLessThanOrEqual(maxPiece);
            current += piece.text;
            if (piece.complete) {
              lines.push(current);
              current = '';
            }
          }
          const expected = text.split('\n');
          if (expected[expected.length - 1] === '') expected.pop();
          for (let i = 0; i < expected.length; i++) expected[i] = (expected[i] as string).replace(/\r$/, '');
          expect(lines).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('JSON walk', () => {
  it('keeps __proto__ keys as data and visits every string leaf', () => {
    const value = JSON.parse('{"__proto__": {"polluted": "yes"}, "a": ["s", 1, {"b": "t"}]}') as unknown;
    const seen: string[] = [];
    const out = walk(value, '', (p, s) => {
      seen.push(`${p}=${s}`);
      return s.toUpperCase();
    }) as Record<string, unknown>;
    expect(seen).toEqual(['__proto__.polluted=yes', 'a[]=s', 'a[].b=t']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(out)).toBe('{"__proto__":{"polluted":"YES"},"a":["S",1,{"b":"T"}]}');
  });
});

describe('JSON walk without a copy', () => {
  // JSON values with data keys, nesting and every kind of leaf.
  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.string({ maxLength: 6 }),
      fc.integer(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.constantFrom('a', 'b', 'jane@x.org', '__proto__', '1', ''), tie('value'), { maxKeys: 4 }),
    ),
  })).value;
  it('visits the same paths and leaves, in the same order, as the rebuilding walk (property)', () => {
    const keyName = (k: string) => (k.includes('@') ? '*' : k);
    fc.assert(
      fc.property(json, (v) => {
        const value = JSON.parse(JSON.stringify(v)) as unknown;
        const rebuilt: string[] = [];
        const visited: string[] = [];
        walk(value, '', (p, s) => (rebuilt.push(`${p}=${s}`), s), keyName);
        visitLeaves(value, '', (p, s) => (visited.push(`${p}=${s}`), s), keyName);
        expect(visited).toEqual(rebuilt);
      }),
      { numRuns: 500 },
    );
  });
  it('skips the depth walk only for texts too short to nest too deep', () => {
    const nested = (d: number) => `${'['.repeat(d)}${']'.repeat(d)}`;
    for (const d of [MAX_DEPTH, MAX_DEPTH + 1, MAX_DEPTH + 2]) {
      const text = nested(d);
      if (tooDeep(JSON.parse(text))) expect(mayNestTooDeep(text), `depth ${d}`).toBe(true);
    }
    expect(tooDeep(JSON.parse(nested(MAX_DEPTH + 2)))).toBe(true);
    expect(mayNestTooDeep('{"a": 1}')).toBe(false);
  });
});

describe('progress line', () => {
  it('draws on a terminal, throttled, and stays silent elsewhere', async () => {
    const { createProgress } = await import('./progress.ts');
    let written = '';
    let now = 0;
    const tty = Object.assign(new (await import('node:stream')).Writable({ write: (c: Buffer, _e, cb) => ((written += c.toString()), cb()) }), { isTTY: true });
    const p = createProgress('data.csv', 10e6, tty, () => now);
    now = 1000;
    p.update(5e6);
    p.update(6e6); // within 100 ms: not redrawn
    expect(written.match(/MB\/s/g)).toHaveLength(1);
    expect(written).toContain(' 50% 5.0/10.0 MB 5.0 MB/s data.csv');
    p.done();
    let silent = '';
    const pipe = new (await import('node:stream')).Writable({ write: (c: Buffer, _e, cb) => ((silent += c.toString()), cb()) });
    const q = createProgress('x', 10, pipe);
    q.update(5);
    q.done();
    expect(silent).toBe('');
  });
});

describe('CSV writer', () => {
  it('writes rows that the CSV parser reads back unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', '\t', 'é'), maxLength: 8 }), { minLength: 2, maxLength: 5 }),
        fc.constantFrom(',', '\t'),
        (cells, delimiter) => {
          const parsed = Papa.parse<string[]>(csvLine(cells, delimiter), { delimiter, newline: '\n' });
          expect(parsed.data[0]).toEqual(cells);
        },
      ),
      { numRuns: 300 },
    );
  });
});
