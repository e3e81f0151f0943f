// Resolves upstream credentials named in the policy from the environment or a file, at load time.
import { readFileSync } from 'node:fs';
import type { SecretRef } from '../config/schema.ts';

export function resolveSecret(ref: SecretRef, where: string): string {
  if ('env' in ref) {
    const v = process.env[ref.env];
    if (v === undefined || v === '') throw new Error(`${where}: environment variable ${ref.env} is not set`);
    return v;
  }
  try {
    const v = readFileSync(ref.file, 'utf8').trim();
    if (v === '') throw new Error('empty');
    return v;
  } catch (e) {
    throw new Error(`${where}: cannot read secret file ${ref.file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
