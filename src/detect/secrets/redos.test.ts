import { describe, it, expect } from 'vitest';
import { check } from 'recheck';
import { createSecretDetector } from './index.ts';
import { CONTEXT_RULES } from './context-rules.ts';
import { FORMAT_RULES } from './rules.ts';

const RULES = [...FORMAT_RULES, ...CONTEXT_RULES];

describe('secret rules: no catastrophic backtracking', () => {
  it('every pattern is judged safe by recheck', async () => {
    const verdicts = await Promise.all(
      RULES.map(async (r) => {
        const flags = r.pattern.flags.replace(/[gd]/g, '');
        let d = await check(r.pattern.source, flags, { checker: 'automaton' });
        // The automaton checker gives up on some lookbehinds; the fuzzer then decides.
        if (d.status === 'unknown') d = await check(r.pattern.source, flags, { checker: 'fuzz' });
        return [r.id, d.status] as const;
      }),
    );
    expect(verdicts.filter(([, status]) => status !== 'safe')).toEqual([]);
  });

  // Inputs that make naive secret regexes backtrack: long runs of token characters, repeated key
  // words and separators, unterminated PEM headers and JWT-looking prefixes.
  const N = 100_000;
  const ADVERSARIAL: Record<string, string> = {
    'token chars': 'aB3'.repeat(N / 3),
    'key words': 'api_key='.repeat(N / 8),
    'key words with spaces': 'secret :  '.repeat(N / 10),
    'passwords': 'password='.repeat(N / 9),
    'url users': 'a://b:'.repeat(N / 6),
    'url no at': `postgres://user:${'p'.repeat(N)}`,
    'pem headers': '-----BEGIN RSA PRIVATE KEY-----\n'.repeat(N / 32),
    'jwt prefixes': 'eyJhbGciOiJIUzI1NiJ9.'.repeat(N / 21),
    'jwt dots': `eyJ${'a.'.repeat(N / 2)}`,
    'bearer': 'Bearer '.repeat(N / 7),
    'sk dashes': `sk-${'-'.repeat(N)}`,
    'slack': `xoxb-${'1-'.repeat(N / 2)}`,
  };
  const detector = createSecretDetector();
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    it(`scans 100 kB of "${name}" in linear time`, () => {
      const t0 = performance.now();
      detector.detect(text);
      // ~100 kB normally takes a few ms; quadratic behaviour would take seconds to minutes.
      expect(performance.now() - t0).toBeLessThan(1500);
    });
  }
});
