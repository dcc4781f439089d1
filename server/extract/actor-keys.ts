// Registry keys and canonical names for each actor kind, so every stage builds
// the same key for the same actor.
import { countryByName } from './lexicon/countries.ts';
import { slugify } from './ids.ts';

export const countryKey = (name: string): string => `country:${slugify(name)}`;
export const personKey = (name: string): string => `person:${slugify(name)}`;
export const orgKey = (name: string): string => `org:${slugify(name)}`;
export const groupKey = (name: string): string => `group:${slugify(name)}`;

/** A named body is keyed by owner and name, so two states' foreign ministries stay apart. */
export const bodyKey = (name: string, owner: string | null, host: string | null = null): string =>
  `body:${owner ?? ''}|${slugify(name)}|${host ?? ''}`;

/** The adjective for a country key's name ("Iranian"), for readable body names. */
export function demonymOf(countryName: string): string {
  return countryByName(countryName)?.demonym ?? countryName;
}
