// Rules for national identifiers that carry structure: US SSN and ITIN (SSA and IRS rules) and
// the UK National Insurance number (HMRC prefix rules).

/**
 * SSA rules: area 000, 666 and 900–999 are never issued; group 00 and serial 0000 are invalid.
 * A few numbers were published in advertising or as examples and are rejected as well.
 */
const PUBLISHED_SSNS = new Set(['078051120', '219099999', '123456789', '111111111', '457555462']);

export function ssnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = Number(digits.slice(0, 3));
  const group = Number(digits.slice(3, 5));
  const serial = Number(digits.slice(5));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (group === 0 || serial === 0) return false;
  return !PUBLISHED_SSNS.has(digits) && !/^(\d)\1{8}$/.test(digits);
}

/** IRS: ITINs start with 9 and have a group (digits 4–5) in 50–65, 70–88, 90–92 or 94–99. */
export function itinValid(digits: string): boolean {
  if (!/^9\d{8}$/.test(digits)) return false;
  const g = Number(digits.slice(3, 5));
  return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || g >= 94;
}

/** HMRC: the first two letters never use D, F, I, Q, U, V; the second is never O; some pairs unused. */
const NINO_BAD_PREFIX = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export function ninoValid(value: string): boolean {
  const v = value.replace(/\s+/g, '').toUpperCase();
  const m = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])$/.exec(v);
  if (m === null) return false;
  return !NINO_BAD_PREFIX.has(`${m[1]}${m[2]}`);
}

/** ABA routing number checksum: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10). */
export function abaRoutingValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const d = Array.from(digits, Number);
  const [a, b, c, e, f, g, h, i, j] = d as [number, number, number, number, number, number, number, number, number];
  const prefix = a * 10 + b;
  // Federal Reserve routing symbols: 00–12, 21–32, 61–72, 80.
  const prefixOk = prefix <= 12 || (prefix >= 21 && prefix <= 32) || (prefix >= 61 && prefix <= 72) || prefix === 80;
  return prefixOk && (3 * (a + e + h) + 7 * (b + f + i) + (c + g + j)) % 10 === 0;
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI (8 digits + letter) and NIE (X/Y/Z + 7 digits + letter): letter = table[n mod 23]. */
export function spanishIdValid(value: string): boolean {
  const v = value.toUpperCase().replace(/[\s-]/g, '');
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(v);
  if (m === null) return false;
  const prefix = m[1] ?? '';
  const digits = m[2] ?? '';
  if (prefix === '' ? digits.length !== 8 : digits.length !== 7) return false;
  const n = Number(`${prefix === '' ? '' : 'XYZ'.indexOf(prefix)}${digits}`);
  return DNI_LETTERS[n % 23] === m[3];
}

// Verhoeff check digit (dihedral group D5), used by India's Aadhaar numbers.
const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

export function verhoeffValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[digits.length - 1 - i]);
    c = VERHOEFF_D[c]?.[VERHOEFF_P[i % 8]?.[d] ?? 0] ?? 0;
  }
  return c === 0;
}

/** Aadhaar: 12 digits, never starting with 0 or 1, with a Verhoeff check digit. */
export function aadhaarValid(value: string): boolean {
  const v = value.replace(/[\s-]/g, '');
  return /^[2-9]\d{11}$/.test(v) && verhoeffValid(v);
}
