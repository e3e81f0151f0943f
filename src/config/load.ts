// Loads and validates a policy document. Every problem is reported with the file, the line and
// column where YAML knows it, the key path, and what was expected; nothing half-valid is returned.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LineCounter, isNode, parseDocument } from 'yaml';
import type { z } from 'zod';
import { DEFAULT_POLICY_YAML } from './defaults.ts';
import { type Policy, PolicySchema } from './schema.ts';

export interface PolicyProblem {
  readonly path: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export class PolicyError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly PolicyProblem[],
  ) {
    super(`${source}: invalid policy\n${problems.map((p) => `  ${formatProblem(source, p)}`).join('\n')}`);
    this.name = 'PolicyError';
  }
}

export function formatProblem(source: string, p: PolicyProblem): string {
  const at = p.line ? `${source}:${p.line}:${p.column ?? 1}` : source;
  return `${at}: ${p.path || '(document)'}: ${p.message}`;
}

export interface LoadedPolicy {
  readonly policy: Policy;
  readonly source: string;
  /** sha256 of the document, first 16 hex digits: the policy version decisions carry. */
  readonly version: string;
}

function keyPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : out === '' ? String(k) : `.${String(k)}`;
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string } {
  if (issue.code === 'unrecognized_keys') {
    return { path: [...issue.path, issue.keys[0]!], message: `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` };
  }
  if (issue.code === 'invalid_union' && 'note' in issue && issue.note === 'No matching discriminator') {
    return { path: [...issue.path], message: `${issue.message} (see "bulwark config schema" for the known values)` };
  }
  return { path: [...issue.path], message: issue.message };
}

/** Parses and validates policy text. `source` names it in errors (a path or "<default>"). */
export function parsePolicy(text: string, source: string): LoadedPolicy {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new PolicyError(
      source,
      doc.errors.map((e) => {
        const pos = lines.linePos(e.pos[0]);
        return { path: '', message: e.message.split('\n')[0]!, ...(pos ? { line: pos.line, column: pos.col } : {}) };
      }),
    );
  }
  const raw: unknown = doc.toJS({ maxAliasCount: 100 });
  const result = PolicySchema.safeParse(raw ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const { path, message } = describeIssue(issue);
      let node: unknown = doc.getIn(path as unknown[], true);
      for (let cut = path.length; !isNode(node) && cut > 0; cut--) node = doc.getIn(path.slice(0, cut - 1) as unknown[], true);
      const range = isNode(node) ? node.range : undefined;
      const pos = range ? lines.linePos(range[0]) : undefined;
      return { path: keyPath(path), message, ...(pos ? { line: pos.line, column: pos.col } : {}) };
    });
    throw new PolicyError(source, problems);
  }
  const version = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return { policy: result.data, source, version };
}

export function loadPolicyFile(path: string): LoadedPolicy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new PolicyError(path, [{ path: '', message: `cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})` }]);
  }
  return parsePolicy(text, path);
}

export function defaultPolicy(): LoadedPolicy {
  return parsePolicy(DEFAULT_POLICY_YAML, '<default policy>');
}
