import { describe, expect, it } from 'vitest';
import { cleanRelease, findingsOf, fixRule } from '../test-support';
import { housePhone } from './contacts';

describe('contact rules', () => {
  const [head, staff] = cleanRelease().contacts;

  it('reports a missing head or staff member', () => {
    expect(findingsOf(cleanRelease({ contacts: [staff!] }), 'contacts/missing-head')).toMatchObject([{ blockLabel: 'contacts' }]);
    expect(findingsOf(cleanRelease({ contacts: [head!] }), 'contacts/missing-staff')).toHaveLength(1);
    expect(findingsOf(cleanRelease(), 'contacts/missing-head')).toEqual([]);
  });

  it('flags phone numbers not written 0xx-xxx(x)-xxxx and rewrites the ones it can read', () => {
    const contacts = [
      { ...head!, phone: '044 202 6000' },
      { ...staff!, phone: '02-2100-1234' },
      { ...staff!, phone: '내선 6001' },
    ];
    const found = findingsOf(cleanRelease({ contacts }), 'contacts/phone-format');
    expect(found.map((f) => [f.blockLabel, f.fix?.kind])).toEqual([
      ['contacts 1', 'replaceText'],
      ['contacts 3', undefined],
    ]);
    const fixed = fixRule(cleanRelease({ contacts }), 'contacts/phone-format');
    expect(fixed.contacts.map((c) => c.phone)).toEqual(['044-202-6000', '02-2100-1234', '내선 6001']);
    expect(findingsOf(fixed, 'contacts/phone-format')).toHaveLength(1);
  });

  it('reads Seoul and regional numbers', () => {
    expect(housePhone('0221001234')).toBe('02-2100-1234');
    expect(housePhone('044.202.6000')).toBe('044-202-6000');
    expect(housePhone('6000')).toBeNull();
  });
});
