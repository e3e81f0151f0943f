// Parses JSON request bodies strictly: valid UTF-8 only, bounded nesting, no prototype pollution.
// The size limit is Fastify's bodyLimit; everything else is checked here before JSON.parse.
import { BulwarkError } from '../errors/catalogue.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Deepest nesting of objects and arrays in a JSON text, ignoring brackets inside strings. */
export function jsonDepth(buf: Uint8Array, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i]!;
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
  }
  return max;
}

function reviver(key: string, value: unknown): unknown {
  if (key === '__proto__') throw new BulwarkError('BULWARK_E_INVALID_REQUEST', 'The request body contains a forbidden key "__proto__".');
  return value;
}

export function parseJsonBody(buf: Buffer, maxDepth: number): unknown {
  let text: string;
  try {
    text = decoder.decode(buf);
  } catch {
    throw new BulwarkError('BULWARK_E_BAD_ENCODING');
  }
  if (jsonDepth(buf, maxDepth) > maxDepth) {
    throw new BulwarkError('BULWARK_E_JSON_TOO_DEEP', `The request body is nested more than ${maxDepth} levels deep.`);
  }
  try {
    // A key may spell __proto__ with \u escapes, so escaped text takes the checked path too.
    return text.includes('__proto__') || text.includes('\\u') ? JSON.parse(text, reviver) : JSON.parse(text);
  } catch (e) {
    if (e instanceof BulwarkError) throw e;
    // The engine's message quotes part of the input: never pass it on.
    throw new BulwarkError('BULWARK_E_BAD_JSON');
  }
}
