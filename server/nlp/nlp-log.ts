// The logger the NLP modules are handed: a plain callback, so that the
// server passes pino and a CLI whatever writes to its stderr.
import type { SupervisorLog as NlpLog } from '../java/supervisor.ts';
import { callbackLog } from '../logger.ts';

// NOTE: the same callback the supervisor of Java children takes (one type for both).
export type { SupervisorLogLevel as NlpLogLevel, SupervisorLog as NlpLog } from '../java/supervisor.ts';

/** An NlpLog that writes to a pino logger. */
export const pinoNlpLog = callbackLog;

/** An NlpLog for CLIs: one line on stderr per message at info and above (stdout may carry JSON). */
export const stderrNlpLog: NlpLog = (level, message, fields) => {
  if (level === 'debug') return;
  const extra = fields && Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : '';
  process.stderr.write(`nlp${level === 'info' ? '' : ` ${level}`}: ${message}${extra}\n`);
};
