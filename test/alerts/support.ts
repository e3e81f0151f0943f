// Alerts for sink and formatter tests, and small local receivers (HTTP, UDP, TCP).
import dgram from 'node:dgram';
import { type IncomingHttpHeaders, createServer } from 'node:http';
import net from 'node:net';
import type { Alert } from '../../src/incidents/alerts/types.ts';

export function sampleAlert(over: Partial<Alert> = {}): Alert {
  return {
    id: 'alrt_0123456789abcdef0123456789abcdef',
    source: 'behaviour.bulk_read',
    severity: 'high',
    title: 'Bulk read from principal usr_1: volume 480000 in 300s (baseline median 4100, limit 50000)',
    entity: { kind: 'model', id: 'demo-fraud' },
    status: 'open',
    firstSeen: Date.UTC(2026, 0, 12, 3, 0, 4),
    lastSeen: Date.UTC(2026, 0, 12, 3, 4, 0),
    count: 1,
    evidence: { feature: 'volume', value: 480000, baseline_median: 4100, limit: 50000 },
    requestIds: ['req-1', 'req-2'],
    techniques: ['AML.T0024'],
    owner: 'fraud-team',
    onCall: 'pagerduty:fraud',
    createdAt: Date.UTC(2026, 0, 12, 3, 0, 5),
    updatedAt: Date.UTC(2026, 0, 12, 3, 0, 5),
    updatedBy: null,
    note: null,
    ...over,
  };
}

export interface HttpReceiver {
  readonly url: string;
  readonly received: Array<{ headers: IncomingHttpHeaders; body: string }>;
  /** Status codes to answer, in order; 200 once they run out. */
  statuses: number[];
  close(): Promise<void>;
}

export async function httpReceiver(): Promise<HttpReceiver> {
  const r: Omit<HttpReceiver, 'url' | 'close'> = { received: [], statuses: [] };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      r.received.push({ headers: req.headers, body });
      res.statusCode = r.statuses.shift() ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as net.AddressInfo).port;
  return Object.assign(r as HttpReceiver, { url: `http://127.0.0.1:${port}/hook`, close: () => new Promise<void>((ok) => server.close(() => ok())) });
}

export async function udpReceiver(): Promise<{ port: number; messages: string[]; close(): Promise<void> }> {
  const socket = dgram.createSocket('udp4');
  const messages: string[] = [];
  socket.on('message', (m) => messages.push(m.toString('utf8')));
  await new Promise<void>((ok) => socket.bind(0, '127.0.0.1', ok));
  return { port: socket.address().port, messages, close: () => new Promise<void>((ok) => socket.close(() => ok())) };
}

/** A TCP syslog receiver that parses octet-counted frames (RFC 6587 §3.4.1). */
export async function tcpReceiver(): Promise<{ port: number; messages: string[]; connections: number; close(): Promise<void> }> {
  const state = { messages: [] as string[], connections: 0 };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    state.connections++;
    sockets.add(s);
    let buf = Buffer.alloc(0);
    s.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      for (;;) {
        const sp = buf.indexOf(0x20);
        if (sp < 0) break;
        const len = Number(buf.subarray(0, sp).toString('ascii'));
        if (buf.length < sp + 1 + len) break;
        state.messages.push(buf.subarray(sp + 1, sp + 1 + len).toString('utf8'));
        buf = buf.subarray(sp + 1 + len);
      }
    });
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return Object.assign(state, {
    port: (server.address() as net.AddressInfo).port,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise<void>((ok) => server.close(() => ok()));
    },
  });
}
