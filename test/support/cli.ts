import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { cliBundle } from './paths';

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const result = spawnSync(process.execPath, [cliBundle, ...args], {
    cwd: options.cwd,
    env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...options.env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

let reportValidator: ((data: unknown) => boolean) & { errors?: unknown } | undefined;

/** Validates a report against the JSON Schema the CLI itself prints (`recoupe schema`). */
export function assertValidReport(report: unknown): void {
  if (!reportValidator) {
    const schema = JSON.parse(runCli(['schema']).stdout) as Record<string, unknown>;
    reportValidator = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  }
  if (!reportValidator(report)) throw new Error(`report does not match its schema: ${JSON.stringify(reportValidator.errors, null, 2)}`);
}

/** Runs `body` on a fresh folder holding `files` (relative path → text), and removes the folder afterwards. */
export async function withCorpus<T>(files: Readonly<Record<string, string>>, body: (folder: string) => T | Promise<T>): Promise<T> {
  const folder = mkdtempSync(path.join(tmpdir(), 'recoupe-cli-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      writeFileSync(path.join(folder, name), text);
    }
    return await body(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
