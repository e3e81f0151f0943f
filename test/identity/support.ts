// Helpers for identity tests: drive the admin API of a test gateway as its bootstrap admin.
import type { TestGateway } from '../support/gateway.ts';

export interface Call {
  readonly status: number;
  readonly body: unknown;
  readonly text: string;
}

export async function call(t: TestGateway, method: string, path: string, token: string | undefined, body?: unknown): Promise<Call> {
  const headers: Record<string, string> = {};
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const r = await fetch(t.url + path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const text = await r.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: r.status, body: parsed, text };
}

/** A principal with one role binding and one key, made through the admin API. */
export async function principalWithRole(
  t: TestGateway,
  role: string | undefined,
  opts: { kind?: 'user' | 'service'; resource?: string; key?: Record<string, unknown>; name?: string } = {},
): Promise<{ id: string; key: string; keyId: string }> {
  const p = await call(t, 'POST', '/admin/v1/principals', t.key, { kind: opts.kind ?? 'user', name: opts.name ?? `test ${role ?? 'none'}` });
  if (p.status !== 201) throw new Error(`create principal: ${p.status} ${p.text}`);
  const id = (p.body as { id: string }).id;
  if (role !== undefined) {
    const b = await call(t, 'POST', '/admin/v1/bindings', t.key, { principal_id: id, role, ...(opts.resource ? { resource: opts.resource } : {}) });
    if (b.status !== 201) throw new Error(`bind: ${b.status} ${b.text}`);
  }
  const k = await call(t, 'POST', '/admin/v1/keys', t.key, { principal_id: id, name: 'k', ...(opts.key ?? {}) });
  if (k.status !== 201) throw new Error(`create key: ${k.status} ${k.text}`);
  const kb = k.body as { id: string; secret: string };
  return { id, key: kb.secret, keyId: kb.id };
}
