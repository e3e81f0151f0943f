// Streams an SSE answer through output guards that scan incrementally. Each part of a choice —
// its text, and each tool call's arguments — goes through every guard's stream in policy order,
// rewritten text is re-emitted as it is released, and a block ends the stream with a
// protocol-correct error event (nothing after it is sent).
import { Readable } from 'node:stream';
import { BulwarkError } from '../errors/catalogue.ts';
import type { Action, Finding } from '../pipeline/decision.ts';
import { worstAction } from '../pipeline/decision.ts';
import type { ActiveGuard, GuardRecord } from '../pipeline/pipeline.ts';
import type { GuardContext, OutputStream, RouteKind, StreamStep } from '../pipeline/types.ts';
import { type UpstreamResponse, transportError } from '../upstream/client.ts';
import { SseEvents } from './sse-events.ts';
import { sseErrorEvent } from './upstream-response.ts';
import { type Usage, usageOf } from './usage.ts';

interface Link {
  readonly active: ActiveGuard;
  readonly stream: OutputStream;
}

interface Tally {
  decided: Action;
  readonly findings: Finding[];
  readonly started: number;
}

type Json = Record<string, unknown>;

export function guardedSse(
  resp: UpstreamResponse,
  route: RouteKind,
  guards: readonly ActiveGuard[],
  ctx: GuardContext,
  onEnd: (records: GuardRecord[], failed: BulwarkError | undefined, usage: Usage | undefined) => void,
): Readable {
  let usage: Usage | undefined;
  /** One scanning chain per part: a choice's text (`tool` undefined) or one tool call's arguments. */
  const chains = new Map<string, { readonly choice: number; readonly tool?: number; readonly links: Link[] }>();
  const finished = new Set<number>();
  const tallies = guards.map<Tally>(() => ({ decided: 'allow', findings: [], started: performance.now() }));
  const chainFor = (choice: number, tool?: number) => {
    const key = tool === undefined ? `${choice}` : `${choice}.${tool}`;
    let c = chains.get(key);
    if (!c) {
      c = { choice, ...(tool !== undefined ? { tool } : {}), links: guards.map((active) => ({ active, stream: active.guard.stream!(ctx) })) };
      chains.set(key, c);
    }
    return c.links;
  };

  /** Passes text through one part's guards; returns the text to send, or the blocking guard. */
  function run(chain: Link[], text: string, final: boolean): { text: string; blockedBy?: number } {
    let current = text;
    for (let i = 0; i < chain.length; i++) {
      const link = chain[i]!;
      const steps: StreamStep[] = [link.stream.push(current)];
      if (final) steps.push(link.stream.flush());
      let out = '';
      for (const s of steps) {
        out += s.text;
        if (s.decision) {
          tallies[i]!.decided = worstAction(tallies[i]!.decided, s.decision.action);
          tallies[i]!.findings.push(...s.decision.findings);
          if (s.decision.action === 'block' && link.active.mode === 'enforce') return { text: '', blockedBy: i };
        }
      }
      // A guard in monitor mode only watches: what it would have changed is not applied.
      if (link.active.mode === 'enforce') current = out;
    }
    return { text: current };
  }

  const records = (): GuardRecord[] =>
    guards.map((g, i) => {
      const t = tallies[i]!;
      const action: Action = g.mode === 'monitor' && t.decided !== 'allow' ? 'flag' : t.decided;
      return { guard: g.name, kind: g.guard.id, stage: g.guard.stage, mode: g.mode, action, decided: t.decided, findings: t.findings, durationMs: performance.now() - t.started };
    });

  const textOf = (c: Json): unknown => (route === 'chat' ? (c.delta as Json | undefined)?.content : c.text);
  const setText = (c: Json, text: string) => {
    if (route === 'chat') c.delta = { ...((c.delta as Json | undefined) ?? {}), content: text };
    else c.text = text;
  };

  /** Tool-call argument pieces of a chat delta, as [tool index, the call's function object]. */
  const toolArgs = (c: Json): Array<[number, Json]> => {
    const calls = (c.delta as Json | undefined)?.tool_calls;
    if (route !== 'chat' || !Array.isArray(calls)) return [];
    return calls.flatMap((call: Json, j) => {
      const fn = call?.function as Json | undefined;
      return fn && typeof fn.arguments === 'string' ? [[typeof call.index === 'number' ? call.index : j, fn] as [number, Json]] : [];
    });
  };

  /** Releases everything one choice's parts still hold: its text and each tool call's arguments. */
  function flushChoice(choice: number): { text: string; tools: Map<number, string>; blockedBy?: number } {
    finished.add(choice);
    let text = '';
    const tools = new Map<number, string>();
    for (const part of chains.values()) {
      if (part.choice !== choice) continue;
      const r = run(part.links, '', true);
      if (r.blockedBy !== undefined) return { text, tools, blockedBy: r.blockedBy };
      if (part.tool === undefined) text += r.text;
      else if (r.text !== '') tools.set(part.tool, r.text);
    }
    return { text, tools };
  }

  /** Adds released tool-argument tails to a chat choice's delta. */
  function appendTools(c: Json, tails: Map<number, string>): void {
    if (tails.size === 0) return;
    const delta = ((c.delta as Json | undefined) ?? {}) as Json;
    const calls = (Array.isArray(delta.tool_calls) ? delta.tool_calls : []) as Json[];
    for (const [tool, tail] of tails) {
      const existing = calls.find((call) => call.index === tool)?.function as Json | undefined;
      if (existing) existing.arguments = `${String(existing.arguments ?? '')}${tail}`;
      else calls.push({ index: tool, function: { arguments: tail } });
    }
    c.delta = { ...delta, tool_calls: calls };
  }

  /** Rewrites one data event; returns what to send ('' to drop it) or a block. */
  function rewrite(data: string): { out: string; block?: BulwarkError } {
    let ev: Json;
    try {
      ev = JSON.parse(data) as Json;
    } catch {
      return { out: '', block: new BulwarkError('BULWARK_E_UPSTREAM_BAD_RESPONSE') };
    }
    usage = usageOf(ev.usage) ?? usage;
    if (!Array.isArray(ev.choices) || ev.choices.length === 0) return { out: `data: ${data}\n\n` };
    let keep = ev.usage !== undefined && ev.usage !== null;
    for (const c of ev.choices as Json[]) {
      const index = typeof c.index === 'number' ? c.index : 0;
      const piece = textOf(c);
      const final = c.finish_reason !== null && c.finish_reason !== undefined;
      let text = '';
      if (typeof piece === 'string' && piece !== '') {
        const r = run(chainFor(index), piece, false);
        if (r.blockedBy !== undefined) return { out: '', block: blockError(r.blockedBy) };
        text = r.text;
      }
      for (const [tool, fn] of toolArgs(c)) {
        const r = run(chainFor(index, tool), fn.arguments as string, false);
        if (r.blockedBy !== undefined) return { out: '', block: blockError(r.blockedBy) };
        fn.arguments = r.text;
      }
      let tails = new Map<number, string>();
      if (final) {
        const f = flushChoice(index);
        if (f.blockedBy !== undefined) return { out: '', block: blockError(f.blockedBy) };
        text += f.text;
        tails = f.tools;
      }
      if (typeof piece === 'string' || text !== '') setText(c, text);
      appendTools(c, tails);
      const delta = c.delta as Json | undefined;
      if (text !== '' || final || delta?.role !== undefined || delta?.tool_calls !== undefined) keep = true;
    }
    return { out: keep ? `data: ${JSON.stringify(ev)}\n\n` : '' };
  }

  function blockError(i: number): BulwarkError {
    const findings = tallies[i]!.findings.map((f) => ({ guard: f.guard, rule: f.rule, reason: f.reason, score: f.score }));
    return new BulwarkError('BULWARK_E_POLICY_BLOCKED', 'The answer was blocked by policy.', { findings });
  }

  /** Releases what every unfinished choice still holds, as one event per choice. */
  function flushAll(): { out: string; block?: BulwarkError } {
    let out = '';
    for (const index of new Set([...chains.values()].map((p) => p.choice))) {
      if (finished.has(index)) continue;
      const f = flushChoice(index);
      if (f.blockedBy !== undefined) return { out, block: blockError(f.blockedBy) };
      if (f.text === '' && f.tools.size === 0) continue;
      const choice: Json = route === 'chat' ? { index, delta: f.text !== '' ? { content: f.text } : {}, finish_reason: null } : { index, text: f.text, finish_reason: null };
      appendTools(choice, f.tools);
      out += `data: ${JSON.stringify({ object: route === 'chat' ? 'chat.completion.chunk' : 'text_completion', choices: [choice] })}\n\n`;
    }
    return { out };
  }

  async function* relay() {
    let failed: BulwarkError | undefined;
    // Events are handled in order as the parser finds them; each one's output is queued here
    // and yielded before the next chunk is read, so backpressure still reaches the upstream.
    const out: string[] = [];
    let done = false;
    const handle = (data: string): void => {
      if (done) return;
      const r = data === '[DONE]' ? flushAll() : rewrite(data);
      if (r.out) out.push(r.out);
      if (r.block) {
        failed = r.block;
        out.push(sseErrorEvent(r.block, ctx.requestId));
        done = true;
        return;
      }
      if (data === '[DONE]') out.push('data: [DONE]\n\n');
    };
    const events = new SseEvents(handle, { oversize: 'fail' });
    try {
      for await (const chunk of resp.body) {
        events.push(chunk as Buffer);
        if (out.length) yield out.splice(0).join('');
        if (done) return;
      }
      // A last event without its closing blank line is scanned like the others.
      events.end();
      if (out.length) yield out.splice(0).join('');
      if (done) return;
      const r = flushAll();
      if (r.out) yield r.out;
      if (r.block) {
        failed = r.block;
        yield sseErrorEvent(r.block, ctx.requestId);
      }
    } catch (e) {
      failed = transportError(e);
      yield sseErrorEvent(failed, ctx.requestId);
    } finally {
      resp.body.destroy();
      onEnd(records(), failed, usage);
    }
  }
  return Readable.from(relay(), { objectMode: false });
}
