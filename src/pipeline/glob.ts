// Model-name globs (`fraud-*`, `*`): compiled once to anchored, linear-time regular expressions.

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (!re) {
    const body = glob
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^]*?');
    re = new RegExp(`^${body}$`);
    cache.set(glob, re);
  }
  return re;
}

export function matchesAny(globs: readonly string[], name: string): boolean {
  for (const g of globs) {
    if (g === '*' || g === name || (g.includes('*') && globToRegExp(g).test(name))) return true;
  }
  return false;
}
