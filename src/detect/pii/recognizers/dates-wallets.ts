// Dates of birth (a date is personal data only next to birth context) and cryptocurrency wallet
// addresses (checksum-validated where the format has one).
import { base58CheckValid, bech32Valid, eip55Status } from '../validate/wallets.ts';
import { DIGIT } from '../chars.ts';
import { forEachMatch, type Candidate, type Recognizer } from '../recognizer.ts';

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE_RE = new RegExp(
  [
    String.raw`\b\d{4}-\d{1,2}-\d{1,2}\b`,
    String.raw`\b\d{1,2}[\/.-]\d{1,2}[\/.-](?:\d{4}|\d{2})\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:${MONTHS})\.?,? \d{4}\b`,
    String.raw`\b(?:${MONTHS})\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b`,
  ].join('|'),
  'gi',
);

function plausibleDate(value: string): boolean {
  const nums = value.match(/\d+/g)?.map(Number) ?? [];
  const year = nums.find((n) => n > 31) ?? nums.at(-1);
  if (year === undefined) return false;
  const fullYear = year < 100 ? year + 1900 : year;
  return fullYear >= 1880 && fullYear <= new Date().getFullYear() && nums.every((n) => n > 0 || n === year);
}

export const dateOfBirthRecognizer: Recognizer = {
  id: 'pii.date_of_birth',
  maxScore: 0.15,
  // Every date holds a four-digit year or three numbers joined by single separators ("1/2/34").
  minDigits: { count: 4, maxGap: 1 },
  gate: /\d/,
  gateNeeds: [DIGIT],
  entities: ['DATE_OF_BIRTH'],
  context: ['born', 'birth', 'birthday', 'dob', 'd.o.b', 'b.', 'birthdate', 'date of birth', 'age'],
  antiContext: ['meeting', 'invoice', 'due', 'deadline', 'shipped', 'delivered', 'expires', 'expiry', 'released', 'updated', 'created', 'scheduled', 'appointment'],
  find(text: string, out: Candidate[]): void {
    forEachMatch(DATE_RE, text, (m) => {
      if (!plausibleDate(m[0])) return;
      out.push({ entity: 'DATE_OF_BIRTH', start: m.index, end: m.index + m[0].length, score: 0.15, rule: this.id });
    });
  },
};

const BTC_BASE58_RE = /(?<![\w])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![\w])/g;
const BTC_BECH32_RE = /(?<![\w])(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{11,71}(?![\w])/g;
const ETH_RE = /(?<![\w])0x[0-9a-fA-F]{40}(?![\w])/g;

export const cryptoWalletRecognizer: Recognizer = {
  id: 'pii.crypto_wallet',
  gate: /[13][1-9A-HJ-NP-Za-km-z]{25}|bc1|BC1|0x[0-9a-fA-F]{40}/,
  gateNeeds: [DIGIT],
  entities: ['CRYPTO_WALLET'],
  context: ['wallet', 'bitcoin', 'btc', 'eth', 'ethereum', 'send', 'address', 'crypto', 'pay'],
  find(text: string, out: Candidate[]): void {
    forEachMatch(BTC_BASE58_RE, text, (m) => {
      if (!base58CheckValid(m[0])) return;
      out.push({ entity: 'CRYPTO_WALLET', start: m.index, end: m.index + m[0].length, score: 1, validated: true, rule: 'pii.crypto_wallet.btc' });
    });
    forEachMatch(BTC_BECH32_RE, text, (m) => {
      if (!bech32Valid(m[0])) return;
      out.push({ entity: 'CRYPTO_WALLET', start: m.index, end: m.index + m[0].length, score: 1, validated: true, rule: 'pii.crypto_wallet.bech32' });
    });
    forEachMatch(ETH_RE, text, (m) => {
      const status = eip55Status(m[0]);
      if (status === 'invalid') return;
      // Single-case addresses have no checksum: likely, but a 160-bit hash looks the same.
      const validated = status === 'valid';
      out.push({ entity: 'CRYPTO_WALLET', start: m.index, end: m.index + m[0].length, score: validated ? 1 : 0.5, validated, rule: 'pii.crypto_wallet.eth' });
    });
  },
};
