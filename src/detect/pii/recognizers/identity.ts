// Government identifiers: US SSN and ITIN (issuance rules), UK National Insurance numbers,
// Spanish DNI/NIE and Indian Aadhaar (check characters), passports and US driver licences. Formats without a checksum need context words to report.
import { aadhaarValid, itinValid, ninoValid, spanishIdValid, ssnValid } from '../validate/national.ts';
import { forEachMatch, type Candidate, type Recognizer } from '../recognizer.ts';

// 3-2-4 digits with one consistent separator (or none).
const SSN_RE = /(?<![\w.\/-])(\d{3})([- .]?)(\d{2})\2(\d{4})(?![\w]|[.\/-]\d)/g;

export const ssnRecognizer: Recognizer = {
  id: 'pii.us_ssn',
  minDigits: { count: 9, maxGap: 1 },
  gate: /\d{3}/,
  entities: ['US_SSN', 'US_ITIN'],
  context: ['ssn', 'social security', 'social', 'security number', 'ss#', 'ssn#', 'itin', 'taxpayer', 'tax id', 'tin'],
  find(text: string, out: Candidate[]): void {
    forEachMatch(SSN_RE, text, (m) => {
      const digits = `${m[1]}${m[3]}${m[4]}`;
      const separated = (m[2] ?? '') !== '';
      const start = m.index;
      const end = start + m[0].length;
      if (itinValid(digits)) {
        out.push({ entity: 'US_ITIN', start, end, score: separated ? 0.6 : 0.3, validated: true, rule: 'pii.us_itin' });
        return;
      }
      if (!ssnValid(digits)) return;
      // Dashed 3-2-4 is the SSN's own shape; a bare 9-digit run needs context.
      const score = m[2] === '-' ? 0.85 : separated ? 0.6 : 0.3;
      out.push({ entity: 'US_SSN', start, end, score, validated: true, rule: this.id });
    });
  },
};

const NINO_RE = /(?<![\w])[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d](?![\w])/g;

export const ukNinoRecognizer: Recognizer = {
  id: 'pii.uk_nino',
  minDigits: { count: 6, maxGap: 1 },
  gate: /\d{2} ?\d{2} ?\d{2}/,
  entities: ['UK_NINO'],
  context: ['national insurance', 'nino', 'ni number', 'insurance number'],
  find(text: string, out: Candidate[]): void {
    forEachMatch(NINO_RE, text, (m) => {
      if (!ninoValid(m[0])) return;
      out.push({ entity: 'UK_NINO', start: m.index, end: m.index + m[0].length, score: 0.6, validated: true, rule: this.id });
    });
  },
};

// US passports: 9 digits, or (next generation) one letter and 8 digits. Others: 6–9 alphanumerics
// with at least two digits. Neither has a public checksum, so both need the word "passport".
const US_PASSPORT_RE = /(?<![\w-])(?:[A-Z]\d{8}|\d{9})(?![\w-])/g;
const PASSPORT_RE = /(?<![\w-])(?=[A-Z0-9]*\d[A-Z0-9]*\d)[A-Z]{0,2}[A-Z0-9]{5,8}(?![\w-])/g;

export const passportRecognizer: Recognizer = {
  id: 'pii.passport',
  maxScore: 0.2,
  // Both forms hold digits: texts without one skip the context test this recogniser needs.
  minDigits: { count: 1, maxGap: 1 },
  gate: /passport|travel doc/i,
  entities: ['US_PASSPORT', 'PASSPORT'],
  context: ['passport', 'passport number', 'passport no', 'travel document'],
  find(text: string, out: Candidate[]): void {
    forEachMatch(US_PASSPORT_RE, text, (m) => {
      out.push({ entity: 'US_PASSPORT', start: m.index, end: m.index + m[0].length, score: 0.2, rule: 'pii.us_passport' });
    });
    forEachMatch(PASSPORT_RE, text, (m) => {
      out.push({ entity: 'PASSPORT', start: m.index, end: m.index + m[0].length, score: 0.15, rule: this.id });
    });
  },
};

