// The scan report: per column or field, which entity types were found, how often, and sample row
// numbers (never values), plus a risk summary that a CI gate can act on.

export const RISK_LEVELS = ['none', 'low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export interface EntityCount {
  readonly count: number;
  /** The first few row numbers where it was found (1-based; see FileReport.rowUnit). */
  readonly sampleRows: readonly number[];
}

export interface FieldReport {
  /** Column name (CSV), JSON path such as `user.emails[]` (JSON, JSONL), or `text`. */
  readonly field: string;
  readonly rowsWithFindings: number;
  readonly entities: Readonly<Record<string, EntityCount>>;
}

export interface RiskSummary {
  readonly level: RiskLevel;
  /** 0-100: weighted findings, saturating. */
  readonly score: number;
  /** Share of rows with at least one finding. */
  readonly rowsWithFindingsShare: number;
  /** Human-readable reasons, naming entity types and fields, never values. */
  readonly reasons: readonly string[];
}

export interface FileReport {
  readonly file: string;
  readonly format: string;
  /** What a row number counts: data records (CSV, after the header), lines, or array elements. */
  readonly rowUnit: 'record' | 'line' | 'element';
  readonly bytes: number;
  readonly rows: number;
  readonly findings: number;
  readonly parseErrors: number;
  readonly durationMs: number;
  readonly throughputMBps: number;
  readonly totals: Readonly<Record<string, number>>;
  readonly fields: readonly FieldReport[];
  readonly risk: RiskSummary;
}

/** Risk of one entity type. Credentials are critical: one leaked key is enough to act on. */
export function entityRisk(entity: string): RiskLevel {
  if (CRITICAL.has(entity) || /(?:_KEY|_TOKEN|_SECRET|PASSWORD|JWT|WEBHOOK)$/.test(entity)) return 'critical';
  if (HIGH.has(entity)) return 'high';
  if (LOW.has(entity)) return 'low';
  return 'medium';
}

const CRITICAL = new Set(['PRIVATE_KEY', 'GENERIC_SECRET', 'URL_CREDENTIALS', 'CANARY', 'PROTECTED_STRING']);
const HIGH = new Set([
  'US_SSN', 'US_ITIN', 'CREDIT_CARD', 'IBAN_CODE', 'US_BANK_ROUTING', 'US_PASSPORT', 'PASSPORT',
  'US_DRIVER_LICENSE', 'UK_NINO', 'NATIONAL_ID', 'MEDICAL_RECORD_NUMBER', 'CRYPTO_WALLET', 'MEMORIZED_VALUE',
]);
const LOW = new Set(['IP_ADDRESS', 'MAC_ADDRESS', 'DOMAIN_NAME', 'URL', 'SWIFT_CODE', 'DATE_TIME', 'GPE', 'NRP', 'ORGANIZATION']);
const WEIGHT: Readonly<Record<RiskLevel, number>> = { none: 0, low: 1, medium: 3, high: 10, critical: 40 };

export class ReportBuilder {
  readonly #samples: number;
  readonly #fields = new Map<string, { rows: number; lastRow: number; entities: Map<string, { count: number; sampleRows: number[] }> }>();
  #rowsWithFindingsCount = 0;
  #lastRowWithFinding = -1;
  rows = 0;
  parseErrors = 0;

  constructor(samples = 5) {
    this.#samples = samples;
  }

  add(field: string, row: number, entity: string): void {
    let f = this.#fields.get(field);
    if (f === undefined) {
      f = { rows: 0, lastRow: -1, entities: new Map() };
      this.#fields.set(field, f);
    }
    if (f.lastRow !== row) {
      f.rows++;
      f.lastRow = row;
    }
    let e = f.entities.get(entity);
    if (e === undefined) {
      e = { count: 0, sampleRows: [] };
      f.entities.set(entity, e);
    }
    e.count++;
    if (e.sampleRows.length < this.#samples && e.sampleRows[e.sampleRows.length - 1] !== row) e.sampleRows.push(row);
    // Rows arrive in order, so counting distinct rows needs only the last one seen.
    if (this.#lastRowWithFinding !== row) {
      this.#rowsWithFindingsCount++;
      this.#lastRowWithFinding = row;
    }
  }

  build(meta: Pick<FileReport, 'file' | 'format' | 'rowUnit' | 'bytes' | 'durationMs'>): FileReport {
    const totals: Record<string, number> = {};
    const fields: FieldReport[] = [];
    for (const [field, f] of [...this.#fields].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const entities: Record<string, EntityCount> = {};
      for (const [entity, e] of [...f.entities].sort(([a], [b]) => (a < b ? -1 : 1))) {
        entities[entity] = { count: e.count, sampleRows: [...e.sampleRows] };
        totals[entity] = (totals[entity] ?? 0) + e.count;
      }
      fields.push({ field, rowsWithFindings: f.rows, entities });
    }
    const findings = Object.values(totals).reduce((a, b) => a + b, 0);
    const seconds = meta.durationMs / 1000;
    return {
      ...meta,
      rows: this.rows,
      findings,
      parseErrors: this.parseErrors,
      throughputMBps: seconds > 0 ? Math.round((meta.bytes / 1e6 / seconds) * 100) / 100 : 0,
      totals,
      fields,
      risk: this.#risk(totals, fields),
    };
  }

  #risk(totals: Record<string, number>, fields: readonly FieldReport[]): RiskSummary {
    let level: RiskLevel = 'none';
    let weighted = 0;
    for (const [entity, count] of Object.entries(totals)) {
      const r = entityRisk(entity);
      if (RISK_LEVELS.indexOf(r) > RISK_LEVELS.indexOf(level)) level = r;
      weighted += WEIGHT[r] * Math.log2(1 + count);
    }
    const reasons: string[] = [];
    for (const f of fields) {
      for (const [entity, e] of Object.entries(f.entities)) {
        const r = entityRisk(entity);
        if (r === 'critical' || r === 'high') reasons.push(`${e.count} ${entity} (${r}) in ${f.field}`);
      }
    }
    return {
      level,
      score: Math.round(100 * (1 - Math.exp(-weighted / 50))),
      rowsWithFindingsShare: this.rows > 0 ? Math.round((this.#rowsWithFindingsCount / this.rows) * 10_000) / 10_000 : 0,
      reasons: reasons.slice(0, 20),
    };
  }
}
