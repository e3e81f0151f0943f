// A progress line for long scans: bytes done, percentage and throughput, redrawn at most ten
// times a second on a terminal's stderr and never written anywhere else.
import type { Writable } from 'node:stream';

export interface Progress {
  update(bytes: number): void;
  done(): void;
}

const NONE: Progress = { update() {}, done() {} };

export function createProgress(label: string, total: number, stream: Writable & { isTTY?: boolean; columns?: number }, now: () => number = performance.now.bind(performance)): Progress {
  if (stream.isTTY !== true) return NONE;
  const started = now();
  let last = 0;
  let bytes = 0;
  const draw = () => {
    const elapsed = (now() - started) / 1000;
    const share = total > 0 ? Math.min(1, bytes / total) : 0;
    const width = 24;
    const filled = Math.round(share * width);
    const rate = elapsed > 0 ? bytes / 1e6 / elapsed : 0;
    const name = label.length > 30 ? `…${label.slice(-29)}` : label;
    stream.write(
      `\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% ` +
        `${(bytes / 1e6).toFixed(1)}/${(total / 1e6).toFixed(1)} MB ${rate.toFixed(1)} MB/s ${name}`,
    );
  };
  return {
    update(n) {
      bytes = n;
      const t = now();
      if (t - last >= 100) {
        last = t;
        draw();
      }
    },
    done() {
      draw();
      stream.write('\r\x1b[2K');
    },
  };
}
