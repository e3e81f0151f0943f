// Payment card checks: the Luhn check digit and issuer (IIN) ranges with the lengths each issuer
// issues. Ranges from the ISO/IEC 7812 registrations as published by the card networks.

/** Luhn (mod 10) over a string of ASCII digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

interface IssuerRange {
  readonly issuer: string;
  readonly lo: number;
  readonly hi: number;
  /** How many leading digits lo/hi cover. */
  readonly width: number;
  readonly lengths: readonly number[];
}

const r = (issuer: string, lo: number, hi: number, lengths: readonly number[]): IssuerRange => ({
  issuer,
  lo,
  hi,
  width: String(lo).length,
  lengths,
});

const L16_19 = [16, 17, 18, 19];
const L12_19 = [12, 13, 14, 15, 16, 17, 18, 19];

const ISSUERS: readonly IssuerRange[] = [
  r('visa', 4, 4, [13, 16, 19]),
  r('mastercard', 51, 55, [16]),
  r('mastercard', 2221, 2720, [16]),
  r('amex', 34, 34, [15]),
  r('amex', 37, 37, [15]),
  r('discover', 6011, 6011, L16_19),
  r('discover', 644, 649, L16_19),
  r('discover', 65, 65, L16_19),
  r('unionpay', 62, 62, L16_19),
  r('diners', 300, 305, [14, 15, 16, 17, 18, 19]),
  r('diners', 3095, 3095, [14, 15, 16, 17, 18, 19]),
  r('diners', 36, 36, [14, 15, 16, 17, 18, 19]),
  r('diners', 38, 39, [14, 15, 16, 17, 18, 19]),
  // JCB registers 3528–3589; the whole 35 block is accepted because generators and some
  // acquirers use it, and the Luhn digit still has to hold.
  r('jcb', 35, 35, L16_19),
  // Legacy JCB ranges with 15-digit numbers.
  r('jcb', 1800, 1800, [15]),
  r('jcb', 2131, 2131, [15]),
  r('maestro', 50, 50, L12_19),
  r('maestro', 56, 69, L12_19),
  r('mir', 2200, 2204, L16_19),
  r('rupay', 60, 60, L16_19),
  r('rupay', 81, 82, L16_19),
  r('verve', 506099, 506198, [16, 18, 19]),
];

/** The issuer whose IIN range and length admit this number, or undefined. */
export function cardIssuer(digits: string): string | undefined {
  for (const range of ISSUERS) {
    if (!range.lengths.includes(digits.length)) continue;
    const prefix = Number(digits.slice(0, range.width));
    if (prefix >= range.lo && prefix <= range.hi) return range.issuer;
  }
  return undefined;
}

/** A plausible card number: an issuer's range and length, and a valid Luhn digit. */
export function cardValid(digits: string): boolean {
  return cardIssuer(digits) !== undefined && luhnValid(digits) && !/^(\d)\1+$/.test(digits);
}
