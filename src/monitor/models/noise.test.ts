import { describe, expect, it } from 'vitest';
import { featureDrift } from '../drift/detect.ts';
import { NumericProfile } from '../profile/numeric.ts';
import { seededRandom } from '../../synthetic/random.ts';
import { NoiseCache, noiseLevel } from './noise.ts';

const EDGES = [-4, -3, -2, -1, 0, 1, 2, 3, 4];

function normalSample(n: number, seed: number, shift = 0): NumericProfile {
  const rand = seededRandom(seed);
  const p = new NumericProfile(EDGES);
  for (let i = 0; i < n; i++) {
    const z = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
    p.update(z + shift);
  }
  return p;
}

describe('drift noise level', () => {
  const reference = normalSample(1_500, 1);

  it('holds two independent samples of one distribution under it (the reference is a sample too)', () => {
    // The sizes of the replay's false alert: a window of 345 against a 1,500-record reference.
    const level = noiseLevel(reference, 345, {}, 5);
    let over = 0;
    for (let seed = 100; seed < 400; seed++) {
      if (featureDrift('x', reference, normalSample(345, seed), {}).score >= level) over++;
    }
    expect(over).toBe(0);
  });

  it('is crossed by a real shift of half a standard deviation', () => {
    const level = noiseLevel(reference, 345, {}, 5);
    expect(featureDrift('x', reference, normalSample(345, 7, 0.5), {}).score).toBeGreaterThan(level);
  });

  it('widens as the window grows relative to the reference', () => {
    // One-sample noise shrinks like 1/√n; the reference's share does not shrink with n.
    const small = noiseLevel(reference, 256, {}, 5);
    const large = noiseLevel(reference, 4_096, {}, 5);
    expect(large).toBeLessThan(small);
    expect(large / small).toBeGreaterThan(Math.sqrt(256 / 4_096) * Math.sqrt(1 + 4_096 / 1_500) / Math.sqrt(1 + 256 / 1_500) * 0.8);
  });

  it('is cached per power-of-two window size and off at zero sigmas', () => {
    const cache = new NoiseCache();
    expect(cache.level(reference, 300, {}, 5)).toBe(cache.level(reference, 500, {}, 5));
    expect(cache.level(reference, 300, {}, 0)).toBeNaN();
  });
});
