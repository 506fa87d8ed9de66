import { spawn, type ChildProcess, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const API_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A `marque <command>` process (src/cli.ts from source), as cron or an operator would start it. */
export interface CliProcess {
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal) once the process has gone. */
  exited: Promise<number | null>;
  output(): string;
}

/** Starts the CLI with `args` over `env` (DATABASE_URL, MARQUE_SECRET_KEY, …) added to this one's. */
export function startCli(args: string[], env: Record<string, string>): CliProcess {
  const output: string[] = [];
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(
    process.execPath,
    ['--conditions=@marque/source', '--import', 'tsx', 'src/cli.ts', ...args],
    {
      cwd: API_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', SMTP_URL: '', ...env },
    },
  );
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      resolve(code);
    });
  });
  return { child, exited, output: () => output.join('') };
}
