// Bundles the CLI for `npm start`: plain JavaScript, no TypeScript loader at run time (faster
// start, ~60 MB less memory). Dependencies stay external; lazily imported modules (large
// detectors) become chunks of their own, loaded only when a policy uses them. Output:
// dist/bin/bulwark.mjs, two folders deep like src/<room>/<file>.ts, so paths resolved from
// import.meta.url land on the same files.
import { build } from 'esbuild';

await build({
  entryPoints: { bulwark: 'src/cli/main.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outdir: 'dist/bin',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: '[name]-[hash]',
  sourcemap: 'linked',
  logLevel: 'warning',
  banner: { js: '// Built by scripts/build.mjs from src/; do not edit.' },
  footer: { js: 'if (import.meta.url === (await import("node:url")).pathToFileURL(process.argv[1]).href) process.exitCode = await main(process.argv);' },
});
