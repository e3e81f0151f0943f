// Input contracts: schema breaches named by field and rule, ranges learned from a reference,
// languages and lengths of text; and the contract never throws on untrusted input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputContract, rangesFromReference } from '../../src/monitor/contract/contract.ts';
import { DatasetProfile } from '../../src/monitor/profile/dataset.ts';
import { demoReferences } from './simulation.ts';
import { referenceFromJSON, referenceToJSON } from '../../src/monitor/models/reference.ts';
import { ContractConfig, contractGuard } from '../../src/guards/validate/contract.ts';
import type { GuardContext } from '../../src/pipeline/types.ts';

const fraud = () => demoReferences().get('demo-fraud')!;

describe('InputContract', () => {
  const contract = new InputContract({
    schema: {
      type: 'object',
      required: ['amount', 'country'],
      properties: { amount: { type: 'number', minimum: 0 }, country: { enum: ['US', 'CA'] }, email: { type: 'string', format: 'email', maxLength: 64 } },
      additionalProperties: false,
    },
    ranges: rangesFromReference(fraud().input, 0.5, ['amount']),
  });

  it('names the field and the rule of the first breach', () => {
    expect(contract.checkRecord({ amount: 10, country: 'US' }, 'input')).toBeUndefined();
    expect(contract.checkRecord({ amount: 10 }, 'input')).toMatchObject({ rule: 'schema.required', field: 'input.country' });
    expect(contract.checkRecord({ amount: -1, country: 'US' }, 'inputs[3]')).toMatchObject({ rule: 'schema.minimum', field: 'inputs[3].amount' });
    expect(contract.checkRecord({ amount: 1, country: 'FR' }, 'input')).toMatchObject({ rule: 'schema.enum', field: 'input.country' });
    expect(contract.checkRecord({ amount: 1, country: 'US', email: 'nope' }, 'input')).toMatchObject({ rule: 'schema.format', field: 'input.email' });
    expect(contract.checkRecord({ amount: 1, country: 'US', extra: 1 }, 'input')).toMatchObject({ rule: 'schema.additionalProperties', field: 'input.extra' });
    expect(contract.checkRecord('text', 'input')).toMatchObject({ rule: 'schema.type', field: 'input' });
  });

  it('flags values outside the range learned from the reference, keeps values inside', () => {
    const [range] = rangesFromReference(fraud().input, 0.5, ['amount']);
    const ref = fraud().input.features.get('amount')!.toJSON() as { max: number; min: number };
    expect(range!.max).toBeCloseTo(ref.max + 0.5 * (ref.max - ref.min));
    expect(contract.checkRecord({ amount: ref.max, country: 'US' }, 'input')).toBeUndefined();
    const b = contract.checkRecord({ amount: 1_000_000, country: 'US' }, 'input');
    expect(b).toMatchObject({ rule: 'range', field: 'input.amount' });
    expect(b!.reason).toContain('1000000 is outside the range learned from the reference');
  });

  it('does not widen a range across zero', () => {
    const profile = new DatasetProfile({
      features: [
        { name: 'amount', kind: 'numeric', edges: [0, 10, 100] },
        { name: 'loss', kind: 'numeric', edges: [-100, -10, 0] },
        { name: 'delta', kind: 'numeric', edges: [-10, 0, 10] },
        { name: 'flag', kind: 'numeric', edges: [0, 1] },
      ],
    });
    for (const [a, l, d] of [[5, -80, -4], [100, -2, 6]] as const) profile.update({ amount: a, loss: l, delta: d, flag: 0 });
    const ranges = Object.fromEntries(rangesFromReference(profile, 0.5).map((r) => [r.feature, [r.min, r.max]]));
    // A feature always 0 keeps room above it (span 1 when the reference saw one value).
    expect(ranges).toEqual({ amount: [0, 147.5], loss: [-119, 0], delta: [-9, 11], flag: [0, 0.5] });
  });

  it('refuses to learn ranges for a feature the reference has no numbers for', () => {
    expect(() => rangesFromReference(fraud().input, 0.5, ['nope'])).toThrow(/no numeric values for nope/);
    expect(() => rangesFromReference(fraud().input, -1)).toThrow(/margin/);
  });

  it('checks languages on texts long enough to tell, and lengths on every text', () => {
    const text = new InputContract({ languages: ['en'], maxChars: 200 });
    expect(text.checkText([{ location: 'messages[0].content', text: 'How do I freeze my debit card from the mobile app?' }])).toBeUndefined();
    expect(text.checkText([{ location: 'messages[1].content', text: '我的信用卡丢了，请问怎么在手机应用里冻结我的卡？' }])).toMatchObject({ rule: 'language', field: 'messages[1].content' });
    expect(text.checkText([{ location: 'm', text: '你好' }])).toBeUndefined();
    expect(text.checkText([{ location: 'prompt', text: 'a'.repeat(201) }])).toMatchObject({ rule: 'max_chars', field: 'prompt' });
  });

  it('rejects a schema with unknown keywords when it is built, not when it is used', () => {
    expect(() => new InputContract({ schema: { type: 'object', maximun: 3 } })).toThrow(/unknown keyword/);
  });

  it('never throws on arbitrary JSON records and texts (fuzz)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (v, t) => {
        contract.checkRecord(v, 'input');
        new InputContract({ languages: ['en'], maxChars: 50 }).checkText([{ location: 'x', text: t }]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('validate.contract guard', () => {
  const ctx = (body: unknown, model = 'demo-fraud'): GuardContext => ({
    requestId: 'r1', route: 'predict', model, modelKind: 'predict', sourceIp: '10.0.0.1', headers: {}, body, principal: undefined, segments: [], state: new Map(),
  });

  it('blocks by default, flags when told to, and always raises a signal', async () => {
    const signals: unknown[] = [];
    const guard = await contractGuard.create(ContractConfig.parse({ models: { 'demo-fraud': { ranges: {} } } }), { signal: (s) => signals.push(s) });
    const ok = await guard.check(ctx({ input: { amount: 20, hour: 3, merchant_risk: 0.1, distance_km: 3, card_present: 1, tx_last_24h: 1 } }));
    expect(ok.action).toBe('allow');
    const blocked = await guard.check(ctx({ inputs: [{ amount: 20 }, { amount: 5e6 }] }));
    expect(blocked).toMatchObject({ action: 'block', findings: [{ rule: 'range', location: 'inputs[1].amount' }] });
    expect(signals).toHaveLength(1);
    const flagGuard = await contractGuard.create(ContractConfig.parse({ models: { 'demo-fraud': { ranges: {}, action: 'flag' } } }), { signal: (s) => signals.push(s) });
    expect((await flagGuard.check(ctx({ input: { amount: 5e6 } }))).action).toBe('flag');
    expect(signals).toHaveLength(2);
    expect((await flagGuard.check(ctx({ input: { amount: 5e6 } }, 'unlisted-model'))).action).toBe('allow');
  });

  it('fails at build when ranges are asked for a model without a reference, or the schema is wrong', async () => {
    await expect(contractGuard.create(ContractConfig.parse({ models: { 'no-ref': { ranges: {} } } }), {})).rejects.toThrow(/no reference profile for no-ref/);
    await expect(contractGuard.create(ContractConfig.parse({ models: { m: { schema: { type: 'object', properties: { a: { type: 'number', maximun: 1 } } } } } }), {})).rejects.toThrow(/models\.m\.schema: .*unknown keyword/);
  });
});

describe('reference JSON', () => {
  it('round-trips and rejects tampered documents', () => {
    const json = JSON.parse(JSON.stringify(referenceToJSON(fraud())));
    const back = referenceFromJSON(json);
    expect(JSON.stringify(referenceToJSON(back))).toBe(JSON.stringify(json));
    expect(() => referenceFromJSON({ ...json, version: 2 })).toThrow(/version/);
    expect(() => referenceFromJSON({ ...json, model: '../etc' })).toThrow(/model/);
    expect(() => referenceFromJSON({ ...json, performance: { ...json.performance, chunks: { ...json.performance.chunks, accuracy: [2] } } })).toThrow(/accuracy/);
  });
});
