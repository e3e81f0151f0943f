// Prometheus metrics of the gateway, in a registry of its own (one per server instance).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
const OVERHEAD_BUCKETS = [0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.1];

export class GatewayMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({ name: 'bulwark_requests_total', help: 'Requests handled, by route, model and status', labelNames: ['route', 'model', 'status'], registers: [this.registry] });
  readonly duration = new Histogram({ name: 'bulwark_request_duration_seconds', help: 'Time from request received to response finished', labelNames: ['route'], buckets: LATENCY_BUCKETS, registers: [this.registry] });
  readonly upstreamDuration = new Histogram({ name: 'bulwark_upstream_duration_seconds', help: 'Time waiting for the upstream model', labelNames: ['upstream'], buckets: LATENCY_BUCKETS, registers: [this.registry] });
  readonly overhead = new Histogram({ name: 'bulwark_overhead_seconds', help: 'Time spent in Bulwark itself, excluding the upstream', labelNames: ['route'], buckets: OVERHEAD_BUCKETS, registers: [this.registry] });
  readonly decisions = new Counter({ name: 'bulwark_guard_decisions_total', help: 'Guard decisions by guard, action and mode', labelNames: ['guard', 'action', 'mode'], registers: [this.registry] });
  readonly guardFaults = new Counter({ name: 'bulwark_guard_faults_total', help: 'Guards that threw or timed out', labelNames: ['guard', 'fault'], registers: [this.registry] });
  readonly inFlight = new Gauge({ name: 'bulwark_inflight_requests', help: 'Requests being handled now', registers: [this.registry] });
  readonly policyReloads = new Counter({ name: 'bulwark_policy_reloads_total', help: 'Policy reloads by outcome', labelNames: ['outcome'], registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'bulwark_process_', eventLoopMonitoringPrecision: 10 });
  }
}
