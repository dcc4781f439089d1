// Who a role names: every member of a list ("A, B and C"), a state through
// its people or possessions ("Peruvian diplomats", "Peru's ambassador",
// "Egyptian missiles", "a Libyan port").
import { describe, expect, it } from 'vitest';
import { compare, edgesOf, right, type Reading } from '../helpers.ts';

describe('lists', () => {
  it.each<readonly [string, string, Reading]>([
    ['doers', 'Norway, Sweden and Finland imposed sanctions on Peru.', { required: ['SANCTIONED Norway -> Peru', 'SANCTIONED Sweden -> Peru', 'SANCTIONED Finland -> Peru'] }],
    ['two doers', 'Sweden and Denmark expelled Egyptian diplomats.', { required: ['EXPELLED Sweden -> Egypt', 'EXPELLED Denmark -> Egypt'] }],
    ['targets', 'Norway imposed sanctions on Peru, Chile and Bolivia.', { required: ['SANCTIONED Norway -> Peru', 'SANCTIONED Norway -> Chile', 'SANCTIONED Norway -> Bolivia'] }],
    ['named companies', 'Japan imposed sanctions on Andes Mining Corporation, Lima Holdings Ltd and Pacific Star Shipping Co.', { required: ['SANCTIONED Japan -> Andes Mining Corporation', 'SANCTIONED Japan -> Lima Holdings Ltd', 'SANCTIONED Japan -> Pacific Star Shipping Co'] }],
    ['demonyms', 'Norway expelled Peruvian, Chilean and Bolivian diplomats on Monday.', { required: ['EXPELLED Norway -> Peru', 'EXPELLED Norway -> Chile', 'EXPELLED Norway -> Bolivia'] }],
    ['objects of an attack', 'Serbia attacked Croatia and Slovenia on Sunday.', { required: ['ATTACKED Serbia -> Croatia', 'ATTACKED Serbia -> Slovenia'] }],
    ['companies sanctioned by a verb', 'Japan sanctioned Andes Mining Corporation, Lima Holdings and Pacific Star Shipping.', { required: ['SANCTIONED Japan -> Andes Mining Corporation', 'SANCTIONED Japan -> Lima Holdings', 'SANCTIONED Japan -> Pacific Star Shipping'] }],
    ['states diplomats were expelled from', 'Norway expelled diplomats from Peru, Chile and Bolivia on Monday.', { required: ['EXPELLED Norway -> Peru', 'EXPELLED Norway -> Chile', 'EXPELLED Norway -> Bolivia'] }],
    ['states whose ambassadors were expelled', 'Norway expelled the ambassadors of Peru, Chile and Bolivia on Monday.', { required: ['EXPELLED Norway -> Peru', 'EXPELLED Norway -> Chile', 'EXPELLED Norway -> Bolivia'] }],
  ])('gives every member of a list of %s: %s', async (_what, text, reading) => {
    expect(compare(await edgesOf(text), reading)).toEqual(right);
  });
});

describe('states through their people and things', () => {
  it.each<readonly [string, string, Reading]>([
    ['sanctioned officials', 'Norway imposed sanctions on Peruvian officials on Monday.', { required: ['SANCTIONED Norway -> Peru'] }],
    ['officials counted', 'Japan sanctioned three Mongolian officials on Friday.', { required: ['SANCTIONED Japan -> Mongolia'] }],
    ['expelled diplomats', 'Chile expelled four Peruvian diplomats.', { required: ['EXPELLED Chile -> Peru'] }],
    ["a possessive's ambassador", "Norway expelled Peru's ambassador on Monday.", { required: ['EXPELLED Norway -> Peru'] }],
    ['weapons that hit a port', 'Egyptian missiles hit a Libyan port on Sunday.', { required: ['ATTACKED Egypt -> Libya'] }],
    ['a town named by its state', 'Egypt fired rockets at the Libyan town of Tobruk.', { required: ['ATTACKED Egypt -> Libya'] }],
    ['border posts', 'Egypt fired rockets at Libyan border posts on Sunday.', { required: ['ATTACKED Egypt -> Libya'] }],
    ['strikes named by a demonym', 'Serbian strikes on Croatia killed ten people.', { required: ['ATTACKED Serbia -> Croatia'] }],
    ['sanctions named by a demonym', 'Norwegian sanctions on Peru took effect on Monday.', { required: ['SANCTIONED Norway -> Peru'] }],
    ['sanctions named by an abbreviation', 'U.S. sanctions on Lima Holdings took effect on Monday.', { required: ['SANCTIONED United States -> Lima Holdings'] }],
  ])('reads the state of %s: %s', async (_what, text, reading) => {
    expect(compare(await edgesOf(text), reading)).toEqual(right);
  });
});

