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

/** An actor's name for an actor id, when the explorer knows it. */
export type ActorNamer = (id: string) => string | undefined;

const idsOnly: ActorNamer = () => undefined;

/** "Iran" for an id the namer knows, the id itself otherwise (an actor never drawn, or gone). */
const actor = (v: unknown, nameOf: ActorNamer): string => {
  const id = str(v);
  return id === '?' ? id : (nameOf(id) ?? id);
};

function claimText(raw: unknown, nameOf: ActorNamer): string {
  const c = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return `${actor(c['source'], nameOf)} → ${str(c['type'])} → ${actor(c['target'], nameOf)}`;
}

/** The sentence a rejected or added claim stands on, if the payload has it. */
export function claimEvidence(c: Correction): string | null {
  const claim = c.payload['claim'];
  const props = typeof claim === 'object' && claim !== null ? (claim as Record<string, unknown>)['props'] : null;
  const ev = typeof props === 'object' && props !== null ? (props as Record<string, unknown>)['evidence'] : null;
  return typeof ev === 'string' && ev !== '' ? ev : null;
}

/**
 * What a correction did, naming actors by `nameOf` where it knows them. A
 * merge's absorbed actor and a split's new one keep their ids beside the
 * name: the id is what tells two same-named actors apart.
 */
export function describeCorrection(c: Correction, nameOf: ActorNamer = idsOnly): string {
  const p = c.payload;
  const named = (v: unknown): string => {
    const id = str(v);
    const n = actor(v, nameOf);
    return n === id ? id : `${n} (${id})`;
  };
  switch (c.kind) {
    case 'merge':
      return `Merged ${named(p['absorbed'])} into ${actor(p['survivor'], nameOf)}`;
    case 'split':
      return `Split "${str(p['alias'])}" off ${actor(p['actor'], nameOf)} as ${str(p['newId'])}`;
    case 'rename':
      return `Renamed ${str(p['oldName'])} to ${str(p['name'])}`;
    case 'kind':
      return `Changed ${actor(p['actor'], nameOf)} from ${str(p['from'])} to ${str(p['to'])}`;
    case 'reject':
      return `Rejected ${claimText(p['claim'], nameOf)}`;
    case 'add':
      return `Added ${claimText(p['claim'], nameOf)}`;
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
