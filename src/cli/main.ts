// The `bulwark` command. Each subcommand lives in commands/ and registers itself here.
import { Command, CommanderError } from 'commander';
import { registerAlertsCommand } from './commands/alerts.ts';
import { registerAuditCommand } from './commands/audit.ts';
import { registerAccessCommand } from './commands/access.ts';
import { registerBindingsCommand } from './commands/bindings.ts';
import { registerConfigCommand } from './commands/config.ts';
import { registerKeysCommand } from './commands/keys.ts';
import { registerPrincipalsCommand } from './commands/principals.ts';
import { registerReviewCommand } from './commands/review.ts';
import { registerRolesCommand } from './commands/roles.ts';
import { registerScanCommand } from './commands/scan.ts';
import { registerProfileCommand } from './commands/profile.ts';
import { registerServeCommand } from './commands/serve.ts';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.ts';

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('bulwark')
    .description('Bulwark: self-hosted AI security gateway and control plane')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride()
    .addHelpText('after', EXIT_CODES_HELP);
  registerServeCommand(program, setExit);
  registerConfigCommand(program, setExit);
  registerKeysCommand(program, setExit);
  registerPrincipalsCommand(program, setExit);
  registerRolesCommand(program, setExit);
  registerBindingsCommand(program, setExit);
  registerAccessCommand(program, setExit);
  registerAuditCommand(program, setExit);
  registerAlertsCommand(program, setExit);
  registerScanCommand(program, setExit);
  registerProfileCommand(program, setExit);
  registerReviewCommand(program, setExit);
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  let code: number = EXIT.OK;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv]);
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT.OK : EXIT.INVALID;
    }
    process.stderr.write(`bulwark: ${(e as Error).message}\n`);
    return EXIT.FAILURE;
  }
  return code;
}
