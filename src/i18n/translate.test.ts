import { en } from './messages/en';
import { pl } from './messages/pl';
import { choosePlural, translate } from './translate';

describe('translate', () => {
  it('interpolates parameters and formats numbers by locale', () => {
    expect(translate(en, en, 'en', 'common.items', { count: 1 })).toBe('1 item');
    expect(translate(en, en, 'en', 'common.items', { count: 1200 })).toBe('1,200 items');
  });

  it('uses the Polish plural forms one, few and many', () => {
    expect(translate(pl, en, 'pl', 'common.items', { count: 1 })).toBe('1 element');
    expect(translate(pl, en, 'pl', 'common.items', { count: 3 })).toBe('3 elementy');
    expect(translate(pl, en, 'pl', 'common.items', { count: 5 })).toBe('5 elementów');
    expect(translate(pl, en, 'pl', 'common.items', { count: 22 })).toBe('22 elementy');
    expect(translate(pl, en, 'pl', 'common.items', { count: 12 })).toBe('12 elementów');
  });

  it('falls back to English, then to the key', () => {
    expect(translate({}, en, 'pl', 'common.cancel')).toBe('Cancel');
    expect(translate({}, {}, 'pl', 'nope.missing')).toBe('nope.missing');
    expect(choosePlural({ other: 'x' }, 'pl', 2)).toBe('x');
  });
});

function leafKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = `${prefix}${key}`;
    if (typeof value === 'string' || (typeof value === 'object' && value !== null && 'other' in value)) return [path];
    return leafKeys(value as object, `${path}.`);
  });
}

describe('catalogs', () => {
  it('Polish translates every English message', () => {
    expect(leafKeys(pl).sort()).toEqual(leafKeys(en).sort());
  });
});
