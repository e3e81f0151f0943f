// Structural check of a JSON Web Token candidate (RFC 7519 / RFC 7515 compact form): the header
// must decode to a JSON object naming an algorithm, the payload to a JSON object.

export type JwtVerdict = 'valid' | 'truncated' | 'invalid';

function decodeSegment(segment: string): unknown {
  if (segment.length === 0 || segment.length > 16_384) return undefined;
  try {
    const json = Buffer.from(segment, 'base64url').toString('utf8');
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `valid`: header names `alg` and the payload is an object. `truncated`: the header is valid and the token runs to the end of the text, so a
 * stream may still be delivering it. `invalid`: anything else.
 */
export function checkJwt(candidate: string, atEndOfText: boolean): JwtVerdict {
  const parts = candidate.split('.');
  const header = decodeSegment(parts[0] ?? '');
  if (!isObject(header) || typeof header.alg !== 'string') return 'invalid';
  const payload = decodeSegment(parts[1] ?? '');
  // A missing or short signature still leaves the claims exposed, so it does not disqualify.
  if (isObject(payload)) return 'valid';
  return atEndOfText ? 'truncated' : 'invalid';
}
