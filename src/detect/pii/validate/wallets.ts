// Cryptocurrency address checksums: Bitcoin base58check (P2PKH/P2SH), bech32/bech32m (BIP 173,
// BIP 350) for SegWit, and Ethereum EIP-55 mixed-case checksums.
import { createHash } from 'node:crypto';
import { keccak_256 } from '@noble/hashes/sha3.js';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE58_INDEX = new Map(Array.from(BASE58, (c, i) => [c, i] as const));

function base58Decode(value: string): Uint8Array | undefined {
  let n = 0n;
  for (const c of value) {
    const d = BASE58_INDEX.get(c);
    if (d === undefined) return undefined;
    n = n * 58n + BigInt(d);
  }
  const bytes: number[] = [];
  while (n > 0n) {
    bytes.push(Number(n & 0xffn));
    n >>= 8n;
  }
  for (let i = 0; i < value.length && value[i] === '1'; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

/** Bitcoin legacy address: 25 bytes, version 0x00 or 0x05, double-SHA-256 checksum. */
export function base58CheckValid(value: string): boolean {
  const raw = base58Decode(value);
  if (raw === undefined || raw.length !== 25 || (raw[0] !== 0x00 && raw[0] !== 0x05)) return false;
  const body = raw.subarray(0, 21);
  const once = createHash('sha256').update(body).digest();
  const twice = createHash('sha256').update(once).digest();
  return twice.subarray(0, 4).equals(Buffer.from(raw.subarray(21)));
}

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const BECH32_GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= BECH32_GEN[i] ?? 0;
  }
  return chk >>> 0;
}

/** SegWit address on mainnet (hrp `bc`): bech32 for v0, bech32m for v1+. Mixed case is invalid. */
export function bech32Valid(value: string): boolean {
  if (value !== value.toLowerCase() && value !== value.toUpperCase()) return false;
  const v = value.toLowerCase();
  const sep = v.lastIndexOf('1');
  if (v.slice(0, sep) !== 'bc' || v.length < 14 || v.length > 90) return false;
  const data: number[] = [];
  for (const c of v.slice(sep + 1)) {
    const d = BECH32_CHARSET.indexOf(c);
    if (d < 0) return false;
    data.push(d);
  }
  if (data.length < 7) return false;
  const hrp = v.slice(0, sep);
  const expanded = [...Array.from(hrp, (c) => c.charCodeAt(0) >> 5), 0, ...Array.from(hrp, (c) => c.charCodeAt(0) & 31)];
  const check = polymod([...expanded, ...data]);
  const version = data[0];
  return (version === 0 && check === 1) || (version !== undefined && version > 0 && check === 0x2bc830a3);
}

/**
 * Ethereum address: `0x` + 40 hex. Mixed case must match the EIP-55 checksum; single-case
 * addresses carry no checksum, so they are structurally plausible but not validated.
 */
export function eip55Status(value: string): 'valid' | 'invalid' | 'unchecked' {
  if (!/^0x[0-9a-fA-F]{40}$/.test(value)) return 'invalid';
  const hex = value.slice(2);
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return 'unchecked';
  const hash = keccak_256(new TextEncoder().encode(hex.toLowerCase()));
  for (let i = 0; i < 40; i++) {
    const c = hex[i] ?? '';
    if (!/[a-f]/i.test(c)) continue;
    const nibble = ((hash[i >> 1] ?? 0) >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    const upper = c !== c.toLowerCase();
    if ((nibble >= 8) !== upper) return 'invalid';
  }
  return 'valid';
}
