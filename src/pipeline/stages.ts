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

/** Input stages run before the upstream call; output stages after it. */
export const INPUT_STAGES: readonly GuardStage[] = ['authenticate', 'authorize', 'limit', 'validate', 'scan_input'];
export const OUTPUT_STAGES: readonly GuardStage[] = ['scan_output', 'harden'];

export const STAGE_INDEX: Readonly<Record<Stage, number>> = Object.fromEntries(
  STAGES.map((s, i) => [s, i]),
) as Record<Stage, number>;
