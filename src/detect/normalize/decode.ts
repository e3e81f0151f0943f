// Finds and decodes payloads hidden in text (base64, hex, URL escapes, HTML entities, Unicode tag
// characters, ROT13) so each decoded layer can be scanned again. Bounded in count, size and depth.
import type { Span } from '../../pipeline/decision.ts';
import { SHAPE_CLASS } from './chars.ts';
import type { TextShape } from './fold.ts';

export type Decoding = 'base64' | 'hex' | 'url' | 'html-entities' | 'unicode-tags' | 'rot13';

export interface DecodedLayer {
  readonly kind: Decoding;
  /** The decoded text (not folded). */
  readonly text: string;
  /** Where the encoded payload sits in the text it was decoded from (depth 1: the input). */
  readonly span: Span;
  /** 1 for a payload found in the input, 2 for one found inside a decoded layer, and so on. */
  readonly depth: number;
}

export interface DecodeLimits {
  /** Most decoded layers returned per input. */
  readonly maxLayers: number;
  /** Most nested decodings (base64 inside hex inside ...). */
  readonly maxDepth: number;
  /** Most characters decoded in total per input. */
  readonly maxDecodedChars: number;
  /** Longest single encoded run considered; longer runs are cut to this length. */
  readonly maxRunChars: number;
}

export const DEFAULT_DECODE_LIMITS: DecodeLimits = Object.freeze({
  maxLayers: 12,
  maxDepth: 3,
  maxDecodedChars: 32_768,
  maxRunChars: 16_384,
});

// Each pattern is a single character class under one quantifier (or a fixed-width group under
// one), so matching is linear in the input.
const BASE64_RUN = /[A-Za-z0-9+/]{20,}={0,2}|[A-Za-z0-9_-]{24,}/g;
const HEX_RUN = /(?:\\x[0-9a-fA-F]{2}){6,}|(?:0x)?[0-9a-fA-F]{16,}|(?:[0-9a-fA-F]{2}[ :,]){7,}[0-9a-fA-F]{2}/g;
const URL_RUN = /(?:%[0-9a-fA-F]{2}){3,}/g;
const ENTITY_RUN = /(?:&#(?:x[0-9a-fA-F]{1,6}|[0-9]{1,7});){3,}/g;
const ROT13_HINT = /\b(?:rot-?13|rot 13|caesar|cesar|c[aä]sar)\b/i;

/** True when decoded bytes look like text someone meant to hide, not random binary. */
function looksLikeText(s: string): boolean {
  if (s.length < 4) return false;
  let printable = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xfffd) continue;
    if ((c >= 32 && c < 127) || c === 10 || c === 13 || c === 9 || c >= 0xa0) printable++;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0x370) letters++;
  }
  return printable >= s.length * 0.9 && letters >= s.length * 0.5;
}

function decodeBase64(run: string): string | null {
  // A run of plain lower-case letters is a word, not a payload.
  if (!/[A-Z0-9+/_-]/.test(run) || !/[a-z]/.test(run)) return null;
  const text = Buffer.from(run, run.includes('-') || run.includes('_') ? 'base64url' : 'base64')
    .toString('utf8');
  return looksLikeText(text) ? text : null;
}

function decodeHex(run: string): string | null {
  const digits = run.replace(/\\x|0x|[ :,]/g, '');
  if (digits.length % 2 !== 0) return null;
  // Long decimal numbers and hashes made of digits only are not hex text.
  if (!/[a-fA-F]/.test(digits) && !/^(?:[2-7][0-9a-fA-F])+$/.test(digits)) return null;
  const text = Buffer.from(digits, 'hex').toString('utf8');
  return looksLikeText(text) ? text : null;
}

function decodeUrl(run: string): string | null {
  let text: string;
  try {
    text = decodeURIComponent(run);
  } catch {
    text = Buffer.from(run.replace(/%/g, ''), 'hex').toString('latin1');
  }
  return looksLikeText(text) ? text : null;
}

function decodeEntities(run: string): string | null {
  let out = '';
  for (const m of run.matchAll(/&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});/g)) {
    const v = m[1] ?? '';
    const cp = v.startsWith('x') ? parseInt(v.slice(1), 16) : parseInt(v, 10);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    out += String.fromCodePoint(cp);
  }
  return looksLikeText(out) ? out : null;
}

/** Unicode tag characters (U+E0020..U+E007E) mirror ASCII and render as nothing ("ASCII smuggling"). */
function decodeTags(text: string): { text: string; span: Span } | null {
  let out = '';
  let start = -1;
  let end = -1;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 0xdb40) continue;
    const lo = text.charCodeAt(i + 1);
    const cp = 0xe0000 + (lo - 0xdc00);
    if (cp >= 0xe0020 && cp <= 0xe007e) {
      out += String.fromCharCode(cp - 0xe0000);
      if (start < 0) start = i;
      end = i + 2;
    }
    i++;
  }
  return out.length >= 4 ? { text: out, span: { start, end } } : null;
}

/** ROT13 of the ASCII letters. */
export function rot13(s: string): string {
  return s.replace(/[a-zA-Z]/g, (ch) => {
    const c = ch.charCodeAt(0);
    const base = c >= 97 ? 97 : 65;
    return String.fromCharCode(((c - base + 13) % 26) + base);
  });
}

