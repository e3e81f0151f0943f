// `npm run docs:openapi`: writes docs/openapi.json from the routes a gateway with the default
// policy registers (a test checks that the committed file and the served document agree).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { REPO_ROOT } from '../../datasets/index.ts';
import { startGateway } from '../../gateway/gateway.ts';
import { buildOpenApi } from './openapi.ts';
import { registeredRoutes } from './route-table.ts';

const dir = mkdtempSync(join(tmpdir(), 'bulwark-openapi-'));
try {
  const gw = await startGateway({ dataDir: dir, port: 0, logger: pino({ level: 'silent' }) });
  const doc = buildOpenApi(registeredRoutes(gw.app));
  await gw.close(1_000);
  writeFileSync(join(REPO_ROOT, 'docs/openapi.json'), `${JSON.stringify(doc, null, 2)}\n`);
  process.stdout.write(`wrote docs/openapi.json (${Object.keys(doc.paths as object).length} paths)\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
