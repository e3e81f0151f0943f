// Writes docs/errors.md from the error catalogue (a test checks the two agree).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/datasets/index.ts';
import { ERRORS } from '../src/errors/catalogue.ts';

const rows = Object.entries(ERRORS)
  .map(([code, e]) => `| \`${code}\` | ${e.status} | ${e.type} | ${e.message} |`)
  .join('\n');

const doc = `# Errors

Every error Bulwark returns is OpenAI-shaped JSON with a stable code from one catalogue
(\`src/errors/catalogue.ts\`; this page is generated from it by \`npm run docs:errors\`), the HTTP
status below, and the request id that is also in the \`x-request-id\` header:

\`\`\`json
{"error": {"message": "...", "type": "invalid_request_error", "code": "BULWARK_E_BAD_JSON", "param": null, "request_id": "..."}}
\`\`\`

A block by a guard adds \`findings\` (guard, rule, reason, score, location — never the matched
text). Authentication and authorization failures give one message for every cause, so a caller
learns nothing about which check failed. Internal details (stacks, upstream bodies, engine
messages) never reach the caller.

| code | status | type | meaning |
|---|---|---|---|
${rows}

On a streamed answer that fails after the first byte, the same error object arrives as a final
SSE event (\`data: {"error": {...}}\`), which the official \`openai\` clients raise as an error.
`;

writeFileSync(join(REPO_ROOT, 'docs/errors.md'), doc);
process.stdout.write('wrote docs/errors.md\n');
