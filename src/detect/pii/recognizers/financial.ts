// Financial identifiers: payment cards (Luhn + issuer ranges), IBAN (mod-97), US ABA routing
// numbers and SWIFT/BIC codes. Checksums confirm; shape alone never reports a card or IBAN.
import { cardValid } from '../validate/cards.ts';
import { DIGIT, LOWER, UPPER } from '../chars.ts';
import { ibanValid } from '../validate/iban.ts';
import { abaRoutingValid } from '../validate/national.ts';
import { forEachMatch, type Candidate, type Recognizer } from '../recognizer.ts';

// 12–19 digits, optionally grouped by single spaces or dashes.
const CARD_RE = /(?<![\w.,-])\d(?:[ -]?\d){11,18}(?![\w-]|[.,]\d)/g;

export const creditCardRecognizer: Recognizer = {
  id: 'pii.credit_card',
  minDigits: { count: 12, maxGap: 1 },
  gate: /\d{4}/,
  entities: ['CREDIT_CARD'],
  context: ['card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'cc', 'payment', 'expiry', 'cvv'],
  find(text: string, out: Candidate[]): void {
    forEachMatch(CARD_RE, text, (m) => {
      const raw = m[0];
      const seps = raw.match(/[ -]/g);
      // Mixed separators ("4111-1111 1111") are not how cards are written.
      if (seps !== null && new Set(seps).size > 1) return;
      const digits = raw.replace(/[ -]/g, '');
      if (!cardValid(digits)) return;
      out.push({ entity: 'CREDIT_CARD', start: m.index, end: m.index + raw.length, score: 1, validated: true, rule: this.id });
    });
  },
};

// Country code, check digits, then 11–30 alphanumerics, optionally in space-separated groups of 4.
const IBAN_RE = /(?<![\w])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}/g;
const IBAN_LENGTH_RE = /^[A-Za-z]{2}/;

export const ibanRecognizer: Recognizer = {
  id: 'pii.iban',
  // The country code starts a word ("garcia12@" in an e-mail address holds no IBAN).
  gate: /\b[A-Za-z]{2}\d{2}/,
  gateNeeds: [DIGIT, UPPER | LOWER],
  entities: ['IBAN_CODE'],
  context: ['iban', 'bank', 'account', 'transfer', 'sepa'],
  find(text: string, out: Candidate[]): void {
    forEachMatch(IBAN_RE, text, (m) => {
      if (!IBAN_LENGTH_RE.test(m[0])) return;
      // The greedy match may run into following words; try the longest valid prefix.
      const raw = m[0];
      let compact = '';
      const ends: number[] = [];
      for (let i = 0; i < raw.length; i++) {
        if (raw[i] === ' ') continue;
        compact += raw[i];
        ends.push(i + 1);
      }
      for (let len = Math.min(compact.length, 34); len >= 15; len--) {
        const end = ends[len - 1] ?? 0;
        const next = text[m.index + end];
        if (next !== undefined && /[A-Za-z0-9]/.test(next)) continue;
        if (ibanValid(compact.slice(0, len))) {
          out.push({ entity: 'IBAN_CODE', start: m.index, end: m.index + end, score: 1, validated: true, rule: this.id });
          return;
        }
      }
    });
  },
};

const ABA_RE = /(?<![\w-])\d{9}(?![\w-])/g;

export const abaRoutingRecognizer: Recognizer = {
  id: 'pii.aba_routing',
  minDigits: { count: 9, maxGap: 1 },
  maxScore: 0.3,
  gate: /\d{9}/,
  entities: ['US_BANK_ROUTING'],
  context: ['routing', 'aba', 'rtn', 'transit number', 'bank'],
  find(text: string, out: Candidate[]): void {
    forEachMatch(ABA_RE, text, (m) => {
      if (!abaRoutingValid(m[0])) return;
      // A checksum-valid 9-digit number is common by chance (1 in 10); context must carry it.
      out.push({ entity: 'US_BANK_ROUTING', start: m.index, end: m.index + 9, score: 0.3, validated: true, rule: this.id });
    });
  },
};

const SWIFT_RE = /(?<![\w])[A-Z]{4}(?:AD|AE|AT|AU|BE|BR|CA|CH|CN|CY|CZ|DE|DK|EE|ES|FI|FR|GB|GR|HK|HU|IE|IL|IN|IT|JP|LT|LU|LV|MT|MX|NL|NO|NZ|PL|PT|RO|RU|SE|SG|SI|SK|TR|US|ZA)[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![\w])/g;

export const swiftRecognizer: Recognizer = {
  id: 'pii.swift',
  maxScore: 0.2,
  gate: /[A-Z]{6}/,
  gateNeeds: [UPPER],
  entities: ['SWIFT_CODE'],
  context: ['swift', 'bic', 'bank code'],
  find(text: string, out: Candidate[]): void {
    forEachMatch(SWIFT_RE, text, (m) => {
      out.push({ entity: 'SWIFT_CODE', start: m.index, end: m.index + m[0].length, score: 0.2, rule: this.id });
    });
  },
};
