// Denials: by a denial verb, by calling the claims false, by saying one had
// nothing to do with it. The target is the accuser the text names ("X accused
// Y ... Y denied"), else the party the denied act was aimed at.
import { describe, expect, it } from 'vitest';
import { compare, edgesOf, right, type Reading } from '../helpers.ts';

describe('denials', () => {
  it.each<readonly [string, string, Reading]>([
    ['denied the accusation', 'Chile accused Peru of hacking its foreign ministry. Peru denied the accusation.', { required: ['ATTACKED Peru -> Chilean Foreign Ministry', 'DENIED Peru -> Chile'], optional: ['ATTACKED Peru -> Chile'] }],
    ['called the claims baseless', 'Chile accused Peru of hacking its foreign ministry. Peru called the claims baseless.', { required: ['ATTACKED Peru -> Chilean Foreign Ministry', 'DENIED Peru -> Chile'], optional: ['ATTACKED Peru -> Chile'] }],
    ['said it had nothing to do with it', 'Chile accused Peru of the cyberattack on its parliament. Peru said it had nothing to do with the attack.', { required: ['ATTACKED Peru -> Chilean Parliament', 'DENIED Peru -> Chile'], optional: ['ATTACKED Peru -> Chile'] }],
    ["a ministry's rejection", "Chile accused Peru of hacking the Chilean parliament. Peru's foreign ministry rejected the accusations.", { required: ['ATTACKED Peru -> Chilean Parliament', 'DENIED Peru -> Chile'], optional: ['ATTACKED Peru -> Chile', 'DENIED Peruvian Foreign Ministry -> Chile'] }],
    ['denied that it had done it', 'Croatia accused Serbia of attacking its power grid. Serbia denied that it had attacked Croatia.', { required: ['ATTACKED Serbia -> Croatia', 'DENIED Serbia -> Croatia'] }],
    ["denied another's accusations", 'Peru denied Chilean accusations that it had hacked the parliament in Santiago.', { required: ['DENIED Peru -> Chile'], optional: ['ATTACKED Peru -> Chilean Parliament', 'ATTACKED Peru -> Chile'] }],
  ])('%s: %s', async (_what, text, reading) => {
    expect(compare(await edgesOf(text), reading)).toEqual(right);
  });

  it.each<readonly [string, Reading]>([
    ['Peru denied hacking the Chilean parliament.', { required: ['DENIED Peru -> Chilean Parliament'], optional: ['DENIED Peru -> Chile'] }],
    ["Grey Heron hackers attacked Chile's parliament on Monday. Peru said it had nothing to do with the attack.", { required: ['ATTACKED Grey Heron -> Chilean Parliament', 'DENIED Peru -> Chilean Parliament'], optional: ['ATTACKED Grey Heron -> Chile', 'DENIED Peru -> Chile'] }],
    ['Norway denied reports that it had expelled Peruvian diplomats.', { required: ['DENIED Norway -> Peru'] }],
  ])('answer the party the denied act was aimed at, and do not state that act: %s', async (text, reading) => {
    expect(compare(await edgesOf(text), reading)).toEqual(right);
  });

  it('answer the party attacked when no accuser is named', async () => {
    expect(compare(await edgesOf("Peru denied any involvement in the cyberattack on Chile's parliament."), { required: ['DENIED Peru -> Chilean Parliament'], optional: ['DENIED Peru -> Chile'] })).toEqual(right);
  });
});
