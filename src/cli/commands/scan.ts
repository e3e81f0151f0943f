// `bulwark scan FILE…`: scan training or export files for personal data and secrets, report per
// column or field, optionally write redacted copies, and gate CI through the exit code.
import { mkdir, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { Command, InvalidArgumentError, Option } from 'commander';
import { createPiiDetector } from '../../detect/pii/index.ts';
import { createSecretDetector } from '../../detect/secrets/index.ts';
import { createRedactor } from '../../detect/redact/redactor.ts';
import type { EntityMatch, TextDetector } from '../../detect/redact/overlaps.ts';
import { createProgress, FILE_FORMATS, RISK_LEVELS, scanFile, type FileFormat, type FileReport, type RiskLevel } from '../../detect/filescan/index.ts';
import { renderReport } from '../../detect/filescan/render.ts';
import { createMemorizationGuard, type MemorizationGuard } from '../../detect/leak/index.ts';
import { writeHashFile } from '../../detect/leak/memorized-file.ts';
import { MEMORIZED_KEY_PURPOSE } from '../../guards/scan/memorized.ts';
import { deriveKey, loadServerSecret } from '../../identity/server-secret.ts';

export const EXIT_OK = 0;
/** Bad usage: unknown option, invalid option value (commander's own code for usage errors). */
export const EXIT_USAGE = 1;
/** A file could not be read or parsed at all. */
export const EXIT_INPUT = 2;
/** Findings exceed --fail-on or risk reaches --fail-on-risk: the CI gate. */
export const EXIT_FINDINGS = 3;

export interface ScanCommandOptions {
  readonly format?: FileFormat;
  readonly redact?: string;
  readonly redactAction?: 'mask' | 'hash';
  readonly json?: boolean;
  readonly failOn?: number;
  readonly failOnRisk?: RiskLevel;
  readonly entities?: readonly string[];
  readonly minScore?: number;
  readonly samples?: number;
  readonly progress?: boolean;
  /** Register every identifier found and write their keyed hashes here (for `scan.memorized`). */
  readonly exportHashes?: string;
  /** The gateway's data directory: its server secret keys the exported hashes. */
  readonly dataDir?: string;
}

/** Identifiers worth guarding against regurgitation by default (names and addresses recur legitimately). */
export const MEMORIZED_DEFAULT_ENTITIES = [
  'EMAIL_ADDRESS', 'PHONE_NUMBER', 'CREDIT_CARD', 'US_SSN', 'US_ITIN', 'IBAN_CODE', 'US_PASSPORT', 'PASSPORT',
  'US_DRIVER_LICENSE', 'UK_NINO', 'NATIONAL_ID', 'MEDICAL_RECORD_NUMBER', 'CRYPTO_WALLET',
];
/** Bounds the memory of an export: one short string per distinct value. */
const MAX_EXPORTED_HASHES = 20_000_000;

/** Wraps detectors so every value they find (of the chosen entities) is registered. */
function registering(detectors: readonly TextDetector[], memo: MemorizationGuard, entities: ReadonlySet<string>, minScore: number): TextDetector[] {
  return detectors.map((d) => ({
    ...(d.holdBack !== undefined ? { holdBack: d.holdBack } : {}),
    detect(text: string): EntityMatch[] {
      const found = d.detect(text);
      for (const m of found) {
        if (m.score < minScore || !entities.has(m.entity)) continue;
        if (memo.size >= MAX_EXPORTED_HASHES) throw new RangeError(`more than ${MAX_EXPORTED_HASHES} distinct values to export`);
        try {
          memo.register(text.slice(m.start, m.end));
        } catch (e) {
          if (e instanceof RangeError && /too short/.test(e.message)) continue;
          throw e;
        }
      }
      return found;
    },
  }));
}

export interface ScanIo {
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
}

const HELP_EXIT_CODES = `
Exit codes:
  0  scanned; findings within --fail-on / --fail-on-risk (or no threshold given)
  1  usage error (unknown option, invalid option value)
  2  a file could not be read or parsed
  3  findings exceed --fail-on N, or a file's risk reaches --fail-on-risk LEVEL

Reports name entity types, counts and sample row numbers, never values. --redact-action hash
needs BULWARK_SCAN_HASH_KEY (at least 32 hex characters) so labels are stable across runs.`;

function detectorsFor(entities: readonly string[] | undefined): TextDetector[] {
  const base: TextDetector[] = [createPiiDetector(), createSecretDetector()];
  if (entities === undefined) return base;
  const wanted = new Set(entities);
  return base.map((d) => ({ holdBack: d.holdBack, detect: (text: string): EntityMatch[] => d.detect(text).filter((m) => wanted.has(m.entity)) }));
}

function hashKey(env: ScanIo['env']): Uint8Array | undefined {
  const raw = env.BULWARK_SCAN_HASH_KEY;
  if (raw === undefined || !/^(?:[0-9a-fA-F]{2}){16,}$/.test(raw)) return undefined;
  return Buffer.from(raw, 'hex');
}

/** Where the redacted copy of `file` goes: OUT itself for one input, OUT/<name> for several. */
async function redactTarget(out: string, file: string, many: boolean): Promise<string> {
  if (!many) return resolve(out);
  await mkdir(out, { recursive: true });
  return join(resolve(out), basename(file));
}

async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return false;
  }
}

