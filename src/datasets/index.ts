// Where the shared evaluation and training data lives. It is read at run time and never copied
// into the repository; BULWARK_DATASETS overrides the default `../shared/datasets`.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder holding package.json). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function datasetsDir(): string {
  return process.env.BULWARK_DATASETS ?? resolve(REPO_ROOT, '../shared/datasets');
}

/** Absolute path of a file under the datasets folder; throws a clear error if it is missing. */
export function datasetPath(...parts: string[]): string {
  const p = resolve(datasetsDir(), ...parts);
  if (!existsSync(p)) {
    throw new Error(`dataset file not found: ${p} (set BULWARK_DATASETS to the shared datasets folder)`);
  }
  return p;
}
