// How detector entities map onto the dataset's labels. Types the detector emits that the data does
// not label are reported on their own, never counted as false positives.
import type { PiiEntity } from '../../src/detect/pii/index.ts';

/** Detector entity → dataset label; entities absent here are "unlabelled in this data". */
export const LABEL_OF: Partial<Record<PiiEntity, string>> = {
  PERSON: 'PERSON',
  STREET_ADDRESS: 'STREET_ADDRESS',
  EMAIL_ADDRESS: 'EMAIL_ADDRESS',
  PHONE_NUMBER: 'PHONE_NUMBER',
  CREDIT_CARD: 'CREDIT_CARD',
  US_SSN: 'US_SSN',
  IBAN_CODE: 'IBAN_CODE',
  IP_ADDRESS: 'IP_ADDRESS',
  US_DRIVER_LICENSE: 'US_DRIVER_LICENSE',
  // Only birth dates are personal data; the data's DATE_TIME also labels any date or weekday.
  DATE_OF_BIRTH: 'DATE_TIME',
};

/** Labels the detector is meant to find: identifiers, names and addresses. */
export const TARGET_LABELS = new Set(['PERSON', 'STREET_ADDRESS', 'EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD', 'US_SSN', 'IBAN_CODE', 'IP_ADDRESS', 'US_DRIVER_LICENSE']);

/** Structured identifiers with a ≥ 0.98 recall target. */
export const STRUCTURED_LABELS = new Set(['EMAIL_ADDRESS', 'CREDIT_CARD', 'US_SSN', 'IBAN_CODE', 'PHONE_NUMBER', 'IP_ADDRESS']);

/** Dataset labels that describe context, not identifiers; reported apart, not targeted. */
export const CONTEXT_LABELS = new Set(['GPE', 'ORGANIZATION', 'NRP', 'TITLE', 'DATE_TIME', 'AGE', 'DOMAIN_NAME', 'ZIP_CODE']);

export const MAPPING_NOTE = [
  'Mapping: detector entity = dataset label for PERSON, STREET_ADDRESS, EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD,',
  'US_SSN, IBAN_CODE, IP_ADDRESS, US_DRIVER_LICENSE; DATE_OF_BIRTH -> DATE_TIME (context label, reported apart).',
  'Detector entities the data does not label (US_ITIN, MAC_ADDRESS, CRYPTO_WALLET, ...) are listed under "unlabelled",',
  'not counted as false positives. GPE, ORGANIZATION, NRP, TITLE, DATE_TIME, AGE, DOMAIN_NAME, ZIP_CODE are context',
  'labels the detector does not target: their recall is shown but they are outside the "targeted" overall.',
].join('\n');
