// A saved page's bytes as text, in the charset the page declares: a BOM, else
// the transport's (the upload's `charset=`), else a `<meta charset>` or
// `http-equiv` in its first KiB (the HTML standard's sniffing, by
// encoding-sniffer); a page that declares nothing is UTF-8 when it decodes as
// such, else Windows-1252 (what browsers assume for old Western pages).
// NOTE: decoded by encoding-sniffer (on @exodus/bytes), not Node's TextDecoder:
// Node 20's "windows-1252" is Latin-1 and turns ’ “ ” – into C1 controls.
import { decodeBuffer } from 'encoding-sniffer';
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';

/** The charset parameter of a media type ("text/html; charset=utf-8" → "utf-8"). */
export function charsetOf(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m?.[1];
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Decodes `bytes` per the page's declared charset (see the module comment). */
export function decodeHtml(bytes: Uint8Array, transportCharset?: string): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sniffer = new Sniffer(transportCharset === undefined ? {} : { transportLayerEncodingLabel: transportCharset });
  sniffer.write(buffer);
  if (sniffer.resultType !== ResultType.DEFAULT) return decodeBuffer(buffer, { userEncoding: sniffer.encoding });
  return decodeBuffer(buffer, { defaultEncoding: isUtf8(buffer) ? 'utf-8' : 'windows-1252' });
}
