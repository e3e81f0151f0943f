// Fills `{slot}` templates for the synthetic training rows. A slot is a list to pick from or a
// generator (e.g. a seeded faker call), so the same frame yields many different texts.
export type Slot = readonly string[] | (() => string);
export type Slots = Readonly<Record<string, Slot>>;

export function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

/** One filling of `template`; unknown slots are an error (a typo would silently train on "{x}"). */
export function fill(template: string, slots: Slots, rnd: () => number): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const s = slots[name];
    if (s === undefined) throw new Error(`template slot {${name}} has no values: ${template}`);
    return typeof s === 'function' ? s() : pick(rnd, s);
  });
}

/** Up to `n` distinct fillings of `template`. */
export function fillMany(template: string, slots: Slots, rnd: () => number, n: number): string[] {
  const out = new Set<string>();
  for (let k = 0; k < n * 3 && out.size < n; k++) out.add(fill(template, slots, rnd));
  return [...out];
}
