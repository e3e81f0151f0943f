// The text rules are matched against: every run of two or more whitespace characters becomes one
// (a newline if the run holds one, else a space). Patterns can then say `\s` where they would
// otherwise need `\s{1,4}`, which V8 unrolls into many copies of the code that follows it: the
// catalogue compiled to about 5.5 MB of regexp bytecode with `\s{1,4}` and 3.5 MB with `\s`, and
// past 1 MB per process V8 stops optimising newly compiled regexps (`TooMuchRegExpCode` in
// v8/src/regexp/regexp.cc), which made unanchored rules 2-4x slower (see also `RuleSet.warmUp`).
// It also means padding words apart with extra spaces no longer slips past a rule.

/** Text with whitespace runs collapsed, and the way back to offsets in the input. */
export class SpaceView {
  /**
   * @param text the collapsed text
   * @param runAt collapsed offset of each collapsed run, ascending
   * @param removed units removed by that run and all runs before it
   */
  constructor(readonly text: string, private readonly runAt: readonly number[] = [], private readonly removed: readonly number[] = []) {}

  /** The input offset of collapsed offset `i` (0 <= i <= text.length); a run maps to its first unit. */
  toInput(i: number): number {
    // Runs strictly before `i` (binary search: few runs in practice, but documents can hold many).
    let lo = 0;
    let hi = this.runAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.runAt[mid] as number) < i) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? i : i + (this.removed[lo - 1] as number);
  }
}

/** Whether unit `c` is matched by a regexp `\s` (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

const isNewline = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/** Two whitespace units in a row: most prompts have none, and the regexp finds that fastest. */
const RUN = /\s\s/;

/** `text` with whitespace runs collapsed (see the file comment). */
export function collapseSpaces(text: string): SpaceView {
  if (!RUN.test(text)) return new SpaceView(text);
  const n = text.length;
  const parts: string[] = [];
  const runAt: number[] = [];
  const removed: number[] = [];
  let from = 0;
  let out = 0;
  let total = 0;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!(space && prevSpace)) {
      prevSpace = space;
      continue;
    }
    // A run starts at i - 1: find its end and whether it holds a newline.
    const start = i - 1;
    let end = i + 1;
    while (end < n && isSpace(text.charCodeAt(end))) end++;
    let newline = false;
    for (let k = start; k < end && !newline; k++) newline = isNewline(text.charCodeAt(k));
    parts.push(text.slice(from, start), newline ? '\n' : ' ');
    out += start - from;
    runAt.push(out++);
    total += end - start - 1;
    removed.push(total);
    from = end;
    i = end;
    prevSpace = false;
  }
  parts.push(text.slice(from));
  return new SpaceView(parts.join(''), runAt, removed);
}
