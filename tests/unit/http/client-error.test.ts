// The response written to a socket that Node's HTTP parser gave up on.
import { describe, expect, it } from 'vitest';
import { errorResponse } from '../../../server/http/client-error.ts';

describe('errorResponse', () => {
  it('is a whole HTTP/1.1 response with a JSON body that closes the connection', () => {
    const text = errorResponse('HEADERS_TOO_LARGE', 'too large: é');
    const [head = '', body = ''] = text.split('\r\n\r\n');
    expect(head.split('\r\n')[0]).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(head).toContain('\r\nConnection: close');
    expect(head).toContain('\r\nContent-Type: application/json; charset=utf-8');
    expect(head).toContain(`\r\nContent-Length: ${Buffer.byteLength(body)}`);
    expect(JSON.parse(body)).toEqual({ code: 'HEADERS_TOO_LARGE', message: 'too large: é' });
  });
});
