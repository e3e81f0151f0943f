// Text normalisation shared by the text detectors: canonical folding with an offset map back to
// the source, and bounded decoding of hidden payloads, each reported so findings can say why.
import { transformNames, type Transform } from './chars.ts';
import { DEFAULT_DECODE_LIMITS, decodeLayers, type DecodeLimits, type DecodedLayer, type Decoding } from './decode.ts';
import { foldText, sourceSpan, type FoldedText, type TextShape } from './fold.ts';

export { foldText, sourceSpan, transformNames, decodeLayers, DEFAULT_DECODE_LIMITS };
export { rot13 } from './decode.ts';
export type { FoldedText, TextShape, Transform, DecodeLimits, DecodedLayer, Decoding };

export interface NormalizedLayer {
  readonly layer: DecodedLayer;
  readonly folded: FoldedText;
}

export interface NormalizedInput {
  /** The input itself, folded. */
  readonly folded: FoldedText;
  /** Payloads decoded out of the input (and out of those, up to the depth limit), folded. */
  readonly layers: readonly NormalizedLayer[];
  /** Transforms that changed the input or any decoded layer. */
  readonly transforms: readonly Transform[];
  /** Decodings that produced a layer. */
  readonly decodings: readonly Decoding[];
}

/** Folds the input and every payload decoded from it. */
export function normalizeInput(text: string, limits: DecodeLimits = DEFAULT_DECODE_LIMITS): NormalizedInput {
  const folded = foldText(text);
  let mask = folded.mask;
  const layers: NormalizedLayer[] = [];
  const decodings = new Set<Decoding>();
  for (const layer of decodeLayers(text, limits, folded.shape)) {
    const f = foldText(layer.text);
    mask |= f.mask;
    decodings.add(layer.kind);
    layers.push({ layer, folded: f });
  }
  return { folded, layers, transforms: transformNames(mask), decodings: [...decodings] };
}
