import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { stateFileName, watchedPrefix, type LocalStackState } from './local-stack.js';
import { localSdkEnv } from './servers.js';

/**
 * Finds the running local stack (from the state file `npm start` writes in DROPFEED_DATA_DIR) and
 * points the SDK at it, or explains how to start one.
 */
export async function useLocalStack(): Promise<LocalStackState> {
  const dataDir = resolve(process.env.DROPFEED_DATA_DIR ?? '.dropfeed');
  let state: LocalStackState;
  try {
    state = JSON.parse(await readFile(join(dataDir, stateFileName), 'utf8')) as LocalStackState;
  } catch {
    throw new Error(
      `no running local stack found in ${dataDir}. Start one with "npm start" (same DROPFEED_DATA_DIR), ` +
        'or pass --bucket/--table to talk to a deployed stack.',
    );
  }
  if (!isAlive(state.pid)) {
    throw new Error(`the local stack recorded in ${dataDir} (pid ${state.pid}) is not running. Start it with "npm start".`);
  }
  Object.assign(process.env, localSdkEnv(state));
  delete process.env.AWS_PROFILE;
  delete process.env.AWS_SESSION_TOKEN;
  return state;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A user may name an object by file name or by full key. */
export function keyFor(name: string, prefix = watchedPrefix): string {
  return name.startsWith(prefix) ? name : prefix + name.replace(/^.*[\\/]/, '');
}

export function parseArgs(argv: string[], valued: string[], flags: string[]): { options: Record<string, string | true>; rest: string[] } {
  const options: Record<string, string | true> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.replace(/^--/, '');
    if (arg.startsWith('--') && valued.includes(name)) {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      options[name] = value;
    } else if (arg.startsWith('--') && flags.includes(name)) {
      options[name] = true;
    } else if (arg.startsWith('--')) {
      throw new Error(`unknown option ${arg}`);
    } else rest.push(arg);
  }
  return { options, rest };
}
