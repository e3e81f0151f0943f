// Drives the real `bulwark` CLI as a child process: start `serve`, wait for what it prints.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));

export function spawnServe(configFile: string, dataDir: string): ChildProcess {
  return spawn(process.execPath, ['bin/bulwark.mjs', 'serve', '--config', configFile, '--port', '0', '--data-dir', dataDir], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Resolves with the first match of `pattern` in the child's combined output from now on. */
export function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.once('exit', (code, signal) => (seen += `[exited ${code} ${signal}]`));
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; got: ${seen.slice(-2000)}`)), timeoutMs);
    const on = (d: Buffer) => {
      seen += d.toString();
      const m = seen.match(pattern);
      if (m) {
        clearTimeout(timer);
        child.stdout!.off('data', on);
        child.stderr!.off('data', on);
        resolve(m);
      }
    };
    child.stdout!.on('data', on);
    child.stderr!.on('data', on);
  });
}
