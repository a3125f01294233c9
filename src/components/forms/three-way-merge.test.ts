import { mergeChanges } from './three-way-merge';

interface Place {
  name: string;
  address: string;
  country: string;
  state: string | null;
}

const FIELDS = ['name', 'address', 'country', 'state'] as const;
const base: Place = { name: 'Tokyo Office', address: '2-7-2 Marunouchi', country: 'JP', state: 'JP-13' };

function merge(theirs: Partial<Place>, yours: Partial<Place>) {
  return mergeChanges({
    base,
    theirs: { ...base, ...theirs },
    yours: { ...base, ...yours },
    fields: FIELDS,
    together: [['country', 'state']],
  });
}

describe('the three-way merge of a conflict', () => {
  it('keeps what only they changed and puts over it what only you changed', () => {
    const { merged, differences } = merge({ address: '1-1 Nihonbashi' }, { name: 'Tokyo Branch' });
    expect(merged).toEqual({ ...base, name: 'Tokyo Branch', address: '1-1 Nihonbashi' });
    expect(differences).toEqual([
      { field: 'name', changedByThem: false, changedByYou: true, result: 'yours' },
      { field: 'address', changedByThem: true, changedByYou: false, result: 'theirs' },
    ]);
  });

  it('takes yours where both changed the same field differently', () => {
    const { merged, differences } = merge({ name: 'Tokyo HQ' }, { name: 'Tokyo Branch' });
    expect(merged.name).toBe('Tokyo Branch');
    expect(differences).toEqual([
      { field: 'name', changedByThem: true, changedByYou: true, result: 'yours' },
    ]);
  });

  it('lists nothing where both made the same change, and changes nothing of theirs', () => {
    const { merged, differences } = merge({ name: 'Tokyo Branch' }, { name: 'Tokyo Branch' });
    expect(merged).toEqual({ ...base, name: 'Tokyo Branch' });
    expect(differences).toEqual([]);
  });

  it('never pairs your state with their country: fields that go together are yours together', () => {
    const { merged, differences } = merge({ country: 'US', state: 'US-CA' }, { state: 'JP-27' });
    expect(merged).toMatchObject({ country: 'JP', state: 'JP-27' });
    expect(differences).toEqual([
      { field: 'country', changedByThem: true, changedByYou: false, result: 'yours' },
      { field: 'state', changedByThem: true, changedByYou: true, result: 'yours' },
    ]);
  });

  it('keeps their country and state together when you changed neither', () => {
    const { merged } = merge({ country: 'US', state: null }, { address: '1-1 Nihonbashi' });
    expect(merged).toEqual({ ...base, country: 'US', state: null, address: '1-1 Nihonbashi' });
  });

  it('tells null from an empty text', () => {
    const { merged, differences } = merge({ state: '' }, {});
    expect(merged.state).toBe('');
    expect(differences).toEqual([
      { field: 'state', changedByThem: true, changedByYou: false, result: 'theirs' },
    ]);
  });

  it('leaves its inputs alone', () => {
    const theirs = { ...base, address: '1-1 Nihonbashi' };
    const yours = { ...base, name: 'Tokyo Branch' };
    mergeChanges({ base, theirs, yours, fields: FIELDS });
    expect(theirs).toEqual({ ...base, address: '1-1 Nihonbashi' });
    expect(yours).toEqual({ ...base, name: 'Tokyo Branch' });
  });
});
