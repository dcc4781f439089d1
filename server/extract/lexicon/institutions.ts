// Generic world knowledge about institutions: supranational bodies, seats of
// government used as metonyms for their state, and national bodies whose
// name alone says which state they belong to.
import type { ActorKind } from '../types.ts';

export interface Institution {
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
  /** Aliases only valid when the canonical name or another alias also occurs ('the bloc'). */
  readonly anaphors?: readonly string[];
}

export const SUPRANATIONAL: readonly Institution[] = [
  { name: 'European Union', kind: 'Organization', aliases: ['EU', 'E.U.'], anaphors: ['the bloc', 'Brussels'] },
  { name: 'United Nations', kind: 'Organization', aliases: ['UN', 'U.N.', 'UN Security Council', 'United Nations Security Council', 'U.N. Security Council', 'Security Council'] },
  { name: 'NATO', kind: 'Organization', aliases: ['North Atlantic Treaty Organization', 'Nato'], anaphors: ['the alliance'] },
  { name: 'African Union', kind: 'Organization', aliases: ['AU'] },
  { name: 'ASEAN', kind: 'Organization', aliases: ['Association of Southeast Asian Nations'] },
  { name: 'OSCE', kind: 'Organization', aliases: ['Organization for Security and Co-operation in Europe'] },
  { name: 'Organisation for the Prohibition of Chemical Weapons', kind: 'Organization', aliases: ['OPCW'] },
  { name: 'International Atomic Energy Agency', kind: 'Organization', aliases: ['IAEA'] },
  { name: 'Interpol', kind: 'Organization', aliases: ['INTERPOL'] },
  { name: 'G7', kind: 'Organization', aliases: ['Group of Seven'] },
];

/** Seats of government that stand for their state ("the Kremlin said"). */
export const SEATS: Readonly<Record<string, { readonly country: string; readonly office: string }>> = {
  Kremlin: { country: 'Russia', office: 'President' },
  'White House': { country: 'United States', office: 'President' },
  Whitehall: { country: 'United Kingdom', office: 'Prime Minister' },
  'Downing Street': { country: 'United Kingdom', office: 'Prime Minister' },
  'Élysée': { country: 'France', office: 'President' },
  Elysee: { country: 'France', office: 'President' },
  'Blue House': { country: 'South Korea', office: 'President' },
  Zhongnanhai: { country: 'China', office: 'President' },
  'Chancellery': { country: 'Germany', office: 'Chancellor' },
};

/** National bodies whose usual English name implies the state (US cabinet style, UK offices). */
export const NATIONAL_BODIES: Readonly<Record<string, string>> = {
  'State Department': 'United States',
  'Department of State': 'United States',
  'Treasury Department': 'United States',
  'Department of the Treasury': 'United States',
  'Justice Department': 'United States',
  'Department of Justice': 'United States',
  'Department of Homeland Security': 'United States',
  'Commerce Department': 'United States',
  'Defense Department': 'United States',
  'Department of Defense': 'United States',
  Pentagon: 'United States',
  'Foreign Office': 'United Kingdom',
  'Foreign, Commonwealth and Development Office': 'United Kingdom',
  'Home Office': 'United Kingdom',
  'HM Treasury': 'United Kingdom',
};
