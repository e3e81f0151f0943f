import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cardIssuer, cardValid, luhnValid } from './cards.ts';
import { ibanValid } from './iban.ts';
import { aadhaarValid, abaRoutingValid, itinValid, ninoValid, spanishIdValid, ssnValid, verhoeffValid } from './national.ts';
import { ipv4Valid, ipv6Valid, macValid } from './network.ts';
import { base58CheckValid, bech32Valid, eip55Status } from './wallets.ts';

describe('payment cards', () => {
  it('accepts issuer test numbers and rejects a changed digit', () => {
    for (const n of ['4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '3530111333300000', '2223003122003222']) {
      expect(cardValid(n)).toBe(true);
      const last = Number(n.at(-1));
      expect(cardValid(n.slice(0, -1) + String((last + 1) % 10))).toBe(false);
    }
  });
  it('names the issuer and rejects numbers outside every range', () => {
    expect(cardIssuer('4111111111111111')).toBe('visa');
    expect(cardIssuer('378282246310005')).toBe('amex');
    expect(cardValid('9111111111111111')).toBe(false);
    expect(cardValid('0000000000000000')).toBe(false);
  });
  it('Luhn detects every single-digit substitution (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{15}$/), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1, max: 9 }), (body, pos, delta) => {
        // Complete the body with its check digit, then corrupt one digit.
        const check = [...Array(10).keys()].find((d) => luhnValid(body + d)) ?? 0;
        const n = body + check;
        const corrupted = n.slice(0, pos) + String((Number(n[pos]) + delta) % 10) + n.slice(pos + 1);
        return luhnValid(n) && !luhnValid(corrupted);
      }),
    );
  });
});

describe('US SSN and ITIN rules', () => {
  it('rejects never-issued areas, zero groups and serials, and published numbers', () => {
    expect(ssnValid('536905432')).toBe(true);
    for (const bad of ['000123456', '666123456', '912345678', '123004567', '123450000', '078051120', '111111111'])
      expect(ssnValid(bad)).toBe(false);
  });
  it('accepts ITIN groups only in the IRS ranges', () => {
    expect(itinValid('912701234')).toBe(true);
    expect(itinValid('912931234')).toBe(false);
    expect(itinValid('812701234')).toBe(false);
  });
  it('checks UK NINO prefixes and ABA routing checksums', () => {
    expect(ninoValid('AB 12 34 56 C')).toBe(true);
    expect(ninoValid('GB123456A')).toBe(false);
    expect(ninoValid('DA123456A')).toBe(false);
    expect(abaRoutingValid('021000021')).toBe(true);
    expect(abaRoutingValid('021000022')).toBe(false);
  });
});

describe('national ids with check characters', () => {
  it('checks the Spanish DNI/NIE letter', () => {
    expect(spanishIdValid('12345678Z')).toBe(true);
    expect(spanishIdValid('12345678-z')).toBe(true);
    expect(spanishIdValid('12345678A')).toBe(false);
    expect(spanishIdValid('X1234567L')).toBe(true);
    expect(spanishIdValid('X1234567A')).toBe(false);
  });
  it('checks Verhoeff digits and the Aadhaar shape', () => {
    expect(verhoeffValid('2363')).toBe(true);
    expect(verhoeffValid('2364')).toBe(false);
    // Build a valid 12-digit number by finding its check digit, then corrupt it.
    const body = '23456789012';
    const check = [...Array(10).keys()].find((d) => verhoeffValid(body + d));
    expect(check).toBeDefined();
    expect(aadhaarValid(`${body}${check}`)).toBe(true);
    expect(aadhaarValid(`${body}${((check ?? 0) + 1) % 10}`)).toBe(false);
    expect(aadhaarValid(`1${body.slice(1)}${check}`)).toBe(false);
  });
  it('Verhoeff catches every adjacent transposition of distinct digits (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{8}$/), fc.integer({ min: 0, max: 6 }), (body, i) => {
        const check = [...Array(10).keys()].find((d) => verhoeffValid(body + d)) ?? 0;
        const n = body + check;
        if (n[i] === n[i + 1]) return true;
        const swapped = n.slice(0, i) + n[i + 1] + n[i] + n.slice(i + 2);
        return verhoeffValid(n) && !verhoeffValid(swapped);
      }),
    );
  });
});

describe('IBAN', () => {
  it('validates mod-97 with per-country length', () => {
    expect(ibanValid('GB82WEST12345698765432')).toBe(true);
    expect(ibanValid('gb82west12345698765432')).toBe(true);
    expect(ibanValid('DE89370400440532013000')).toBe(true);
    expect(ibanValid('GB82WEST12345698765433')).toBe(false);
    expect(ibanValid('GB82WEST1234569876543')).toBe(false);
    expect(ibanValid('XX82WEST12345698765432')).toBe(false);
  });
  it('never throws on arbitrary input (fuzz)', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof ibanValid(s) === 'boolean'));
  });
});

describe('network identifiers', () => {
  it('parses IPv4 strictly and IPv6 through Node', () => {
    expect(ipv4Valid('192.168.1.20')).toBe(true);
    expect(ipv4Valid('256.1.1.1')).toBe(false);
    expect(ipv4Valid('01.2.3.4')).toBe(false);
    expect(ipv6Valid('6e40:4041:c617:e898:c11:40d2:c669:2eb4')).toBe(true);
    expect(ipv6Valid('12:13:52')).toBe(false);
  });
  it('accepts MACs with one separator and rejects broadcast', () => {
    expect(macValid('00:1A:2B:3C:4D:5E')).toBe(true);
    expect(macValid('00:1A-2B:3C:4D:5E')).toBe(false);
    expect(macValid('ff:ff:ff:ff:ff:ff')).toBe(false);
  });
});

describe('crypto wallets', () => {
  it('checks Bitcoin base58check and bech32', () => {
    expect(base58CheckValid('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')).toBe(true);
    expect(base58CheckValid('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3')).toBe(false);
    expect(bech32Valid('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq')).toBe(true);
    expect(bech32Valid('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr')).toBe(false);
  });
  it('checks EIP-55 only when the case is mixed', () => {
    expect(eip55Status('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed')).toBe('valid');
    expect(eip55Status('0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed')).toBe('invalid');
    expect(eip55Status('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed')).toBe('unchecked');
  });
});
