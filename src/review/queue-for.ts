// Builds the review queue from the gateway's services: the store, and keys derived from the
// installation secret for the prompts (encryption) and their repeat fingerprints.
import type { Store } from '../store/store.ts';
import { InjectionReviewQueue } from './injection-reviews.ts';

export interface ReviewServices {
  readonly store?: Store;
  readonly deriveKey?: (purpose: string) => Buffer;
}

export function reviewQueueFor(services: ReviewServices, opts: { retentionDays?: number; maxPending?: number } = {}): InjectionReviewQueue {
  if (!services.store || !services.deriveKey) throw new Error('the injection review queue needs the store and the server secret');
  return new InjectionReviewQueue(services.store, {
    key: services.deriveKey('injection-review:encrypt'),
    fingerprintKey: services.deriveKey('injection-review:fingerprint'),
    retentionMs: (opts.retentionDays ?? 30) * 86_400_000,
    maxPending: opts.maxPending ?? 10_000,
  });
}
