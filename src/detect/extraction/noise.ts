// Laplace and Gaussian noise drawn from the operating system's CSPRNG (crypto.randomBytes), for
// output obfuscation. Calibration follows the textbook mechanisms (Dwork & Roth, "The Algorithmic
// Foundations of Differential Privacy", 2014, §3.3 and App. A): Laplace scale Δ₁/ε, Gaussian
// σ = Δ₂·√(2 ln(1.25/δ))/ε. On model outputs this is obfuscation, not a guarantee about training data.
import { randomBytes } from 'node:crypto';

const POOL_BYTES = 4096;
let pool = randomBytes(POOL_BYTES);
let offset = POOL_BYTES;

/** A uniform double in the open interval (0, 1), 53 random bits from the CSPRNG. */
export function secureUniform(): number {
  for (;;) {
    if (offset + 8 > POOL_BYTES) {
      pool = randomBytes(POOL_BYTES);
      offset = 0;
    }
    const hi = pool.readUInt32BE(offset) >>> 5; // 27 bits
    const lo = pool.readUInt32BE(offset + 4) >>> 6; // 26 bits
    offset += 8;
    const u = (hi * 67_108_864 + lo) / 9_007_199_254_740_992;
    if (u > 0) return u;
  }
}

/** One draw from Laplace(0, scale) by inversion. */
export function laplace(scale: number, uniform: () => number = secureUniform): number {
  const u = uniform() - 0.5;
  return -scale * Math.sign(u) * Math.log(1 - 2 * Math.abs(u));
}

/** One draw from Normal(0, sigma²) by Box–Muller. */
export function gaussian(sigma: number, uniform: () => number = secureUniform): number {
  return sigma * Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

export type NoiseMechanism = 'laplace' | 'gaussian';

/** The noise scale for one query: Laplace b = Δ/ε; Gaussian σ = Δ·√(2 ln(1.25/δ))/ε (valid for ε < 1). */
export function noiseScale(mechanism: NoiseMechanism, epsilon: number, sensitivity: number, delta: number): number {
  if (!(epsilon > 0) || !(sensitivity > 0)) throw new RangeError('epsilon and sensitivity must be positive');
  if (mechanism === 'laplace') return sensitivity / epsilon;
  if (!(delta > 0 && delta < 1)) throw new RangeError('delta must be in (0, 1)');
  return (sensitivity * Math.sqrt(2 * Math.log(1.25 / delta))) / epsilon;
}
