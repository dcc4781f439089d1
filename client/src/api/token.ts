// The API token the analyst pastes in Settings, kept for the browser tab only
// (sessionStorage), so that writes can send `Authorization: Bearer <token>`.
import { config } from '../config.ts';

export function getToken(): string {
  try {
    return sessionStorage.getItem(config.tokenKey) ?? '';
  } catch {
    // NOTE: storage can be disabled (privacy modes); then there is no token.
    return '';
  }
}

export function setToken(token: string): void {
  try {
    if (token.trim() === '') sessionStorage.removeItem(config.tokenKey);
    else sessionStorage.setItem(config.tokenKey, token.trim());
  } catch {
    // Storage disabled: the token lives only as long as the field's value.
  }
}

/** Headers that carry the token, when there is one. */
export function authHeaders(): Record<string, string> {
  const t = getToken();
  return t === '' ? {} : { Authorization: `Bearer ${t}` };
}
