// Compiles a validated rule condition into a predicate over events, once at load: each leaf
// becomes a closure over its field reader, so matching an event is a few property reads.
import type { BulwarkEvent } from '../../events/bus.ts';
import { RULE_FIELDS } from './fields.ts';
import type { Condition, Leaf } from './schema.ts';

export type Predicate = (e: BulwarkEvent) => boolean;

function leaf(c: Leaf): Predicate {
  const spec = RULE_FIELDS[c.field];
  if (!spec) throw new Error(`unknown rule field "${c.field}"`);
  const get = spec.get;
  if (c.exists !== undefined) {
    const want = c.exists;
    return (e) => (get(e) !== undefined) === want;
  }
  if (c.eq !== undefined) {
    const v = c.eq;
    return (e) => get(e) === v;
  }
  if (c.ne !== undefined) {
    const v = c.ne;
    // A missing field differs from any value.
    return (e) => get(e) !== v;
  }
  if (c.in !== undefined) {
    const set = new Set<unknown>(c.in);
    return (e) => set.has(get(e));
  }
  if (c.not_in !== undefined) {
    const set = new Set<unknown>(c.not_in);
    return (e) => !set.has(get(e));
  }
  if (c.contains !== undefined) {
    const v = c.contains;
    return (e) => {
      const list = get(e);
      return Array.isArray(list) && list.includes(v);
    };
  }
  if (c.prefix !== undefined) {
    const p = c.prefix;
    return (e) => {
      const s = get(e);
      return typeof s === 'string' && s.startsWith(p);
    };
  }
  const num = (cmp: (x: number) => boolean): Predicate => (e) => {
    const x = get(e);
    return typeof x === 'number' && cmp(x);
  };
  if (c.gt !== undefined) return num((x) => x > c.gt!);
  if (c.gte !== undefined) return num((x) => x >= c.gte!);
  if (c.lt !== undefined) return num((x) => x < c.lt!);
  if (c.lte !== undefined) return num((x) => x <= c.lte!);
  throw new Error(`condition on "${c.field}" has no operator`);
}

export function compileCondition(c: Condition | undefined): Predicate {
  if (c === undefined) return () => true;
  if ('all' in c) {
    const parts = c.all.map(compileCondition);
    return (e) => parts.every((p) => p(e));
  }
  if ('any' in c) {
    const parts = c.any.map(compileCondition);
    return (e) => parts.some((p) => p(e));
  }
  if ('not' in c) {
    const inner = compileCondition(c.not);
    return (e) => !inner(e);
  }
  return leaf(c);
}
