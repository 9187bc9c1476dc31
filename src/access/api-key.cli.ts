import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { Executor } from '../db/executor';
import { ensureSchema } from '../db/schema';
import { hashSecret, issueToken } from './api-key';
import { ApiKeyRecord, createKeyQuery, listKeysQuery, revokeKeyQuery } from './api-key.repository';
import { parseRole } from './role';

const USAGE = `Usage:
  npm run keys -- create --name <who> --role reader|editor|admin   prints the new key once; only its hash is stored
  npm run keys -- list                                             every key with its role, creation and revocation
  npm run keys -- revoke <key id>                                  the key stops working within the cache time (10 s)`;

const log = (line: string) => console.error(line);

type Command = { action: 'create'; name: string; role: NonNullable<ReturnType<typeof parseRole>> } | { action: 'list' } | { action: 'revoke'; id: string };

/** The command the arguments ask for, or a message saying what is wrong with them. */
export function parseKeyCommand(argv: string[]): Command | string {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { name: { type: 'string' }, role: { type: 'string' } } });
  } catch (error) {
    return (error as Error).message;
  }
  const [action, ...rest] = parsed.positionals;
  if (action === 'create') {
    const name = parsed.values.name?.trim();
    if (!name) return 'create needs --name: who or what will use the key (it is written in the audit trail).';
    const role = parseRole(parsed.values.role ?? '');
    if (!role) return 'create needs --role reader, editor or admin.';
    return { action, name, role };
  }
  if (action === 'list' && rest.length === 0) return { action };
  if (action === 'revoke' && rest.length === 1) return { action, id: rest[0].replace(/^pgk_/, '').split('_')[0] };
  return 'unknown command';
}

function describe(key: ApiKeyRecord): string {
  return `${key.id}  ${key.role.padEnd(6)}  ${key.name}  created ${key.createdAt}${key.revokedAt ? `  REVOKED ${key.revokedAt}` : ''}`;
}

async function main(): Promise<number> {
  const command = parseKeyCommand(process.argv.slice(2));
  if (typeof command === 'string') {
    log(`${command}\n${USAGE}`);
    return 2;
  }
  const database = await openDatabase(loadConfig(), log, { joinRunningEmbedded: true });
  const executor = new Executor(database.driver, database.name);
  try {
    if (command.action === 'create') {
      await ensureSchema(executor);
      const issued = issueToken();
      const [row] = await executor.write(createKeyQuery({ id: issued.id, name: command.name, role: command.role, hash: hashSecret(issued.secret) }));
      log(`Created: ${describe(row.key as ApiKeyRecord)}\nThe key is shown this once; store it now:`);
      console.log(issued.token);
    } else if (command.action === 'list') {
      const rows = await executor.read(listKeysQuery());
      console.log(rows.length ? rows.map((row) => describe(row.key as ApiKeyRecord)).join('\n') : 'No API keys.');
    } else {
      const [row] = await executor.write(revokeKeyQuery(command.id));
      if (!row) {
        log(`No API key with id "${command.id}".`);
        return 2;
      }
      console.log(`Revoked: ${describe(row.key as ApiKeyRecord)}`);
    }
    return 0;
  } finally {
    await database.close();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
