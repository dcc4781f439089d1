// The per-process secret of a sidecar: 32 random bytes, base64url (43
// characters; the sidecar wants 32+). It goes to the child's stdin and, for a
// shared sidecar, to DATA_DIR/nlp.runtime.json (mode 0600), nowhere else.
import { randomBytes } from 'node:crypto';

export const newSidecarToken = (): string => randomBytes(32).toString('base64url');
