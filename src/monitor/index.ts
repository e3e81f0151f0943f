// Public surface of the monitoring engine: mergeable profiles, drift from profiles, the exact
// drift statistics, and the Isolation Forest. Nothing here knows about HTTP.
export { detectDrift, featureDrift } from './drift/detect.ts';
export type { DatasetDrift, DriftOptions, DriftTest, FeatureDrift } from './drift/detect.ts';
export { sketchKsStatistic, sketchWasserstein } from './drift/profile-stats.ts';
export { CategoricalProfile } from './profile/categorical.ts';
export type { CategoricalProfileJSON } from './profile/categorical.ts';
export { DatasetProfile, layoutFromReference, mergeFeature } from './profile/dataset.ts';
export type { FeatureKind, FeatureLayout, FeatureProfile, FeatureSpec, MonitoredRecord, ProfileLayout, RecordValue } from './profile/dataset.ts';
export { NumericProfile } from './profile/numeric.ts';
export type { NumericProfileJSON } from './profile/numeric.ts';
export { QuantileSketch, SKETCH_ALPHA } from './profile/quantile.ts';
export { characterShares, TextProfile } from './profile/text.ts';
export type { TextProfileJSON } from './profile/text.ts';
export { chiSquareContingency, chiSquareGoodnessOfFit } from './stats/chisquare.ts';
export type { ChiSquareResult } from './stats/chisquare.ts';
export { histogram, jensenShannon, normalisedWasserstein, psi, sturgesEdges, wasserstein1 } from './stats/distances.ts';
export { ks2Samp, ksFromStatistic, KS_EXACT_MAX_N } from './stats/ks.ts';
export type { KsMethod, KsResult } from './stats/ks.ts';
export { summaryMoments } from './stats/moments.ts';
export type { SummaryMoments } from './stats/moments.ts';
export { IsolationForest } from './iforest/forest.ts';
export type { IsolationForestModel, IsolationForestOptions } from './iforest/forest.ts';
export type { Matrix, MatrixInput } from './iforest/matrix.ts';
