// A minimal Bolt client over WebSocket, the transport a web page can reach
// Neo4j by (Bolt and WebSocket share the port): the handshake for Bolt 4.4,
// then HELLO with the auth token given, answering the server's first reply as
// 'SUCCESS' or 'FAILURE' with its message. Enough to prove that a page cannot
// open a session without the password.
import WebSocket from 'ws';

/** PackStream: a string, a map of strings, a struct. */
function packString(s: string): Buffer {
  const bytes = Buffer.from(s, 'utf8');
  if (bytes.length < 16) return Buffer.concat([Buffer.from([0x80 + bytes.length]), bytes]);
  return Buffer.concat([Buffer.from([0xd0, bytes.length]), bytes]);
}

function packMap(m: Readonly<Record<string, string>>): Buffer {
  const entries = Object.entries(m);
  return Buffer.concat([Buffer.from([0xa0 + entries.length]), ...entries.flatMap(([k, v]) => [packString(k), packString(v)])]);
}

/** One message as one chunk, then the end marker. */
function chunk(message: Buffer): Buffer {
  const size = Buffer.alloc(2);
  size.writeUInt16BE(message.length);
  return Buffer.concat([size, message, Buffer.from([0, 0])]);
}

const HELLO = 0x01;
const SUCCESS = 0x70;
const FAILURE = 0x7f;

export interface BoltReply {
  readonly upgraded: boolean;
  readonly version: string | undefined;
  readonly reply: 'SUCCESS' | 'FAILURE' | 'CLOSED';
  /** The reply's bytes as text (the failure's code and message are in it). */
  readonly text: string;
}

export function helloOverWebSocket(boltUri: string, auth: Readonly<Record<string, string>>, origin = 'http://evil.example'): Promise<BoltReply> {
  const { host } = new URL(boltUri);
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://${host}`, { headers: { Origin: origin } });
    let upgraded = false;
    let version: string | undefined;
    const done = (r: BoltReply): void => {
      ws.terminate();
      resolve(r);
    };
    const timer = setTimeout(() => done({ upgraded, version, reply: 'CLOSED', text: 'no reply within 10 s' }), 10_000);
    ws.on('upgrade', () => {
      upgraded = true;
    });
    ws.on('open', () => {
      // Magic preamble, then four proposed versions: 4.4 and three empty slots.
      ws.send(Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    });
    ws.on('message', (data: Buffer) => {
      if (version === undefined) {
        version = `${data[3]}.${data[2]}`;
        const hello = Buffer.concat([Buffer.from([0xb1, HELLO]), packMap({ user_agent: 'evil/1.0', ...auth })]);
        ws.send(chunk(hello));
        return;
      }
      clearTimeout(timer);
      // chunk size (2 bytes), struct marker, signature
      const signature = data[3];
      done({ upgraded, version, reply: signature === SUCCESS ? 'SUCCESS' : signature === FAILURE ? 'FAILURE' : 'CLOSED', text: data.toString('latin1') });
    });
    ws.on('close', () => {
      clearTimeout(timer);
      done({ upgraded, version, reply: 'CLOSED', text: 'closed by the server' });
    });
    ws.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}
