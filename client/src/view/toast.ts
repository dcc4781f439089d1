// Messages to the analyst: a status line (role=status) for progress and
// results, toasts for errors (role=alert) and successes, and a busy state for
// long operations so the page never looks frozen.
import type { ApiError } from '../../../server/api/contract.ts';
import { byId, h } from './dom.ts';

export type Tone = 'info' | 'success' | 'error';

const TOAST_MS: Readonly<Record<Tone, number>> = { info: 4_000, success: 4_000, error: 9_000 };

export function status(text: string): void {
  byId('status').textContent = text;
}

export function toast(text: string, tone: Tone = 'info'): void {
  const box = byId('toasts');
  const close = h('button', { type: 'button', class: 'toast-close', 'aria-label': 'Dismiss message' }, '×');
  const el = h('div', { class: `toast toast-${tone}`, role: tone === 'error' ? 'alert' : 'status' }, h('span', { text }), close);
  close.addEventListener('click', () => el.remove());
  box.appendChild(el);
  setTimeout(() => el.remove(), TOAST_MS[tone]);
}

export function apiError(what: string, e: ApiError): void {
  toast(`${what}: ${e.message}${e.code.startsWith('HTTP_') || e.code === 'NETWORK' ? '' : ` (${e.code})`}`, 'error');
}

let pending = 0;

/** Shows progress while `work` runs; the page stays usable. */
export async function busy<T>(label: string, work: () => Promise<T>): Promise<T> {
  const bar = byId('progress');
  pending++;
  bar.hidden = false;
  bar.setAttribute('aria-label', label);
  document.body.setAttribute('aria-busy', 'true');
  const line = `${label}…`;
  status(line);
  try {
    return await work();
  } finally {
    // The caller usually reports the outcome; when it did not, say it is over.
    if (byId('status').textContent === line) status(`${label}: done`);
    pending--;
    if (pending === 0) {
      bar.hidden = true;
      document.body.removeAttribute('aria-busy');
    }
  }
}