/** Runs the scan and returns the exit code; the command wrapper only parses arguments. */
export async function runScan(files: readonly string[], options: ScanCommandOptions, io: ScanIo): Promise<number> {
  const key = options.redactAction === 'hash' ? hashKey(io.env) : undefined;
  if (options.redactAction === 'hash' && key === undefined) {
    io.stderr.write('bulwark scan: --redact-action hash needs BULWARK_SCAN_HASH_KEY (at least 32 hex characters)\n');
    return EXIT_USAGE;
  }
  const redactor = createRedactor(key === undefined ? {} : { defaultAction: 'hash', hashKey: key });
  let detectors = detectorsFor(options.entities);
  let memo: { guard: MemorizationGuard; key: Buffer } | undefined;
  if (options.exportHashes !== undefined) {
    const key = deriveKey(loadServerSecret(resolve(options.dataDir ?? './data')), MEMORIZED_KEY_PURPOSE);
    memo = { guard: createMemorizationGuard({ key }), key };
    detectors = registering(detectors, memo.guard, new Set(options.entities ?? MEMORIZED_DEFAULT_ENTITIES), options.minScore ?? 0);
  }
  const reports: FileReport[] = [];
  let failed = false;
  const targets = new Map<string, string>();
  for (const file of files) {
    const target = options.redact === undefined ? undefined : await redactTarget(options.redact, file, files.length > 1);
    if (target === undefined) continue;
    if ((await sameFile(file, target)) || files.some((f) => resolve(f) === target)) {
      io.stderr.write(`bulwark scan: refusing to overwrite the input ${file} with its redacted copy\n`);
      return EXIT_USAGE;
    }
    if (targets.has(target)) {
      io.stderr.write(`bulwark scan: ${file} and ${targets.get(target)} would share the redacted copy ${target}\n`);
      return EXIT_USAGE;
    }
    targets.set(target, file);
  }
  for (const file of files) {
    const target = targets.size === 0 ? undefined : [...targets].find(([, f]) => f === file)?.[0];
    let size = 0;
    try {
      size = (await stat(file)).size;
    } catch {
      // scanFile reports the error below.
    }
    const progress = options.progress === false ? createProgress('', 0, { isTTY: false } as ScanIo['stderr']) : createProgress(file, size, io.stderr);
    try {
      reports.push(
        await scanFile(file, {
          detectors,
          redactor,
          ...(options.format === undefined ? {} : { format: options.format }),
          ...(target === undefined ? {} : { redactTo: target }),
          ...(options.minScore === undefined ? {} : { minScore: options.minScore }),
          ...(options.samples === undefined ? {} : { samples: options.samples }),
          onProgress: (n) => progress.update(n),
        }),
      );
    } catch (err) {
      failed = true;
      io.stderr.write(`bulwark scan: ${file}: ${describeError(err)}\n`);
    } finally {
      progress.done();
    }
  }
  const findings = reports.reduce((n, r) => n + r.findings, 0);
  const overCount = options.failOn !== undefined && findings > options.failOn;
  const overRisk =
    options.failOnRisk !== undefined &&
    reports.some((r) => RISK_LEVELS.indexOf(r.risk.level) >= RISK_LEVELS.indexOf(options.failOnRisk as RiskLevel));
  if (memo && !failed) {
    writeHashFile(resolve(options.exportHashes!), memo.key, memo.guard.exportHashes());
    io.stderr.write(`bulwark scan: ${memo.guard.size} value hashes written to ${options.exportHashes} (use with the scan.memorized guard)\n`);
  }
  const code = failed ? EXIT_INPUT : overCount || overRisk ? EXIT_FINDINGS : EXIT_OK;
  if (options.json === true) {
    io.stdout.write(`${JSON.stringify({ files: reports, findings, exitCode: code }, null, 2)}\n`);
  } else {
    for (const r of reports) io.stdout.write(renderReport(r));
    if (overCount) io.stdout.write(`FAIL: ${findings} findings exceed --fail-on ${options.failOn}\n`);
    if (overRisk) io.stdout.write(`FAIL: risk reached --fail-on-risk ${options.failOnRisk}\n`);
  }
  return code;
}

