// The stage order of the request pipeline, written down once. Guards attach to the guard stages;
// `forward` and `respond` are the pipeline's own steps.

export const STAGES = [
  'authenticate',
  'authorize',
  'limit',
  'validate',
  'scan_input',
  'forward',
  'scan_output',
  'harden',
  'respond',
] as const;

export type Stage = (typeof STAGES)[number];

/** Stages a guard may attach to. */
export const GUARD_STAGES = ['authenticate', 'authorize', 'limit', 'validate', 'scan_input', 'scan_output', 'harden'] as const;
export type GuardStage = (typeof GUARD_STAGES)[number];
