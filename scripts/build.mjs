// Bundles the CLI for `npm start`: plain JavaScript, no TypeScript loader at run time (faster
// start, ~60 MB less memory). Dependencies stay external; lazily imported modules (large
// detectors) become chunks of their own, loaded only when a policy uses them. Output:
// dist/bin/bulwark.mjs, two folders deep like src/<room>/<file>.ts, so paths resolved from
// import.meta.url land on the same files.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outdir: 'dist/bin',
  outExtension: { '.js': '.mjs' },
  sourcemap: 'linked',
  logLevel: 'warning',
  banner: { js: '// Built by scripts/build.mjs from src/; do not edit.' },
};

await build({
  ...common,
  entryPoints: { bulwark: 'src/cli/main.ts' },
  splitting: true,
  chunkNames: '[name]-[hash]',
  footer: { js: 'if (import.meta.url === (await import("node:url")).pathToFileURL(process.argv[1]).href) process.exitCode = await main(process.argv);' },
});

// Worker threads (src/audit/workers.ts names them): entries of their own, without the CLI's footer.
await build({
  ...common,
  entryPoints: { 'audit-sqlite-writer': 'src/audit/sinks/sqlite-writer.worker.ts' },
});
