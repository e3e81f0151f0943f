// npm run bench:gateway — what Bulwark adds to a request, measured in one run on this machine:
// 1. added latency: interleaved direct / through-Bulwark pairs (no guards, then the default policy),
// 2. throughput with autocannon at 1, 8 and 32 connections, direct vs through Bulwark,
// 3. peak RSS of the gateway process.
// Prints a table and writes bench/results/gateway.json. Numbers, not pass/fail.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Pool } from 'undici';
import { REPO_ROOT } from '../../src/datasets/index.ts';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const DURATION_S = Number(args.get('duration') ?? 10);
const ROUNDS = Number(args.get('rounds') ?? 20);
const PER_ROUND = Number(args.get('per-round') ?? 100);
const CONNECTIONS = (args.get('connections') ?? '1,8,32').split(',').map(Number);

const prompt = 'Summarise the following customer message for the support team. '.repeat(16).slice(0, 1000);
const body = JSON.stringify({ model: 'bench-chat', messages: [{ role: 'user', content: prompt }] });

function startProcess(cmd: string[], ready: RegExp): Promise<{ child: ChildProcess; match: RegExpMatchArray }> {
  const child = spawn(process.execPath, cmd, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`process did not start: ${seen}`)), 30_000);
    const on = (d: Buffer) => {
      seen += d.toString();
      const m = seen.match(ready);
      if (m) {
        clearTimeout(timer);
        resolve({ child, match: m });
      }
    };
    child.stdout!.on('data', on);
    child.stderr!.on('data', on);
  });
}

function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (i - lo);
}
const median = (xs: number[]) => quantile([...xs].sort((a, b) => a - b), 0.5);

async function timed(pool: Pool, path: string, headers: Record<string, string>): Promise<number> {
  const t0 = performance.now();
  const r = await pool.request({ method: 'POST', path, headers: { 'content-type': 'application/json', ...headers }, body });
  await r.body.arrayBuffer();
  if (r.statusCode !== 200) throw new Error(`status ${r.statusCode} on ${path}`);
  return performance.now() - t0;
}

async function addedLatency(directUrl: string, gatewayUrl: string, headers: Record<string, string>) {
  const direct = new Pool(new URL(directUrl).origin, { connections: 1 });
  const via = new Pool(new URL(gatewayUrl).origin, { connections: 1 });
  for (let i = 0; i < 300; i++) {
    await timed(direct, '/v1/chat/completions', {});
    await timed(via, '/v1/chat/completions', headers);
  }
  const diffs: number[] = [];
  const roundMedians: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const d: number[] = [];
    const v: number[] = [];
    for (let i = 0; i < PER_ROUND; i++) {
      const first = i % 2 === 0;
      const a = first ? await timed(direct, '/v1/chat/completions', {}) : 0;
      const b = await timed(via, '/v1/chat/completions', headers);
      const c = first ? a : await timed(direct, '/v1/chat/completions', {});
      d.push(c);
      v.push(b);
      diffs.push(b - c);
    }
    roundMedians.push(median(v) - median(d));
  }
  await direct.close();
  await via.close();
  const sorted = diffs.sort((a, b) => a - b);
  return { medianOfRoundMedians: median(roundMedians), p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), samples: sorted.length };
}

async function throughput(url: string, connections: number, headers: Record<string, string>) {
  const result = await autocannon({
    url: `${new URL(url).origin}/v1/chat/completions`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    connections,
    duration: DURATION_S,
  });
  return { rps: result.requests.average, p50ms: result.latency.p50, p99ms: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'bulwark-bench-'));
  const upstream = await startProcess(['--import', 'tsx', 'bench/gateway/upstream.ts'], /READY (\S+)/);
  const upstreamUrl = upstream.match[1]!;
  const upstreams = `upstreams:\n  u: { base_url: "${upstreamUrl}", max_connections: 64 }\nmodels:\n  - { name: bench-chat, kind: chat, upstream: u }\n`;
  const defaultGuards = 'guards:\n  - id: auth.api_key\n  - id: authz.rbac\n  - id: validate.request\n';
  // The audit log is measured on its own: its strict mode waits for a durable commit (fsync).
  const policies = {
    'no guards': `version: 1\naudit: { enabled: false }\n${upstreams}guards: []\n`,
    'default policy': `version: 1\naudit: { enabled: false }\n${upstreams}${defaultGuards}`,
    'default + audit': `version: 1\n${upstreams}${defaultGuards}`,
  };
  const results: Record<string, unknown> = { machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, durationS: DURATION_S };
  const rows: string[] = [];
  try {
    const directTp: Record<number, unknown> = {};
    for (const c of CONNECTIONS) directTp[c] = await throughput(upstreamUrl, c, {});
    results.direct = { throughput: directTp };
    for (const [name, policy] of Object.entries(policies)) {
      const file = join(dir, `${name.replace(' ', '-')}.yaml`);
      writeFileSync(file, policy);
      const dataDir = join(dir, `data-${name.replace(' ', '-')}`);
      mkdirSync(dataDir);
      const gw = await startProcess(['dist/bin/bulwark.mjs', 'serve', '--config', file, '--port', '0', '--data-dir', dataDir], /listening on (http:\/\/\S+)[\s\S]*?(bwk_[A-Za-z0-9_-]{43})/);
      gw.child.stdout!.resume();
      const headers = { authorization: `Bearer ${gw.match[2]}` };
      try {
        process.stderr.write(`[${name}] added latency…\n`);
        const latency = await addedLatency(upstreamUrl, gw.match[1]!, headers);
        const tp: Record<number, Awaited<ReturnType<typeof throughput>>> = {};
        for (const c of CONNECTIONS) {
          process.stderr.write(`[${name}] throughput at ${c} connections…\n`);
          tp[c] = await throughput(gw.match[1]!, c, headers);
        }
        const rss = peakRssMb(gw.child.pid!);
        results[name] = { latency, throughput: tp, peakRssMb: rss };
        rows.push(
          `${name.padEnd(16)} added p50 ${latency.p50.toFixed(3)} ms  p99 ${latency.p99.toFixed(3)} ms  median-of-rounds ${latency.medianOfRoundMedians.toFixed(3)} ms  ` +
            CONNECTIONS.map((c) => `${c}c ${Math.round(tp[c]!.rps)} rps (direct ${Math.round((directTp[c] as { rps: number }).rps)})`).join('  ') +
            `  peak RSS ${rss.toFixed(0)} MB`,
        );
      } finally {
        gw.child.kill('SIGTERM');
        await new Promise((r) => gw.child.once('exit', r));
      }
    }
  } finally {
    upstream.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`\nBulwark gateway benchmark (${DURATION_S}s per throughput run, ${ROUNDS}x${PER_ROUND} latency pairs)\n${rows.join('\n')}\n`);
  mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(REPO_ROOT, 'bench/results/gateway.json'), JSON.stringify(results, null, 2));
  process.stdout.write('wrote bench/results/gateway.json\n');
}

await main();