// US state licence formats vary from 1 letter + 4–14 digits to 7–13 digits (AAMVA); the common
// shapes are covered, as printed too (Florida W123-456-78-901-0, New York 123 456 789, New Jersey
// K1234 56789 01234), and context ("driver", "licence") is required to report.
const US_DL_RE = /(?<![\w-])(?:[A-Za-z]\d{4} \d{5} \d{5}|[A-Za-z]{1,3}\d{3,14}|\d{2}[A-Za-z]{3}\d{5}|\d{7,13}|[A-Za-z]\d{2,3}(?:-\d{1,4}){2,4}|[A-Za-z]?\d{3}-\d{3}-\d{3,4}|\d{3} \d{3} \d{3}|[A-Za-z]{2,7}\*{0,3}[A-Za-z0-9*]{3,5})(?![\w-])(?<=\d[\w*]*)/g;

export const usDriverLicenseRecognizer: Recognizer = {
  id: 'pii.us_driver_license',
  maxScore: 0.25,
  // Every form ends after a digit (the final lookbehind): as for passports.
  minDigits: { count: 1, maxGap: 1 },
  gate: /licen[cs]e|driv|\bDLN?\b|permit|\blic\b/i,
  entities: ['US_DRIVER_LICENSE'],
  context: ['driver', "driver's", 'drivers', 'license', 'licence', 'dl', 'dln', 'driving', 'permit', 'lic'],
  find(text: string, out: Candidate[]): void {
    forEachMatch(US_DL_RE, text, (m) => {
      out.push({ entity: 'US_DRIVER_LICENSE', start: m.index, end: m.index + m[0].length, score: 0.25, rule: this.id });
    });
  },
};

// Medical record numbers are institution-specific: an optional short prefix and 5–10 digits,
// reported only next to words that name them.
const MRN_RE = /(?<![\w-])(?:[A-Z]{1,3}-?)?\d{5,10}(?![\w-])/g;

export const medicalRecordRecognizer: Recognizer = {
  id: 'pii.medical_record_number',
  minDigits: { count: 5, maxGap: 1 },
  maxScore: 0.2,
  gate: /mrn|medical|patient|chart|health record|\be[hm]r\b/i,
  entities: ['MEDICAL_RECORD_NUMBER'],
  context: ['mrn', 'medical record', 'record number', 'patient id', 'patient number', 'chart', 'health record', 'ehr', 'emr'],
  find(text: string, out: Candidate[]): void {
    forEachMatch(MRN_RE, text, (m) => {
      out.push({ entity: 'MEDICAL_RECORD_NUMBER', start: m.index, end: m.index + m[0].length, score: 0.2, rule: this.id });
    });
  },
};

const SPANISH_ID_RE = /(?<![\w-])[XYZxyz]?\d{7,8}-?[A-Za-z](?![\w-])/g;
const AADHAAR_RE = /(?<![\w-])[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}(?![\w-])/g;

export const nationalIdRecognizer: Recognizer = {
  id: 'pii.national_id',
  minDigits: { count: 7, maxGap: 1 },
  entities: ['NATIONAL_ID'],
  gate: /\d{4}/,
  context: ['dni', 'nie', 'nif', 'documento', 'identidad', 'national id', 'id number', 'identity', 'aadhaar', 'aadhar', 'uid', 'uidai'],
  find(text: string, out: Candidate[]): void {
    forEachMatch(SPANISH_ID_RE, text, (m) => {
      // The check letter leaves a 1 in 23 chance for a random string: likely, not certain.
      if (spanishIdValid(m[0])) out.push({ entity: 'NATIONAL_ID', start: m.index, end: m.index + m[0].length, score: 0.6, validated: true, rule: 'pii.national_id.es' });
    });
    forEachMatch(AADHAAR_RE, text, (m) => {
      // One random 12-digit number in ten passes Verhoeff: context must carry it.
      if (aadhaarValid(m[0])) out.push({ entity: 'NATIONAL_ID', start: m.index, end: m.index + m[0].length, score: 0.3, validated: true, rule: 'pii.national_id.in' });
    });
  },
};
