// Admin API for the live model monitors (read-only): a model's drift series, accuracy chunks and
// bands, and performance intervals, from the store the monitors write.
import type { FastifyInstance } from 'fastify';
import { BulwarkError } from '../../errors/catalogue.ts';
import type { ModelMonitoring } from '../../monitor/models/service.ts';

const MODEL = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const MAX_POINTS = 5_000;

function invalid(param: string): BulwarkError {
  return new BulwarkError('BULWARK_E_INVALID_REQUEST', `Invalid request: bad ${param}.`, { param });
}

/** `since` (ms since the epoch, default: 7 days ago) and `limit` (points per monitor, default 500). */
function parseQuery(q: Record<string, unknown>, now: number): { since: number; limit: number } {
  let since = now - 7 * 86_400_000;
  let limit = 500;
  for (const [k, v] of Object.entries(q)) {
    if (typeof v !== 'string' || !/^\d{1,16}$/.test(v)) throw invalid(k);
    if (k === 'since') since = Number(v);
    else if (k === 'limit' && Number(v) >= 1 && Number(v) <= MAX_POINTS) limit = Number(v);
    else throw invalid(k);
  }
  return { since, limit };
}

export function registerMonitoringRoutes(app: FastifyInstance, monitoring: ModelMonitoring): void {
  app.get(
    '/admin/v1/monitoring/models/:model',
    { config: { permission: 'metrics:read', summary: 'Drift series, accuracy chunks and bands, and performance of one model' } },
    async (req) => {
      const { model } = req.params as { model: string };
      if (!MODEL.test(model)) throw invalid('model');
      if (!monitoring.knowsModel(model)) throw new BulwarkError('BULWARK_E_RESOURCE_NOT_FOUND', 'No such model in the running policy.', { param: 'model' });
      const { since, limit } = parseQuery(req.query as Record<string, unknown>, monitoring.now());
      return monitoring.view(model, since, limit);
    },
  );
}
