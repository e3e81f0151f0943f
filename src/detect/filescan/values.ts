// Scanning one field value: run the detectors, record what was found in the report, and return the
// redacted value when a redacted copy is being written. Values too long to scan in one piece go
// through the stream scanner, so a secret on a piece boundary is still caught.
import { createRedactor, type Redactor } from '../redact/redactor.ts';
import { resolveOverlaps, type EntityMatch, type TextDetector } from '../redact/overlaps.ts';
import { createStreamScanner } from '../redact/stream.ts';
import { MatchMemo } from './memo.ts';
import type { ReportBuilder } from './report.ts';

export interface ValueScannerOptions {
  readonly detectors: readonly TextDetector[];
  readonly report: ReportBuilder;
  /** Set when a redacted copy is written. */
  readonly redactor?: Redactor;
  /** Matches below this score are ignored; default 0 (the detectors' own thresholds apply). */
  readonly minScore?: number;
  /** Values longer than this are scanned piecewise; default 1 MiB characters. */
  readonly maxValue?: number;
}

export interface ValueScanner {
  /** Scan a value; returns the value to write (redacted if redacting). */
  scan(field: string, row: number, value: string): string;
  /**
   * A JSON key as it may appear in a field path: keys are data too ({"jane@x.org": …}), so a key
   * the detectors flag is shown as `*`. Results are cached for the usual repeated keys.
   */
  keyName(key: string): string;
  /** Whether a value holds anything the detectors find, without recording it. */
  hasFindings(value: string): boolean;
  /** A streaming scanner for one very long value that arrives in pieces (a huge text line). */
  pieces(field: string, row: number): { push(piece: string): string; end(): string };
}

const REPORT_ONLY = createRedactor({ defaultAction: 'allow' });

export function createValueScanner(options: ValueScannerOptions): ValueScanner {
  const { detectors, report } = options;
  const minScore = options.minScore ?? 0;
  const maxValue = options.maxValue ?? 1 << 20;
  const streamRedactor = options.redactor ?? REPORT_ONLY;
  const memo = new MatchMemo(detectNow);

  function detectNow(value: string): EntityMatch[] {
    const all: EntityMatch[] = [];
    for (const d of detectors) for (const m of d.detect(value)) if (m.score >= minScore) all.push(m);
    // Most values hold at most one match: nothing to resolve (resolveOverlaps would only drop an empty span).
    if (all.length === 1) return (all[0] as EntityMatch).end > (all[0] as EntityMatch).start ? all : [];
    return all.length > 1 ? resolveOverlaps(all) : all;
  }

  function pieces(field: string, row: number): { push(piece: string): string; end(): string } {
    const scanner = createStreamScanner({ detectors, redactor: streamRedactor });
    const record = (r: { redactions: readonly { entity: string; score: number }[]; text: string; blocked: boolean }) => {
      for (const x of r.redactions) if (x.score >= minScore) report.add(field, row, x.entity);
      return options.redactor === undefined ? '' : r.text;
    };
    return { push: (piece) => record(scanner.push(piece)), end: () => record(scanner.flush()) };
  }

  const keyCache = new Map<string, string>();
  const hasFindings = (value: string) => value.length > 0 && detectNow(value.slice(0, maxValue)).length > 0;

  return {
    keyName(key) {
      let name = keyCache.get(key);
      if (name === undefined) {
        name = hasFindings(key) ? '*' : key;
        if (keyCache.size >= 10_000) keyCache.clear();
        keyCache.set(key, name);
      }
      return name;
    },
    scan(field, row, value) {
      if (value.length === 0) return value;
      if (value.length > maxValue) {
        const p = pieces(field, row);
        let out = '';
        for (let i = 0; i < value.length; i += maxValue) out += p.push(value.slice(i, i + maxValue));
        out += p.end();
        return options.redactor === undefined ? value : out;
      }
      const matches = memo.matches(field, value);
      if (matches.length === 0) return value;
      for (const m of matches) report.add(field, row, m.entity);
      return options.redactor === undefined ? value : options.redactor.redact(value, matches).text;
    },
    hasFindings,
    pieces,
  };
}
