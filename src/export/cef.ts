// ArcSight Common Event Format (CEF:0) for alerts. Header fields escape `\` and `|`; extension
// values escape `\`, `=` and line breaks (\n, \r), as the CEF specification (rev. 25) requires.
import type { Alert } from '../incidents/alerts/types.ts';
import type { Severity } from '../incidents/signal.ts';

const VERSION = '0.1.0';

/** CEF severity is 0–10. */
export const CEF_SEVERITY: Readonly<Record<Severity, number>> = { info: 1, low: 3, medium: 5, high: 8, critical: 10 };

export function escapeHeader(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

export function escapeExtension(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/=/g, '\\=').replace(/\r\n|\n/g, '\\n').replace(/\r/g, '\\r');
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^[0-9a-fA-F:.]{2,45}$/;

export function toCef(a: Alert): string {
  const ext: Array<[string, string | number]> = [
    ['externalId', a.id],
    ['rt', a.lastSeen],
    ['start', a.firstSeen],
    ['end', a.lastSeen],
    ['cnt', a.count],
    ['cat', a.source],
    ['msg', a.title],
    ['outcome', a.status],
  ];
  if (a.entity.kind === 'address' && (IPV4.test(a.entity.id) || (a.entity.id.includes(':') && IPV6.test(a.entity.id)))) ext.push(['src', a.entity.id]);
  if (a.entity.kind === 'principal') ext.push(['suid', a.entity.id]);
  ext.push(['cs1Label', 'entityKind'], ['cs1', a.entity.kind], ['cs2Label', 'entityId'], ['cs2', a.entity.id]);
  if (a.techniques.length > 0) ext.push(['cs3Label', 'techniques'], ['cs3', a.techniques.join(',')]);
  if (a.owner) ext.push(['cs4Label', 'owner'], ['cs4', a.owner]);
  if (a.onCall) ext.push(['cs5Label', 'onCall'], ['cs5', a.onCall]);
  ext.push(['cs6Label', 'evidence'], ['cs6', JSON.stringify(a.evidence)]);
  if (a.requestIds.length > 0) ext.push(['flexString1Label', 'requestIds'], ['flexString1', a.requestIds.slice(-10).join(',')]);
  const header = ['CEF:0', 'Bulwark', 'Bulwark', VERSION, a.source, a.title, String(CEF_SEVERITY[a.severity])].map((h, i) => (i === 0 ? h : escapeHeader(h)));
  return `${header.join('|')}|${ext.map(([k, v]) => `${k}=${escapeExtension(String(v))}`).join(' ')}`;
}

/** Parses a CEF line back (header fields and extension map), for tests and receivers. */
export function parseCef(line: string): { header: string[]; ext: Record<string, string> } {
  const header: string[] = [];
  let i = 0;
  let cur = '';
  while (header.length < 7 && i < line.length) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length) {
      cur += line[i + 1];
      i += 2;
      continue;
    }
    if (c === '|') {
      header.push(cur);
      cur = '';
    } else cur += c;
    i++;
  }
  const rest = line.slice(i);
  const ext: Record<string, string> = {};
  // Keys are alphanumeric and followed by an unescaped `=`; a value runs until the next ` key=`.
  const re = /(?:^| )([A-Za-z0-9_]+)=((?:\\.|[^\\=])*?)(?= [A-Za-z0-9_]+=|$)/gs;
  for (const m of rest.matchAll(re)) {
    ext[m[1]!] = m[2]!.replace(/\\(.)/gs, (_s, ch: string) => (ch === 'n' ? '\n' : ch === 'r' ? '\r' : ch));
  }
  return { header, ext };
}
