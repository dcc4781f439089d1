// How a correction reads to the analyst: what it did ("Renamed Chile to
// Republic of Chile"), from its kind and payload, and who made it, when and
// why. Pure strings; the panels put them in as text.
import type { Correction, CorrectionKind } from '../../../server/api/contract.ts';

export const KIND_LABEL: Readonly<Record<CorrectionKind, string>> = {
  merge: 'Merge',
  split: 'Split',
  rename: 'Rename',
  kind: 'Change of kind',
  reject: 'Rejected claim',
  add: 'Added claim',
};

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '?');

function claimText(raw: unknown): string {
  const c = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return `${str(c['source'])} → ${str(c['type'])} → ${str(c['target'])}`;
}

/** The sentence a rejected or added claim stands on, if the payload has it. */
export function claimEvidence(c: Correction): string | null {
  const claim = c.payload['claim'];
  const props = typeof claim === 'object' && claim !== null ? (claim as Record<string, unknown>)['props'] : null;
  const ev = typeof props === 'object' && props !== null ? (props as Record<string, unknown>)['evidence'] : null;
  return typeof ev === 'string' && ev !== '' ? ev : null;
}

export function describeCorrection(c: Correction): string {
  const p = c.payload;
  switch (c.kind) {
    case 'merge':
      return `Merged ${str(p['absorbed'])} into ${str(p['survivor'])}`;
    case 'split':
      return `Split "${str(p['alias'])}" off ${str(p['actor'])} as ${str(p['newId'])}`;
    case 'rename':
      return `Renamed ${str(p['oldName'])} to ${str(p['name'])}`;
    case 'kind':
      return `Changed ${str(p['actor'])} from ${str(p['from'])} to ${str(p['to'])}`;
    case 'reject':
      return `Rejected ${claimText(p['claim'])}`;
    case 'add':
      return `Added ${claimText(p['claim'])}`;
  }
}

/** "2026-01-02 10:11" of a stored timestamp (UTC, as the server writes it). */
export const shortTime = (at: string): string => at.slice(0, 16).replace('T', ' ');

export function madeBy(c: Correction): string {
  return `by ${c.by}, ${shortTime(c.at)}${c.reason ? ` — ${c.reason}` : ''}`;
}

export function undoneBy(c: Correction): string | null {
  if (c.undoneAt === null) return null;
  return `${c.kind === 'reject' ? 'Restored' : 'Undone'} by ${c.undoneBy ?? '?'}, ${shortTime(c.undoneAt)}${c.undoReason ? ` — ${c.undoReason}` : ''}`;
}
