// Exit codes of the `bulwark` command, documented in every --help.
export const EXIT = {
  OK: 0,
  FAILURE: 1,
  INVALID: 2,
} as const;

export const EXIT_CODES_HELP = `
Exit codes:
  0  success
  1  runtime failure (could not start, store unreachable, ...)
  2  invalid input (bad policy file, bad arguments)`;
