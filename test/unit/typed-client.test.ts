import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');
const committedDir = path.join(root, 'src', 'client', 'generated');

function filesIn(dir: string): Map<string, string> {
  return new Map(fs.readdirSync(dir).map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]));
}

// The code generator loads ESM-only packages that jest's module runtime cannot, so it runs as the CLI does.
it('src/client/generated/ matches the operations and the schema (run `npm run codegen` after changing either)', () => {
  const freshDir = fs.mkdtempSync(path.join(os.tmpdir(), 'typed-client-'));
  try {
    execFileSync(path.join(root, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'codegen.ts', '--silent'], {
      cwd: root,
      env: { ...process.env, CODEGEN_OUTPUT_DIR: freshDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const fresh = filesIn(freshDir);
    const committed = filesIn(committedDir);
    expect([...committed.keys()].sort()).toEqual([...fresh.keys()].sort());
    for (const [name, content] of fresh) expect({ file: name, content: committed.get(name) }).toEqual({ file: name, content });
  } finally {
    fs.rmSync(freshDir, { recursive: true, force: true });
  }
});