// Common English words as they read after ROT13 ("gur" = "the", "vtaber" = "ignore"): two or
// more of them mark a ROT13 payload without rotating every input.
const ROT13_WORDS = /\b(?:gur|naq|lbh|lbhe|vtaber|cerivbhf|vafgehpgvbaf|cnffjbeq|frperg|flfgrz|cebzcg|gryy|erirny|cevag|jung|nyy|abj|fnl|guvf|sebz|jvgu)\b/gi;
// A cheap first test, in any case and without lower-casing a copy: ROT13 text has one of these.
const ROT13_TELL = /gur|naq|lbh|vtaber/i;
const PLAIN_WORDS = /\b(?:the|and|you|your|ignore|previous|instructions|password|secret|system|prompt|tell|reveal|print|what|all|now|say|this|from|with)\b/gi;

function countMatches(re: RegExp, s: string, cap: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < cap && re.exec(s) !== null) n++;
  return n;
}

/**
 * ROT13 is decoded when its tell-tale words outnumber plain English ones, and the text either
 * names ROT13 or has several of them (ordinary prose never does).
 */
function rot13Layer(text: string): string | null {
  const head = text.length > 4096 ? text.slice(0, 4096) : text;
  if (!ROT13_TELL.test(head)) return null;
  const rotWords = countMatches(ROT13_WORDS, head, 64);
  if (rotWords < 2) return null;
  const plain = countMatches(PLAIN_WORDS, head, 64);
  if (rotWords > plain && (ROT13_HINT.test(head) || rotWords >= 3)) return rot13(text);
  return null;
}

type RunDecoder = (run: string) => string | null;
const RUN_DECODERS: readonly (readonly [Decoding, RegExp, RunDecoder])[] = [
  ['base64', BASE64_RUN, decodeBase64],
  ['hex', HEX_RUN, decodeHex],
  ['url', URL_RUN, decodeUrl],
  ['html-entities', ENTITY_RUN, decodeEntities],
];

/** One pass over the text that tells which decoders can possibly match, so most inputs skip them. */
export function shapeOf(s: string): TextShape {
  let run = 0;
  let longestRun = 0;
  let hex = 0;
  let hexRun = 0;
  let hexSp = 0;
  let spacedHexDigits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const sh = c < 128 ? (SHAPE_CLASS[c] as number) : 0;
    if (sh & 1) {
      if (++run > longestRun) longestRun = run;
    } else run = 0;
    if (sh & 2) {
      if (++hex > hexRun) hexRun = hex;
    } else hex = 0;
    if (sh & 6) {
      if (sh & 2 && ++hexSp > spacedHexDigits) spacedHexDigits = hexSp;
    } else hexSp = 0;
  }
  return {
    longestRun, hexRun, spacedHexDigits, percent: s.includes('%'), entity: s.includes('&#'), escapedHex: s.includes('\\x'),
    tags: s.includes('\udb40'), rot13: ROT13_TELL.test(s),
  };
}

function mayMatch(kind: Decoding, shape: TextShape): boolean {
  switch (kind) {
    case 'base64':
      return shape.longestRun >= 20;
    case 'hex':
      // Sixteen digits in a row, or eight spaced groups ("69 67 6e ..."): sixteen digits in a run
      // of digits and separators.
      return shape.hexRun >= 16 || shape.spacedHexDigits >= 16 || shape.escapedHex;
    case 'url':
      return shape.percent;
    case 'html-entities':
      return shape.entity;
    default:
      return true;
  }
}

/** Every decodable payload in `text`, breadth first, within `limits`. */
export function decodeLayers(text: string, limits: DecodeLimits = DEFAULT_DECODE_LIMITS, shape?: TextShape): DecodedLayer[] {
  const layers: DecodedLayer[] = [];
  let budget = limits.maxDecodedChars;
  let frontier: { text: string; depth: number }[] = [{ text, depth: 1 }];
  const add = (kind: Decoding, decoded: string, span: Span, depth: number): boolean => {
    if (layers.length >= limits.maxLayers || budget <= 0) return false;
    const t = decoded.length > budget ? decoded.slice(0, budget) : decoded;
    budget -= t.length;
    layers.push({ kind, text: t, span, depth });
    return true;
  };
  while (frontier.length > 0) {
    const next: { text: string; depth: number }[] = [];
    for (const { text: src, depth } of frontier) {
      if (depth > limits.maxDepth) continue;
      const before = layers.length;
      // The input's shape usually comes from the folding pass; decoded layers are measured here.
      const sh = depth === 1 && shape ? shape : shapeOf(src);
      const tags = sh.tags ? decodeTags(src) : null;
      if (tags) add('unicode-tags', tags.text, tags.span, depth);
      for (const [kind, re, decode] of RUN_DECODERS) {
        if (!mayMatch(kind, sh)) continue;
        re.lastIndex = 0;
        for (let m = re.exec(src); m !== null; m = re.exec(src)) {
          const run = m[0].length > limits.maxRunChars ? m[0].slice(0, limits.maxRunChars) : m[0];
          const decoded = decode(run);
          if (decoded !== null && !add(kind, decoded, { start: m.index, end: m.index + m[0].length }, depth)) break;
        }
      }
      const r = sh.rot13 ? rot13Layer(src) : null;
      if (r !== null) add('rot13', r, { start: 0, end: src.length }, depth);
      for (let i = before; i < layers.length; i++) {
        const l = layers[i];
        if (l && l.kind !== 'rot13') next.push({ text: l.text, depth: depth + 1 });
      }
    }
    frontier = next;
  }
  return layers;
}