/**
 * An error line that cannot carry file content: parser messages may quote the offending cell
 * (csv-parse does), so only their code and line number are shown.
 */
export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return 'scan failed';
  const e = err as Error & { code?: unknown; syscall?: unknown; lines?: unknown };
  if (typeof e.syscall === 'string') return `${e.syscall} failed (${String(e.code)})`;
  if (typeof e.code === 'string' && e.code.startsWith('CSV_')) {
    return `CSV could not be parsed (${e.code}${typeof e.lines === 'number' ? ` near line ${e.lines}` : ''})`;
  }
  return `could not be parsed (${e.name})`;
}

function nonNegativeInt(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

function score(value: string): number {
  const n = Number(value);
  if (!/^(?:0|1|0?\.\d+|1\.0*)$/.test(value) || !(n >= 0 && n <= 1)) throw new InvalidArgumentError('expected a number in [0, 1]');
  return n;
}

export function registerScanCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('scan')
    .description('scan CSV, TSV, JSONL, JSON or text files for personal data and secrets')
    .argument('<files...>', 'files to scan')
    .addOption(new Option('--format <format>', 'file format (default: from the extension)').choices(FILE_FORMATS))
    .option('--redact <out>', 'write a redacted copy (a file for one input, a directory for several)')
    .addOption(new Option('--redact-action <action>', 'how values are redacted in the copy').choices(['mask', 'hash']).default('mask'))
    .option('--json', 'print the report as JSON on stdout')
    .option('--fail-on <n>', 'exit 3 when the total number of findings exceeds n (0: any finding)', nonNegativeInt)
    .addOption(new Option('--fail-on-risk <level>', 'exit 3 when a file reaches this risk level').choices(RISK_LEVELS.filter((l) => l !== 'none')))
    .option('--entities <list>', 'only these entity types, comma-separated', (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .option('--min-score <x>', 'ignore matches scoring below x', score)
    .option('--samples <n>', 'sample row numbers per field and entity (default 5)', nonNegativeInt)
    .option('--no-progress', 'no progress bar on stderr')
    .option('--export-hashes <file>', 'write keyed hashes of the identifiers found, for the scan.memorized guard')
    .option('--data-dir <dir>', "with --export-hashes: the gateway's data directory, whose secret keys the hashes (default ./data)")
    .addHelpText('after', HELP_EXIT_CODES)
    .action(async (files: string[], opts: ScanCommandOptions) => {
      setExit(await runScan(files, opts, { stdout: process.stdout, stderr: process.stderr, env: process.env }));
    });
}
