import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { appDbLocation, openAppDb } from '../db/app-db.ts';
import { createAuthService } from '../features/editor/auth.service.ts';

const USAGE = `Usage:
  npm run editor -- add EMAIL       make an editor account and print its one-time setup link (valid 3 days)
  npm run editor -- reset EMAIL     forget the editor's password, sign-in code and sessions; print a new setup link
  npm run editor -- disable EMAIL   stop the editor signing in (their decisions stay in the audit log)
  npm run editor -- list            list the editors`;

/**
 * Editors are made here, never on the web: whoever runs the server adds someone and gives them the setup link
 * by a channel they trust. The link is printed once and stored only as a hash.
 */
async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean' } } });
  const [command, email] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  const config = loadConfig();
  const appDb = openAppDb(appDbLocation(config));
  try {
    const auth = createAuthService({ appDb, now: () => new Date() });
    const link = (token: string) => `${config.publicUrl}/editor/setup?token=${token}`;
    if (command === 'list') {
      const editors = await auth.listEditors();
      if (editors.length === 0) console.log('No editors yet. Add one with: npm run editor -- add someone@example.org');
      for (const e of editors) {
        const state = e.disabled_at
          ? 'disabled'
          : !e.password_hash
            ? 'waiting for setup'
            : e.totp_secret
              ? 'active, sign-in code on'
              : 'active';
        console.log(`${e.email}\t${state}\tsince ${e.created_at.slice(0, 10)}`);
      }
      return 0;
    }
    if (!email || !['add', 'reset', 'disable'].includes(command)) {
      console.error(
        `${command === 'add' || command === 'reset' || command === 'disable' ? `${command} needs an email address.` : `Unknown command "${command}".`}\n\n${USAGE}`,
      );
      return 2;
    }
    if (command === 'disable') {
      const { problem } = await auth.disableEditor(email);
      if (problem) {
        console.error(problem);
        return 1;
      }
      console.log(`${email} can no longer sign in.`);
      return 0;
    }
    const result = command === 'add' ? await auth.addEditor(email) : await auth.resetEditor(email);
    if ('problem' in result) {
      console.error(result.problem);
      return 1;
    }
    console.log(
      `Send this one-time setup link to ${email.trim().toLowerCase()} by a channel you trust. It works once, for 3 days:`,
    );
    console.log(link(result.token));
    return 0;
  } finally {
    await appDb.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`The editor command failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
