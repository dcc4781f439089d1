// Generic world knowledge about institutions: supranational bodies, seats of
// government used as metonyms for their state, and national bodies whose
// usual English name (or acronym) alone says which state they belong to.
// Matched case-sensitively on the text, longest form first.
import type { ActorKind } from '../types.ts';

export interface Institution {
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
  /** The state it belongs to (a country's common name), for national bodies. */
  readonly state?: string;
  /** Group-like forms only valid once the name itself occurs ("the bloc", "the alliance"). */
  readonly anaphors?: readonly string[];
}

const org = (name: string, aliases: readonly string[], anaphors?: readonly string[]): Institution => ({ name, kind: 'Organization', aliases, ...(anaphors ? { anaphors } : {}) });
const body = (state: string, name: string, aliases: readonly string[] = []): Institution => ({ name, kind: 'GovernmentBody', aliases, state });

export const SUPRANATIONAL: readonly Institution[] = [
  org('European Union', ['EU', 'E.U.', 'European Union (EU)'], ['the bloc', 'Brussels']),
  org('European Commission', ['EU Commission']),
  org('European Parliament', ['EU Parliament']),
  org('Council of the European Union', ['EU Council', 'European Council']),
  org('United Nations', ['UN', 'U.N.']),
  org('UN Security Council', ['United Nations Security Council', 'U.N. Security Council', 'Security Council', 'UNSC']),
  org('UN General Assembly', ['United Nations General Assembly', 'U.N. General Assembly', 'General Assembly']),
  org('NATO', ['North Atlantic Treaty Organization', 'Nato', 'N.A.T.O.'], ['the alliance']),
  org('African Union', ['AU']),
  org('Arab League', ['League of Arab States']),
  org('ASEAN', ['Association of Southeast Asian Nations']),
  org('OSCE', ['Organization for Security and Co-operation in Europe', 'Organisation for Security and Co-operation in Europe']),
  org('Organisation for the Prohibition of Chemical Weapons', ['OPCW', 'Organization for the Prohibition of Chemical Weapons']),
  org('International Atomic Energy Agency', ['IAEA']),
  org('International Criminal Court', ['ICC']),
  org('International Court of Justice', ['ICJ']),
  org('Interpol', ['INTERPOL']),
  org('World Health Organization', ['WHO']),
  org('G7', ['Group of Seven', 'G-7']),
  org('G20', ['Group of 20', 'G-20']),
  org('ECOWAS', ['Economic Community of West African States']),
  org('Gulf Cooperation Council', ['GCC']),
  org('Council of Europe', []),
];

/** Seats of government that stand for their state ("the Kremlin said"). */
export const SEATS: Readonly<Record<string, string>> = {
  Kremlin: 'Russia',
  'White House': 'United States',
  Whitehall: 'United Kingdom',
  'Downing Street': 'United Kingdom',
  'Number 10': 'United Kingdom',
  'Élysée': 'France',
  Elysee: 'France',
  'Élysée Palace': 'France',
  Quirinale: 'Italy',
  'Blue House': 'South Korea',
  Zhongnanhai: 'China',
  'Foggy Bottom': 'United States',
  'Capitol Hill': 'United States',
};

