// Network identifiers: IPv4 dotted quads and IPv6 (via Node's parser), and MAC addresses.
import { isIPv6 } from 'node:net';

/** Strict dotted-quad: four decimal octets 0–255, no leading zeros (which some parsers read as octal). */
export function ipv4Valid(value: string): boolean {
  const parts = value.split('.');
  if (parts.length !== 4) return false;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || (p.length > 1 && p[0] === '0') || Number(p) > 255) return false;
  }
  return true;
}

export function ipv6Valid(value: string): boolean {
  return value.includes(':') && isIPv6(value);
}

/** Six octets with one consistent separator; all-zero and broadcast are not device addresses. */
export function macValid(value: string): boolean {
  const m = /^[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}$/.exec(value);
  if (m === null) return /^[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}$/.test(value);
  const hex = value.replace(/[:-]/g, '').toLowerCase();
  return hex !== '000000000000' && hex !== 'ffffffffffff';
}
