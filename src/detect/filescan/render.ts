// The human-readable scan report: per file, its risk and per field the entity types with counts
// and sample row numbers. Values never appear: the report is safe to paste into a CI log.
import type { FileReport } from './report.ts';

const UNIT: Record<FileReport['rowUnit'], string> = { record: 'records', line: 'lines', element: 'elements' };

export function renderReport(r: FileReport): string {
  const lines: string[] = [];
  lines.push(
    `${r.file} (${r.format}, ${r.rows.toLocaleString('en-US')} ${UNIT[r.rowUnit]}, ${(r.bytes / 1e6).toFixed(1)} MB, ` +
      `${(r.durationMs / 1000).toFixed(1)} s, ${r.throughputMBps.toFixed(1)} MB/s)`,
  );
  const share = (r.risk.rowsWithFindingsShare * 100).toFixed(2);
  lines.push(`  risk: ${r.risk.level.toUpperCase()} (score ${r.risk.score}/100), ${r.findings} findings, ${share}% of ${UNIT[r.rowUnit]} affected`);
  if (r.parseErrors > 0) lines.push(`  ${r.parseErrors} ${UNIT[r.rowUnit]} could not be parsed and were scanned as text`);
  for (const f of r.fields) {
    const parts = Object.entries(f.entities).map(([entity, e]) => `${entity} ${e.count} (${r.rowUnit}s ${e.sampleRows.join(', ')}${e.count > e.sampleRows.length ? ', …' : ''})`);
    lines.push(`  ${f.field}: ${parts.join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}
