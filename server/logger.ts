// The server's logger: pino, level from config, pretty only on a terminal.
import { pino, type Logger } from 'pino';
import type { SupervisorLog } from './java/supervisor.ts';

export type { Logger };

export function createLogger(level: string, pretty = process.stdout.isTTY): Logger {
  return pino({
    level,
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss' } } } : {}),
  });
}

/** A pino logger as the plain log callback that the NLP modules and the supervisor of Java children take. */
export const callbackLog =
  (logger: Logger): SupervisorLog =>
  (level, message, fields) =>
    logger[level](fields ?? {}, message);
