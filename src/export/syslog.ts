// Syslog sink: RFC 5424 messages carrying CEF, over UDP (one message per datagram, RFC 5426) or
// TCP with octet-counting framing (RFC 6587 §3.4.1), reconnecting after a broken connection.
import dgram from 'node:dgram';
import net from 'node:net';
import { hostname as osHostname } from 'node:os';
import type { Alert } from '../incidents/alerts/types.ts';
import type { Severity } from '../incidents/signal.ts';
import { toCef } from './cef.ts';
import { type AlertSink, DeliveryError } from './sink.ts';

/** Syslog severities (RFC 5424 §6.2.1): 2 critical … 6 informational. */
const SYSLOG_SEVERITY: Readonly<Record<Severity, number>> = { critical: 2, high: 3, medium: 4, low: 5, info: 6 };
const MAX_UDP_BYTES = 8_192;

export interface SyslogOptions {
  readonly name: string;
  readonly transport: 'udp' | 'tcp';
  readonly host: string;
  readonly port: number;
  readonly facility: number;
  readonly appName: string;
  readonly hostname?: string;
  readonly timeoutMs: number;
}

/** Field values of the header: printable US-ASCII, no spaces, `-` when empty (RFC 5424 §6). */
const field = (v: string, max: number) => v.replace(/[^\x21-\x7e]/g, '_').slice(0, max) || '-';

export function rfc5424(a: Alert, o: Pick<SyslogOptions, 'facility' | 'appName' | 'hostname'>, time = Date.now()): string {
  const pri = o.facility * 8 + SYSLOG_SEVERITY[a.severity];
  const host = field(o.hostname ?? osHostname(), 255);
  // STRUCTURED-DATA is `-`: everything a SIEM needs is in the CEF message.
  return `<${pri}>1 ${new Date(time).toISOString()} ${host} ${field(o.appName, 48)} ${process.pid} alert - ${toCef(a)}`;
}

function udpSender(o: SyslogOptions) {
  const socket = dgram.createSocket(net.isIPv6(o.host) ? 'udp6' : 'udp4');
  socket.unref();
  return {
    send: (msg: Buffer) =>
      new Promise<void>((resolve, reject) => {
        if (msg.length > MAX_UDP_BYTES) msg = msg.subarray(0, MAX_UDP_BYTES);
        socket.send(msg, o.port, o.host, (err) => (err ? reject(new DeliveryError(`udp send failed (${(err as NodeJS.ErrnoException).code ?? 'error'})`)) : resolve()));
      }),
    close: () => new Promise<void>((r) => socket.close(() => r())),
  };
}

function tcpSender(o: SyslogOptions) {
  let socket: net.Socket | undefined;
  const connect = () =>
    new Promise<net.Socket>((resolve, reject) => {
      const s = net.connect({ host: o.host, port: o.port });
      const timer = setTimeout(() => {
        s.destroy();
        reject(new DeliveryError('tcp connect timed out'));
      }, o.timeoutMs);
      s.once('connect', () => {
        clearTimeout(timer);
        s.unref();
        s.on('error', () => s.destroy());
        s.on('close', () => {
          if (socket === s) socket = undefined;
        });
        resolve(s);
      });
      s.once('error', (err) => {
        clearTimeout(timer);
        reject(new DeliveryError(`tcp connect failed (${(err as NodeJS.ErrnoException).code ?? 'error'})`));
      });
    });
  return {
    async send(msg: Buffer) {
      socket ??= await connect();
      const s = socket;
      // Octet counting: the byte length, a space, the message; no trailer needed.
      const frame = Buffer.concat([Buffer.from(`${msg.length} `), msg]);
      await new Promise<void>((resolve, reject) =>
        s.write(frame, (err) => {
          if (!err) return resolve();
          s.destroy();
          reject(new DeliveryError(`tcp write failed (${(err as NodeJS.ErrnoException).code ?? 'error'})`));
        }),
      );
    },
    async close() {
      const s = socket;
      socket = undefined;
      if (s) await new Promise<void>((r) => s.end(() => r()));
    },
  };
}

export function syslogSink(o: SyslogOptions): AlertSink {
  const sender = o.transport === 'udp' ? udpSender(o) : tcpSender(o);
  return {
    name: o.name,
    type: 'syslog',
    deliver: (a) => sender.send(Buffer.from(rfc5424(a, o), 'utf8')),
    close: () => sender.close(),
  };
}
