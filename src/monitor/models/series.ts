// The monitors' state in the store: per-replica live profile buckets (written when a bucket
// closes, read back and merged over every replica for a drift run) and the time series points.
import type { Store } from '../../store/store.ts';
import { DatasetProfile } from '../profile/dataset.ts';

export type Side = 'input' | 'output';
export type MonitorName = 'input_drift' | 'prediction_drift' | 'accuracy' | 'performance';

export interface SeriesPoint {
  readonly model: string;
  readonly monitor: MonitorName;
  readonly metric: string;
  readonly time: number;
  readonly value: number | null;
  readonly threshold: number | null;
  readonly breached: boolean;
  readonly samples: number;
  readonly detail?: string;
}

/** Gateway-wide performance points (memory, event-loop lag) use this in place of a model name. */
export const GATEWAY_ENTITY = '(gateway)';

const finite = (v: number | null): number | null => (v !== null && Number.isFinite(v) ? v : null);

export class MonitorStore {
  constructor(private readonly store: Store) {}

  async saveBucket(model: string, side: Side, bucketStart: number, replica: string, profile: DatasetProfile, count: number): Promise<void> {
    const body = JSON.stringify(profile.toJSON());
    await this.store.db
      .insertInto('monitor_buckets')
      .values({ model, side, bucket_start: bucketStart, replica, count, body })
      .onConflict((oc) => oc.columns(['model', 'side', 'bucket_start', 'replica']).doUpdateSet({ count, body }))
      .execute();
  }

  /**
   * Every replica's buckets of [from, to), merged into one profile: profiles are exact mergeable
   * summaries (counts, moments, bucketed sketches), so the merge equals the profile of all traffic.
   * Buckets whose layout no longer matches the reference (a new reference) are skipped.
   */
  async mergedProfile(model: string, side: Side, from: number, to: number, into: DatasetProfile): Promise<{ profile: DatasetProfile; count: number }> {
    const rows = await this.store.db
      .selectFrom('monitor_buckets')
      .select(['body', 'count'])
      .where('model', '=', model)
      .where('side', '=', side)
      .where('bucket_start', '>=', from)
      .where('bucket_start', '<', to)
      .execute();
    let profile = into;
    let count = 0;
    const layout = JSON.stringify(into.layout);
    for (const r of rows) {
      const p = DatasetProfile.fromJSON(JSON.parse(r.body));
      if (JSON.stringify(p.layout) !== layout) continue;
      profile = profile.merge(p);
      count += r.count;
    }
    return { profile, count };
  }

  async pruneBuckets(before: number): Promise<void> {
    await this.store.db.deleteFrom('monitor_buckets').where('bucket_start', '<', before).execute();
  }

  async appendSeries(points: readonly SeriesPoint[]): Promise<void> {
    if (points.length === 0) return;
    const rows = points.map((p) => ({
      model: p.model,
      monitor: p.monitor,
      metric: p.metric.slice(0, 256),
      time: p.time,
      value: finite(p.value),
      threshold: finite(p.threshold),
      breached: p.breached ? 1 : 0,
      samples: p.samples,
      detail: p.detail?.slice(0, 256) ?? null,
    }));
    // Replicas evaluating the same window write the same key: the last one wins.
    await this.store.db
      .insertInto('monitor_series')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['model', 'monitor', 'metric', 'time']).doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          threshold: eb.ref('excluded.threshold'),
          breached: eb.ref('excluded.breached'),
          samples: eb.ref('excluded.samples'),
          detail: eb.ref('excluded.detail'),
        })),
      )
      .execute();
  }

  async series(model: string, monitor: MonitorName, since: number, limit: number): Promise<SeriesPoint[]> {
    const rows = await this.store.db
      .selectFrom('monitor_series')
      .selectAll()
      .where('model', '=', model)
      .where('monitor', '=', monitor)
      .where('time', '>=', since)
      .orderBy('time', 'desc')
      .orderBy('metric')
      .limit(limit)
      .execute();
    return rows.reverse().map((r) => ({
      model: r.model,
      monitor: r.monitor as MonitorName,
      metric: r.metric,
      time: r.time,
      value: r.value,
      threshold: r.threshold,
      breached: r.breached === 1,
      samples: r.samples,
      ...(r.detail !== null ? { detail: r.detail } : {}),
    }));
  }
}
