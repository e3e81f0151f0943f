// The audit log's fast paths give the same answers as their plain references: entries sealed
// through JSON.stringify are canonical, the one-shot chain hash is SHA-256(prev || body), and the
// query-column check on the hashed text accepts what was written and refuses any other value.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../src/audit/canonical.ts';
import { ChainHead, type EntryDraft, type EntryIndex, chainHash } from '../../src/audit/chain.ts';
import { actionSeverity, eventDraft, requestDraft } from '../../src/audit/drafts.ts';
import { indexMismatch } from '../../src/audit/index-check.ts';
import type { AuditRequestEntry } from '../../src/audit/port.ts';
import type { SubjectKeys } from '../../src/audit/payload.ts';
import { entryLine } from '../../src/audit/sinks/sink.ts';
import { jsonlPages } from '../../src/audit/source.ts';
import { verifyJsonl } from '../../src/audit/verify-sources.ts';

const SALT = Buffer.alloc(32, 7);
const noKeys = {} as SubjectKeys;

/** Strings as they reach the log: plain ids, and anything a client or a guard might put there. */
const text = fc.oneof(fc.stringMatching(/^[a-z0-9_.-]{1,12}$/), fc.string({ maxLength: 12, unit: 'binary' }), fc.constantFrom('a"b', 'c\\d', 'e\nf', '\ud800x', 'é€😀'));
const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const num = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constant(-0));
const action = fc.oneof(fc.constantFrom('allow', 'flag', 'redact', 'block'), text);

const decision = fc.record({
  guard: text,
  kind: text,
  stage: text,
  mode: text,
  action,
  decided: action,
  durationMs: num,
  fault: optional(fc.constantFrom('error', 'timeout')),
  findings: fc.array(
    fc.record({ guard: text, rule: text, score: num, reason: text, span: optional(fc.record({ start: num, end: num })), location: optional(text), entity: optional(text) }),
    { maxLength: 3 },
  ),
});

const requestEntry = fc.record({
  kind: fc.constantFrom('request', 'outcome'),
  requestId: text,
  time: fc.integer({ min: 0, max: 2 ** 45 }),
  route: text,
  model: optional(text),
  principalId: optional(text),
  keyId: optional(text),
  sourceIp: text,
  stream: fc.boolean(),
  decisions: fc.array(decision, { maxLength: 4 }),
  status: optional(fc.oneof(fc.integer({ min: -5, max: 999 }), num)),
  errorCode: optional(text),
  upstreamStatus: optional(fc.integer({ min: 0, max: 999 })),
  latencyMs: optional(num),
  upstreamMs: optional(num),
  usage: optional(fc.record({ promptTokens: optional(fc.nat()), completionTokens: optional(num), totalTokens: optional(fc.nat()) })),
}) as fc.Arbitrary<AuditRequestEntry>;

const reference = (chain: string, d: EntryDraft, seq: number) => canonicalize({ chain, data: d.data, seq, time: d.time, type: d.type, v: 1 });