describe('named companies and bodies', () => {
  it.each<readonly [string, Reading]>([
    ['Japan sanctioned Andes Mining Corporation on Friday.', { required: ['SANCTIONED Japan -> Andes Mining Corporation'] }],
    ['Japan blacklisted Pacific Star Shipping on Friday.', { required: ['SANCTIONED Japan -> Pacific Star Shipping'] }],
    ['The U.S. Treasury sanctioned Andes Mining Corporation on Tuesday.', { required: ['SANCTIONED U.S. Treasury Department -> Andes Mining Corporation'], optional: ['SANCTIONED United States -> Andes Mining Corporation'] }],
    ['The Grey Heron group stole data from the Chilean health ministry.', { required: ['ATTACKED Grey Heron -> Chilean Health Ministry'], optional: ['ATTACKED Grey Heron -> Chile'] }],
  ])('%s', async (text, reading) => {
    expect(compare(await edgesOf(text), reading)).toEqual(right);
  });
});

describe('doers through their weapons and vehicles', () => {
  it.each<readonly [string, Reading]>([
    ['The pilot, Colonel Juan Perez, was killed by fire from Bolivian militants.', { required: ['ATTACKED Bolivian militants -> Juan Perez'], optional: ['ATTACKED Bolivia -> Juan Perez'] }],
    ['Two Peruvian soldiers were killed by missiles fired by Chilean jets.', { required: ['ATTACKED Chile -> Peru'], optional: ['ATTACKED Chile -> Peruvian armed forces'] }],
    ['Peruvian warships sank a tanker operated by Andes Shipping.', { required: ['ATTACKED Peru -> Andes Shipping'] }],
  ])('%s', async (text, reading) => {
    expect(compare(await edgesOf(text), reading)).toEqual(right);
  });
});

describe('names that only describe a target or a doer', () => {
  it.each<readonly [string, Reading]>([
    ['Norway imposed sanctions on 30 people and companies accused of abuses, including those behind the killing of the journalist Tomas Varga and the death of the Peruvian lawyer Jorge Salas.', { required: [], optional: ['SANCTIONED Norway -> Peru'] }],
    ['It is the first time Norway has sanctioned people over abuses on its own, rather than as part of UN or EU measures.', { required: [] }],
    ["The European Union froze the assets of the head of Peru's intelligence service on Monday.", { required: [], optional: ['SANCTIONED European Union -> Peru'] }],
    ['Norway added three Peruvians to a new blacklist on Monday: Jorge Salas, chief of the Peruvian intelligence agency; his first deputy, Tomas Varga; and Luis Soto, an army officer.', { required: ['SANCTIONED Norway -> Jorge Salas', 'SANCTIONED Norway -> Tomas Varga', 'SANCTIONED Norway -> Luis Soto'], optional: ['SANCTIONED Norway -> Peru'] }],
    ['More than twenty governments, most of them EU members, sent Peruvian envoys home.', { required: [] }],
  ])('%s', async (text, reading) => {
    expect(compare(await edgesOf(text), reading)).toEqual(right);
  });
});
