// Requests Node's HTTP parser refuses before Express sees them (a 20 KB URL,
// oversized headers, a malformed request line, a client too slow to send its
// headers) are answered with the API's {code, message} body, as every other
// error is, instead of Node's bare status line; then the connection is closed.
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ApiError } from '../api/contract.ts';
import { ERROR_STATUS, type ErrorCode } from '../errors.ts';
import type { Logger } from '../logger.ts';

/** Node's error codes with an answer of their own; any other parse error is a 400. */
const ANSWERS: Readonly<Record<string, { readonly code: ErrorCode; readonly message: string }>> = {
  HPE_HEADER_OVERFLOW: { code: 'HEADERS_TOO_LARGE', message: 'the request line and headers are larger than the server accepts (a URL or header too long)' },
  HPE_CHUNK_EXTENSIONS_OVERFLOW: { code: 'PAYLOAD_TOO_LARGE', message: 'the chunk extensions of the request body are too large' },
  ERR_HTTP_REQUEST_TIMEOUT: { code: 'REQUEST_TIMEOUT', message: 'the request was not received in time' },
};
const MALFORMED = { code: 'BAD_REQUEST', message: 'malformed HTTP request' } as const;

/** A whole HTTP/1.1 response with a JSON error body that closes the connection. */
export function errorResponse(code: ErrorCode, message: string): string {
  const status = ERROR_STATUS[code];
  const body = JSON.stringify({ code, message } satisfies ApiError);
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/** True when a response of the socket's current request has begun, so that nothing more may be written. */
function responseStarted(socket: Duplex): boolean {
  // NOTE: Node's own default handler checks the same undocumented field: the
  // ServerResponse attached to the socket, whose headers may be sent already.
  const current = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  return current?.headersSent === true;
}

/** Installs the 'clientError' handler on `server` (Node's default answers with no body). */
export function answerClientErrors(server: Server, log?: Logger): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code !== 'ECONNRESET' && socket.writable && !responseStarted(socket)) {
      const answer = ANSWERS[err.code ?? ''] ?? MALFORMED;
      log?.debug({ code: err.code }, `refused before routing: ${answer.message}`);
      socket.write(errorResponse(answer.code, answer.message));
    }
    // NOTE: as Node's default does: the response is written, then the socket destroyed, whatever the client still sends.
    socket.destroy();
  });
}