/** National bodies whose usual English name or acronym implies the state. */
export const NATIONAL_BODIES: readonly Institution[] = [
  body('United States', 'U.S. State Department', ['State Department', 'Department of State', 'US State Department']),
  body('United States', 'U.S. Treasury Department', ['Treasury Department', 'Department of the Treasury', 'US Treasury', 'U.S. Treasury', 'US Treasury Department', 'U.S. Department of the Treasury']),
  body('United States', 'Office of Foreign Assets Control', ['OFAC', "Treasury Department's Office of Foreign Assets Control", "Treasury's Office of Foreign Assets Control"]),
  body('United States', 'U.S. Justice Department', ['Justice Department', 'Department of Justice', 'DOJ', 'US Justice Department', 'U.S. Department of Justice']),
  body('United States', 'U.S. Department of Homeland Security', ['Department of Homeland Security', 'DHS', 'Homeland Security Department']),
  body('United States', 'U.S. Commerce Department', ['Commerce Department', 'Department of Commerce']),
  body('United States', 'U.S. Department of Defense', ['Defense Department', 'Department of Defense', 'Pentagon', 'DoD']),
  body('United States', 'Federal Bureau of Investigation', ['FBI']),
  body('United States', 'Central Intelligence Agency', ['CIA']),
  body('United States', 'National Security Agency', ['NSA']),
  body('United States', 'Cybersecurity and Infrastructure Security Agency', ['CISA']),
  body('United States', 'U.S. Cyber Command', ['Cyber Command', 'CYBERCOM']),
  body('United States', 'National Security Council', ['NSC', 'White House National Security Council']),
  body('United States', 'U.S. Congress', ['Congress', 'US Congress']),
  body('United States', 'U.S. Senate', ['US Senate']),
  body('United States', 'U.S. House of Representatives', ['House of Representatives']),
  body('United States', 'U.S. Navy', ['US Navy']),
  body('United States', 'U.S. Air Force', ['US Air Force']),
  body('United States', 'U.S. Army', ['US Army']),
  body('United States', 'Drug Enforcement Administration', ['DEA']),
  body('United Kingdom', 'Foreign Office', ['Foreign, Commonwealth and Development Office', 'FCDO', 'Foreign and Commonwealth Office', 'FCO']),
  body('United Kingdom', 'Home Office', []),
  body('United Kingdom', 'HM Treasury', []),
  body('United Kingdom', 'National Cyber Security Centre', ['NCSC']),
  body('United Kingdom', 'GCHQ', ['Government Communications Headquarters']),
  body('United Kingdom', 'MI5', ['Security Service']),
  body('United Kingdom', 'MI6', ['Secret Intelligence Service', 'SIS']),
  body('United Kingdom', 'Crown Prosecution Service', ['CPS']),
  body('United Kingdom', 'Metropolitan Police', ['Scotland Yard', 'Met Police']),
  body('United Kingdom', 'House of Commons', ['Commons']),
  body('United Kingdom', 'House of Lords', ['Lords']),
  body('United Kingdom', 'Royal Air Force', ['RAF']),
  body('United Kingdom', 'Royal Navy', []),
  body('Russia', 'GRU', ['Main Intelligence Directorate', 'Main Directorate of the General Staff', 'Russian military intelligence', "Russia's military intelligence"]),
  body('Russia', 'FSB', ['Federal Security Service']),
  body('Russia', 'SVR', ['Foreign Intelligence Service']),
  body('Russia', 'KGB', []),
  body('Russia', 'State Duma', ['Duma']),
  body('Russia', 'Federation Council', []),
  body('China', 'Ministry of State Security', ['MSS']),
  body('China', "People's Liberation Army", ['PLA']),
  body('China', 'Communist Party of China', ['Chinese Communist Party', 'CCP', 'CPC']),
  body('Iran', 'Islamic Revolutionary Guard Corps', ['IRGC', 'Revolutionary Guards', 'Revolutionary Guard', 'Revolutionary Guard Corps', 'Islamic Revolutionary Guards Corps']),
  body('Iran', 'Quds Force', ['IRGC Quds Force']),
  body('Israel', 'Israel Defense Forces', ['IDF', 'Israeli Defense Forces']),
  body('Israel', 'Mossad', []),
  body('Israel', 'Shin Bet', []),
  body('Canada', 'Royal Canadian Mounted Police', ['RCMP', 'Mounties']),
  body('Canada', 'Canadian Security Intelligence Service', ['CSIS']),
  body('Australia', 'Australian Security Intelligence Organisation', ['ASIO']),
  body('Australia', 'Australian Signals Directorate', ['ASD']),
  body('Germany', 'Bundeswehr', []),
  body('Germany', 'BND', ['Federal Intelligence Service']),
  body('Germany', 'Bundestag', []),
  body('France', 'DGSE', []),
  body('Pakistan', 'Inter-Services Intelligence', ['ISI']),
  body('South Korea', 'National Intelligence Service', ['NIS']),
  body('Ukraine', 'SBU', ['Security Service of Ukraine']),
];
