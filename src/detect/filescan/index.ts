// Scanning data files (CSV, TSV, JSONL, JSON, text) for personal data and secrets with constant
// memory: per-field reports with sample row numbers, risk summary, optional redacted copy.
export { scanFile, formatFromPath, FILE_FORMATS, type FileFormat, type ScanFileOptions } from './scan-file.ts';
export { entityRisk, RISK_LEVELS, type EntityCount, type FieldReport, type FileReport, type RiskLevel, type RiskSummary } from './report.ts';
export { createProgress, type Progress } from './progress.ts';
