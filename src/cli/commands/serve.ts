// `bulwark serve`: runs the gateway in the foreground. SIGHUP reloads the policy; SIGTERM and
// SIGINT drain in-flight requests up to the grace period, then exit.
import type { Command } from 'commander';
import { PolicyError } from '../../config/load.ts';
import { startGateway } from '../../gateway/gateway.ts';
import { EXIT, EXIT_CODES_HELP } from '../exit-codes.ts';

interface ServeOptions {
  config?: string;
  host?: string;
  port?: string;
  dataDir?: string;
}

export function registerServeCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description('Start the gateway (the embedded default policy and demo models when no --config is given)')
    .option('-c, --config <file>', 'policy file (YAML)', process.env.BULWARK_CONFIG)
    .option('--host <host>', 'listen address (overrides server.host)')
    .option('-p, --port <port>', 'listen port (overrides server.port)')
    .option('--data-dir <dir>', 'data directory for the embedded store and secrets (overrides server.data_dir)')
    .addHelpText('after', `\nEnvironment:\n  BULWARK_CONFIG         policy file, as --config\n  BULWARK_DATABASE_URL   postgres://… to use PostgreSQL instead of the embedded SQLite store\n  BULWARK_SERVER_SECRET  server secret (hex or base64, >= 32 bytes) instead of <data-dir>/server.secret\n${EXIT_CODES_HELP}`)
    .action(async (o: ServeOptions) => {
      const port = o.port === undefined ? undefined : Number(o.port);
      if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65_535)) {
        process.stderr.write(`bulwark serve: --port must be an integer from 0 to 65535\n`);
        return setExit(EXIT.INVALID);
      }
      let gw;
      try {
        gw = await startGateway({
          ...(o.config ? { configPath: o.config } : {}),
          ...(o.host ? { host: o.host } : {}),
          ...(port !== undefined ? { port } : {}),
          ...(o.dataDir ? { dataDir: o.dataDir } : {}),
        });
      } catch (e) {
        process.stderr.write(`bulwark serve: ${(e as Error).message}\n`);
        return setExit(e instanceof PolicyError ? EXIT.INVALID : EXIT.FAILURE);
      }
      // Handlers first: a signal sent as soon as the banner appears must find them.
      process.on('SIGHUP', () => void gw.reload());
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        gw.logger.info({ signal }, 'shutting down: draining in-flight requests');
        gw.close()
          .then(() => process.exit(EXIT.OK))
          .catch(() => process.exit(EXIT.FAILURE));
      };
      process.on('SIGTERM', () => stop('SIGTERM'));
      process.on('SIGINT', () => stop('SIGINT'));
      const rt = gw.runtime();
      const lines = [
        '',
        `Bulwark is listening on ${gw.url}`,
        `  policy:   ${rt.loaded.source} (version ${rt.version})`,
        `  store:    ${gw.store.dialect} at ${gw.store.location}`,
        `  models:   ${[...rt.models.values()].map((m) => `${m.name} (${m.kind})`).join(', ')}`,
        `  metrics:  ${gw.url}/metrics    health: ${gw.url}/healthz, ${gw.url}/readyz`,
      ];
      if (gw.bootstrapAdminKey) {
        lines.push(
          '',
          '  First start: an admin API key was created. It is shown this once and stored only as a hash:',
          '',
          `      ${gw.bootstrapAdminKey}`,
          '',
          '  Keep it somewhere safe, e.g.  export BULWARK_API_KEY=<the key above>',
        );
      }
      process.stderr.write(`${lines.join('\n')}\n\n`);
      await new Promise<never>(() => {});
    });
}
