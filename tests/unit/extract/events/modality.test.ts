// What makes a mention an event: negations, modals, conditions, questions,
// threats, plans, calls and refusals state nothing that happened, nor do
// lifted sanctions, summoned or recalled ambassadors, refused visas or attacks
// in words; decisions, reports and attempts carried out do.
import { describe, expect, it } from 'vitest';
import { compare, edgesOf, right } from '../helpers.ts';

describe('no event', () => {
  it.each([
    ['a negated verb', 'Norway did not expel the Peruvian diplomats.'],
    ['"never"', 'Norway has never sanctioned Peru.'],
    ['a negated light verb', 'Norway did not impose sanctions on Peru.'],
    ['a negated subject', 'No country has expelled Peruvian diplomats.'],
    ['a threat to act', 'Norway threatened to impose sanctions on Peru.'],
    ['a threat with a noun', 'Norway threatened Peru with sanctions.'],
    ['a threat to expel', 'Chile threatened to expel the Peruvian ambassador.'],
    ['a warning', 'Norway warned Peru that it would impose sanctions.'],
    ['a plan', 'Norway plans to expel two Peruvian diplomats.'],
    ['a measure under consideration', 'Norway is considering sanctions on Peru.'],
    ['a call on another to act', 'Chile urged Norway to expel the Peruvian diplomats.'],
    ['a call for sanctions', 'Chile called for sanctions on Peru.'],
    ['a wish', 'Chile wants the European Union to impose sanctions on Peru.'],
    ['a refusal', 'Norway refused to expel the Peruvian diplomats.'],
    ['"could face sanctions"', 'Peru could face sanctions from Norway.'],
    ['"could face expulsion"', 'Peruvian diplomats could face expulsion from Chile.'],
    ['a modal "could"', 'Norway could impose sanctions on Peru next month.'],
    ['a modal "may"', 'Norway may expel Peruvian diplomats.'],
    ['a condition before the act', 'If Peru refuses to cooperate, Norway will expel its diplomats.'],
    ['a hypothetical', 'If Serbia attacked Croatia, the region would suffer.'],
    ['a question', 'Will Norway sanction Peru?'],
    ['sanctions lifted', 'Norway lifted its sanctions on Peru on Monday.'],
    ['an ambassador summoned', 'Norway summoned the Peruvian ambassador on Monday.'],
    ['an ambassador recalled', 'Norway recalled its ambassador from Peru.'],
    ['a visa refused', 'Norway denied a visa to the Peruvian trade minister.'],
    ['an attack in words', "The Chilean president attacked Peru's trade policy in a speech."],
    ['"no sanctions"', 'Norway has imposed no sanctions on Peru.'],
    ['a condition after the act', 'Norway will expel Peruvian diplomats if Peru refuses to cooperate.'],
    ['"stopped short of"', 'Norway stopped short of sanctions on Peru.'],
    ['measures named for what they are not', 'The Peruvian measures stopped short of economic sanctions.'],
    ['a plot foiled', 'Croatian police foiled a Serbian plot to attack the parliament in Zagreb.'],
  ])('from %s: %s', async (_what, text) => {
    expect(await edgesOf(text)).toEqual([]);
  });
});

describe('an event still', () => {
  it.each([
    ['a decision to act', 'Norway decided to expel two Peruvian diplomats on Monday.', { required: ['EXPELLED Norway -> Peru'] }],
    ['a reported act', 'Norway said it had expelled two Peruvian diplomats.', { required: ['EXPELLED Norway -> Peru'] }],
    ['an accusation reported', 'Croatia said Serbia had attacked Croatian government websites.', { required: ['ATTACKED Serbia -> Croatia'] }],
    ['an accusation with a pronoun for the target', 'Croatia said Serbia had attacked it on Sunday.', { required: ['ATTACKED Serbia -> Croatia'] }],
    ['an accusation against a possession', "Chile said on Monday that Peru had attacked its foreign ministry's computers in March.", { required: ['ATTACKED Peru -> Chilean Foreign Ministry'], optional: ['ATTACKED Peru -> Chile'] }],
    ['an attempted attack carried out', "The Grey Heron group tried to break into the Chilean parliament's network on Monday.", { required: ['ATTACKED Grey Heron -> Chilean Parliament'], optional: ['ATTACKED Grey Heron -> Chile'] }],
  ])('from %s: %s', async (_what, text, reading) => {
    expect(compare(await edgesOf(text), reading)).toEqual(right);
  });
});
