import { Logger } from '@aws-lambda-powertools/logger';

/** The logging the use cases need: JSON lines, lowercase past-tense messages, camelCase keys. */
export interface Log {
  debug(message: string, attributes?: Record<string, unknown>): void;
  info(message: string, attributes?: Record<string, unknown>): void;
  warn(message: string, attributes?: Record<string, unknown>): void;
  error(message: string, attributes?: Record<string, unknown>): void;
}

/** Powertools' structured logger; the level comes from POWERTOOLS_LOG_LEVEL / LOG_LEVEL. */
export function createLog(serviceName: string): Log {
  const logger = new Logger({ serviceName });
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (message: string, attributes?: Record<string, unknown>): void => {
      if (attributes) logger[level](message, attributes);
      else logger[level](message);
    };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** A log that drops everything, for tests and CLI runs that print their own output. */
export const silentLog: Log = { debug() {}, info() {}, warn() {}, error() {} };
