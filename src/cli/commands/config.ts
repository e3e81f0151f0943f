// `bulwark config check FILE` validates a policy without starting; `config schema` prints the
// JSON Schema editors use to complete and check bulwark.yaml.
import type { Command } from 'commander';
import { PolicyError, formatProblem, loadPolicyFile } from '../../config/load.ts';
import { policyJsonSchema } from '../../config/schema.ts';
import { buildPipeline } from '../../gateway/runtime.ts';
import { EXIT, EXIT_CODES_HELP } from '../exit-codes.ts';

export function registerConfigCommand(program: Command, setExit: (code: number) => void): void {
  const config = program.command('config').description('Work with policy files').addHelpText('after', EXIT_CODES_HELP);
  config
    .command('check')
    .argument('<file>', 'policy file (YAML)')
    .description('Validate a policy file without starting the gateway')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', EXIT_CODES_HELP)
    .action(async (file: string, o: { json?: boolean }) => {
      try {
        const loaded = loadPolicyFile(file);
        // Build the guards too (without serving), so unsafe patterns and bad weights fail here.
        try {
          await (await buildPipeline(loaded.policy, { resolvePrincipal: async () => undefined })).close();
        } catch (e) {
          throw new PolicyError(file, [{ path: 'guards', message: (e as Error).message }]);
        }
        const p = loaded.policy;
        if (o.json) process.stdout.write(`${JSON.stringify({ valid: true, file, version: loaded.version })}\n`);
        else process.stdout.write(`${file}: valid (version ${loaded.version}; ${p.models.length} models, ${Object.keys(p.upstreams).length} upstreams, ${p.guards.length} guards)\n`);
        setExit(EXIT.OK);
      } catch (e) {
        if (!(e instanceof PolicyError)) throw e;
        if (o.json) process.stdout.write(`${JSON.stringify({ valid: false, file, problems: e.problems })}\n`);
        else process.stderr.write(`${file}: invalid policy\n${e.problems.map((p) => `  ${formatProblem(file, p)}`).join('\n')}\n`);
        setExit(EXIT.INVALID);
      }
    });
  config
    .command('schema')
    .description('Print the JSON Schema of the policy file')
    .action(() => {
      process.stdout.write(`${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
      setExit(EXIT.OK);
    });
}
