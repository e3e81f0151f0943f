// The guard contract: what a guard is given, what it returns, and how it is built from config.
import type { z } from 'zod';
import type { Registry } from 'prom-client';
import type { SignalSink } from '../incidents/signal.ts';
import type { Store } from '../store/store.ts';
import type { Decision } from './decision.ts';
import type { GuardStage } from './stages.ts';

/** The data-plane routes a policy can select guards for. */
export const ROUTE_KINDS = ['chat', 'completions', 'embeddings', 'predict', 'models'] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

export type ModelKind = 'chat' | 'completion' | 'embedding' | 'predict';

/** Who is calling, as established by the authenticate stage. */
export interface Principal {
  readonly id: string;
  readonly kind: 'user' | 'service';
  readonly name: string;
  readonly keyId?: string;
  /** Model name patterns this credential may invoke (`*` for all). */
  readonly modelScopes: readonly string[];
  readonly roles: readonly string[];
  /** The role bindings behind `roles`, with their resource scopes (`*`, `model:fraud-*`) and expiry. */
  readonly bindings?: readonly PrincipalBinding[];
  /** Permission patterns this credential is limited to (`*` or absent: what the roles grant). */
  readonly permissionScopes?: readonly string[];
  /** How the caller proved who it is. */
  readonly via?: 'api_key' | 'jwt';
}

/** One role granted to a principal, optionally on some resources only, optionally until a time. */
export interface PrincipalBinding {
  readonly id: string;
  readonly role: string;
  /** `*`, or `kind:pattern` such as `model:fraud-*` or `dataset:claims-2025`. */
  readonly resource: string;
  readonly expiresAt: number | null;
}

/** A piece of text inside the request or response that scanners look at, with where it lives. */
export interface TextSegment {
  /** JSON path within the body, e.g. `messages[2].content` or `choices[0].message.content`. */
  readonly location: string;
  readonly role?: string;
  readonly text: string;
}

/** A replacement of one segment's text, returned with a `redact` decision. */
export interface TextEdit {
  readonly location: string;
  readonly text: string;
}

export interface GuardDecision extends Decision {
  readonly edits?: readonly TextEdit[];
  /** Set by authenticate-stage guards: who the caller is. */
  readonly principal?: Principal;
  /** Harden-stage guards: the answer to return instead (a new object; never mutate `ctx.answer`). */
  readonly answer?: unknown;
  /** Response headers this guard adds (e.g. `RateLimit`), sent whatever the outcome. */
  readonly headers?: Readonly<Record<string, string>>;
  /** With a `block`: when the caller may try again (sent as `Retry-After`). */
  readonly retryAfterSeconds?: number;
}

/** How a request ended, told to the guards that took part in it (see `Guard.settle`). */
export interface RequestSettlement {
  /** The HTTP status returned to the caller (200 for a stream that started, whatever followed). */
  readonly status: number;
  /** Token counts the upstream reported, when it did. */
  readonly usage?: { readonly promptTokens?: number; readonly completionTokens?: number; readonly totalTokens?: number };
  /** The JSON answer returned to the caller, after every output stage (absent for streams and errors). */
  readonly answer?: unknown;
}

/** What a guard sees of one request. Read-only for guards; the pipeline owns mutation. */
export interface GuardContext {
  readonly requestId: string;
  readonly route: RouteKind;
  readonly model: string | undefined;
  readonly modelKind: ModelKind | undefined;
  readonly sourceIp: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: unknown;
  readonly principal: Principal | undefined;
  /** Text of the request (input stages) or of the answer (output stages). */
  readonly segments: readonly TextSegment[];
  /** Per-request scratch space shared between guards (e.g. the authenticated principal). */
  readonly state: Map<string, unknown>;
  /** Output stages of JSON routes: the upstream's parsed answer (read-only; see `GuardDecision.answer`). */
  readonly answer?: unknown;
}

/** What an output guard releases from a streamed answer at one step. */
export interface StreamStep {
  /** Text that may be sent now (possibly rewritten); '' when nothing is ready. */
  readonly text: string;
  /** Findings of this step; `block` ends the stream. Absent means allow. */
  readonly decision?: GuardDecision;
}

/** Incremental scanning of one choice of a streamed answer. */
export interface OutputStream {
  push(chunk: string): StreamStep;
  /** Everything still held, at the end of the answer. */
  flush(): StreamStep;
}

/** A guard built and ready to handle requests. */
export interface Guard {
  readonly id: string;
  readonly stage: GuardStage;
  check(ctx: GuardContext): GuardDecision | Promise<GuardDecision>;
  /**
   * Output guards that can scan a streamed answer as it arrives implement this; when every
   * output guard of a request does, the answer streams, otherwise it is buffered and checked whole.
   */
  stream?(ctx: GuardContext): OutputStream;
  /**
   * Called once when a request this guard checked has ended, whatever the outcome (also when the
   * caller went away): release what `check` reserved, reconcile estimates with what was used.
   * Must not throw and must not block; errors are logged and ignored.
   */
  settle?(ctx: GuardContext, outcome: RequestSettlement): void;
  close?(): void | Promise<void>;
}

/** Services a guard factory may use. Guards never reach into the server. */
export interface GuardDeps {
  readonly resolvePrincipal?: (rawKey: string, sourceIp: string) => Promise<Principal | undefined>;
  /** A key derived from the server secret for one purpose (HKDF), e.g. for keyed hashes. */
  readonly deriveKey?: (purpose: string) => Buffer;
  /** Role-based authorization of the running policy (identity); records every decision. */
  readonly access?: AccessPort;
  /** Long-lived resources that outlive one policy (connections, per-key state), closed with the gateway. */
  readonly shared?: SharedResources;
  /** Raise an alert signal (published on the event bus; audited, then grouped into alerts). */
  readonly signal?: SignalSink;
  /** The gateway's Prometheus registry; register a metric once (via `shared`), not per reload. */
  readonly metrics?: Registry;
  /** The gateway's store (SQLite or PostgreSQL), for guards that keep state or queue work. */
  readonly store?: Store;
}

/**
 * Resources a guard keeps across policy reloads: created on first use under a key, handed to the
 * guards of every later runtime, disposed of when the gateway closes.
 */
export interface SharedResources {
  get<T>(key: string, create: () => T, dispose?: (value: T) => void | Promise<void>): T;
}

/** What an authorize-stage guard needs from identity: one decision, recorded as it is made. */
export interface AccessPort {
  authorize(
    principal: Principal | undefined,
    permission: string,
    resource: string | undefined,
    requestId: string,
  ): { readonly allowed: boolean; readonly reason: string; readonly role?: string; readonly bindingId?: string; readonly policyVersion: string };
}

/** How a guard kind is declared in the registry: ID, stage, typed config, one-time build. */
export interface GuardFactory<C = unknown> {
  readonly id: string;
  readonly stage: GuardStage;
  readonly description: string;
  readonly configSchema: z.ZodType<C>;
  create(config: C, deps: GuardDeps): Guard | Promise<Guard>;
}

/** A guard factory with its config type erased, as held in the registry table. */
export interface AnyGuardFactory {
  readonly id: string;
  readonly stage: GuardStage;
  readonly description: string;
  readonly configSchema: z.ZodType;
  create(config: never, deps: GuardDeps): Guard | Promise<Guard>;
}