describe('audit fast paths', () => {
  it('property: a request entry sealed through JSON.stringify is its RFC 8785 form', () => {
    fc.assert(
      fc.property(requestEntry, (e) => {
        const d = requestDraft(e, { mode: 'off', salt: SALT, subjects: noKeys }) as EntryDraft;
        const [sealed] = ChainHead.fresh('gw-1').seal([d]);
        expect(sealed!.body).toBe(reference('gw-1', d, 1));
      }),
      { numRuns: 400 },
    );
  });

  it('property: with captured payloads (hmac, encrypted) too', async () => {
    const sealedKeys = { encrypt: async (subject: string) => ({ alg: 'A256GCM', ct: 'Y3Q=', iv: 'aXY=', subject: `ref-${subject}`, tag: 'dGFn' }) } as unknown as SubjectKeys;
    await fc.assert(
      fc.asyncProperty(requestEntry, fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('hmac', 'encrypted') as fc.Arbitrary<'hmac' | 'encrypted'>, async (e, body, mode) => {
        const d = await requestDraft({ ...e, requestBody: body, responseBody: { ok: body } }, { mode, salt: SALT, subjects: sealedKeys });
        expect(ChainHead.fresh('gw-1').seal([d])[0]!.body).toBe(reference('gw-1', d, 1));
      }),
      { numRuns: 100 },
    );
  });

  it('falls back to canonicalize() when a caller breaks the entry types', () => {
    const e = { kind: 'request', requestId: { z: 1, a: 2 }, time: 1, route: 'chat', sourceIp: 'x', stream: false, decisions: [] } as unknown as AuditRequestEntry;
    const d = requestDraft(e, { mode: 'off', salt: SALT, subjects: noKeys }) as EntryDraft;
    expect(d.canonical).toBeUndefined();
    expect(ChainHead.fresh('c').seal([d])[0]!.body).toContain('"request_id":{"a":2,"z":1}');
    const nan = { ...e, requestId: 'r', decisions: [{ guard: 'g', kind: 'g', stage: 's', mode: 'enforce', action: 'allow', decided: 'allow', durationMs: 1, findings: [{ guard: 'g', rule: 'r', score: 1, reason: '', span: { start: Number.NaN, end: 1 } }] }] } as unknown as AuditRequestEntry;
    expect(() => ChainHead.fresh('c').seal([requestDraft(nan, { mode: 'off', salt: SALT, subjects: noKeys }) as EntryDraft])).toThrow(TypeError);
  });

  it('property: chainHash is SHA-256(prev bytes || UTF-8 body), for any body length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.oneof(fc.string({ unit: 'binary' }), fc.string({ minLength: 30_000, maxLength: 40_000, unit: 'grapheme' })), (prev, body) => {
        const hex = Buffer.from(prev).toString('hex');
        expect(chainHash(hex, body)).toBe(createHash('sha256').update(prev).update(body).digest('hex'));
      }),
      { numRuns: 150 },
    );
    // A malformed previous hash decodes as Buffer.from(hex) would, and never throws.
    expect(chainHash('zz', 'x')).toBe(createHash('sha256').update(Buffer.from('zz', 'hex')).update('x').digest('hex'));
  });

  it('property: the column check accepts what was written and refuses any other value', () => {
    const columns: ReadonlyArray<keyof EntryIndex> = ['requestId', 'principalId', 'keyId', 'model', 'route', 'decision', 'status'];
    fc.assert(
      fc.property(requestEntry, fc.constantFrom(...columns), fc.oneof(text, fc.integer({ min: 0, max: 999 }), fc.constant(undefined)), (e, col, other) => {
        const d = requestDraft(e, { mode: 'off', salt: SALT, subjects: noKeys }) as EntryDraft;
        const body = ChainHead.fresh('gw-1').seal([d])[0]!.body;
        expect(indexMismatch(d.index, d.type, body)).toBeUndefined();
        fc.pre(other !== d.index[col]);
        expect(indexMismatch({ ...d.index, [col]: other }, d.type, body)).toBeDefined();
      }),
      { numRuns: 400 },
    );
  });

  it('ranks an unknown action with allow, even one named like an Object method (found by the property above)', () => {
    expect(actionSeverity('toString')).toBe(0);
    expect(actionSeverity('constructor')).toBe(0);
    expect(actionSeverity('block')).toBe(3);
  });

  it('reads JSONL exports in large chunks: CRLF, blank lines, no final newline, lines split across reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bulwark-jsonl-'));
    try {
      // Entries of about 200 kB each, so lines straddle the reader's chunks.
      const sealed = ChainHead.fresh('gw-j').seal(Array.from({ length: 6 }, (_, i) => ({ time: i, type: 'event', data: { i, pad: 'é'.repeat(100_000) }, index: {} })));
      const lines = sealed.map((e) => entryLine(e).trimEnd());
      const file = join(dir, 'log.jsonl');
      writeFileSync(file, `${lines.slice(0, 3).join('\r\n')}\r\n\n${lines.slice(3).join('\n')}`);
      const r = await verifyJsonl(file, { trustedKeys: [] });
      expect(r).toMatchObject({ ok: true, entries: 6 });
      writeFileSync(file, `${lines[0]}\n\n{oops\n${lines[1]}\n`);
      const read = async () => {
        for await (const _ of jsonlPages(file));
      };
      await expect(read()).rejects.toThrow('line 3 is not JSON');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('property: event columns are checked against the event as recorded', () => {
    const event = fc.record({
      type: fc.constantFrom('admin.action', 'auth.failed', 'authz.decision', 'review.read'),
      actorId: optional(text),
      principalId: optional(text),
      requestId: optional(text),
      keyId: optional(text),
      route: optional(text),
      decision: optional(text),
      outcome: optional(text),
      status: optional(fc.oneof(fc.integer({ min: -3, max: 600 }), num)),
      detail: fc.jsonValue({ maxDepth: 2 }),
    });
    fc.assert(
      fc.property(event, fc.constantFrom<keyof EntryIndex>('requestId', 'principalId', 'keyId', 'route', 'decision', 'status', 'model'), text, (ev, col, other) => {
        const d = eventDraft(ev, SALT);
        const body = ChainHead.fresh('gw-1').seal([d])[0]!.body;
        expect(indexMismatch(d.index, d.type, body)).toBeUndefined();
        fc.pre(other !== d.index[col]);
        expect(indexMismatch({ ...d.index, [col]: other }, d.type, body)).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });
});
