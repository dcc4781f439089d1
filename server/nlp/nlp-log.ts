// The logger the NLP modules are handed: a plain callback, so that the
// server passes pino and a CLI whatever writes to its stderr.
import type { Logger } from '../logger.ts';

export type NlpLogLevel = 'debug' | 'info' | 'warn' | 'error';

export type NlpLog = (level: NlpLogLevel, message: string, fields?: Readonly<Record<string, unknown>>) => void;

/** An NlpLog that writes to a pino logger. */
export const pinoNlpLog =
  (logger: Logger): NlpLog =>
  (level, message, fields) =>
    logger[level](fields ?? {}, message);

/** An NlpLog for CLIs: one line on stderr per message at info and above (stdout may carry JSON). */
export const stderrNlpLog: NlpLog = (level, message, fields) => {
  if (level === 'debug') return;
  const extra = fields && Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : '';
  process.stderr.write(`nlp${level === 'info' ? '' : ` ${level}`}: ${message}${extra}\n`);
};
