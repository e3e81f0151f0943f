// A bounded streaming reader for JSON documents whose top level is an array or an object: it
// cuts the text into top-level elements (or members) by tracking strings and nesting, so each
// can go through V8's JSON.parse on its own. Memory is one element, never the document.

/** Thrown when one element is larger than the configured bound. */
export class ElementTooLargeError extends Error {
  constructor(limit: number) {
    super(`a JSON element is larger than ${limit} characters`);
    this.name = 'ElementTooLargeError';
  }
}

export class JsonStructureError extends Error {
  constructor(what: string) {
    super(`malformed JSON document: ${what}`);
    this.name = 'JsonStructureError';
  }
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_SQUARE = 91;
const CLOSE_SQUARE = 93;
const OPEN_CURLY = 123;
const CLOSE_CURLY = 125;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

export class JsonElementSplitter {
  readonly #maxElement: number;
  readonly #maxDepth: number;
  #top: 'array' | 'object' | undefined;
  #closed = false;
  #depth = 0; // nesting inside the current element
  #inString = false;
  #escape = false;
  #pending = ''; // the current element's text from earlier chunks
  #count = 0;

  constructor(maxElement: number, maxDepth = 256) {
    this.#maxElement = maxElement;
    this.#maxDepth = maxDepth;
  }

  get topLevel(): 'array' | 'object' | undefined {
    return this.#top;
  }

  /** Feed the next piece of text; returns the elements (or `"key": value` members) it completed. */
  push(text: string): string[] {
    const out: string[] = [];
    let i = 0;
    if (this.#top === undefined) {
      while (i < text.length && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 0xfeff)) i++;
      if (i === text.length) return out;
      const c = text.charCodeAt(i);
      if (c === OPEN_SQUARE) this.#top = 'array';
      else if (c === OPEN_CURLY) this.#top = 'object';
      else throw new JsonStructureError('the top level is not an array or an object');
      i++;
    }
    let start = i;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (this.#closed) {
        if (!isSpace(c)) throw new JsonStructureError('text after the end of the document');
        continue;
      }
      if (this.#inString) {
        if (this.#escape) this.#escape = false;
        else if (c === BACKSLASH) this.#escape = true;
        else if (c === QUOTE) this.#inString = false;
        continue;
      }
      if (c === QUOTE) {
        this.#inString = true;
      } else if (c === OPEN_SQUARE || c === OPEN_CURLY) {
        if (++this.#depth > this.#maxDepth) throw new JsonStructureError(`nested deeper than ${this.#maxDepth} levels`);
      } else if (c === CLOSE_SQUARE || c === CLOSE_CURLY) {
        if (this.#depth > 0) {
          this.#depth--;
        } else {
          if (c !== (this.#top === 'array' ? CLOSE_SQUARE : CLOSE_CURLY)) throw new JsonStructureError('mismatched bracket');
          this.#finish(text.slice(start, i), out, true);
          this.#closed = true;
        }
      } else if (c === COMMA && this.#depth === 0) {
        this.#finish(text.slice(start, i), out, false);
        start = i + 1;
      }
    }
    if (!this.#closed) {
      this.#pending += text.slice(start);
      if (this.#pending.length > this.#maxElement) throw new ElementTooLargeError(this.#maxElement);
    }
    return out;
  }

  /** Call at the end of the input: the document must have been closed. */
  end(): void {
    if (!this.#closed) throw new JsonStructureError(this.#top === undefined ? 'empty document' : 'unterminated document');
  }

  #finish(tail: string, out: string[], last: boolean): void {
    const element = (this.#pending + tail).trim();
    this.#pending = '';
    if (element.length > this.#maxElement) throw new ElementTooLargeError(this.#maxElement);
    // "[]" and "{}" close with nothing; "[1,]" or "[,1]" leave an empty element, which is an error.
    if (element.length === 0) {
      if (last && this.#count === 0) return;
      throw new JsonStructureError('empty element');
    }
    this.#count++;
    out.push(element);
  }
}
