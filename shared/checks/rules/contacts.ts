/** The contact table (house-style §1.7): a head, at least one staff member, phones as 0xx-xxxx-xxxx. */
import type { Contact } from '../../release/model';
import type { DocumentRule, Hit } from '../types';

const PHONE = /^0\d{1,2}-\d{3,4}-\d{4}$/;

/** The house form of a phone number written another way (`044 202 6000`, `0442026000`), if it is one. */
export function housePhone(written: string): string | null {
  const digits = written.replace(/[\s.\-()]/g, '');
  if (!/^0\d{8,10}$/.test(digits)) return null;
  const area = digits.startsWith('02') ? 2 : 3;
  return `${digits.slice(0, area)}-${digits.slice(area, -4)}-${digits.slice(-4)}`;
}

function missingRole(role: Contact['role']): DocumentRule {
  return {
    id: `contacts/missing-${role}`,
    scope: 'document',
    severity: 'warning',
    check: (release) => (release.contacts.some((contact) => contact.role === role) ? [] : [{ target: { part: 'contacts', path: [] } }]),
  };
}

export const contactRules: DocumentRule[] = [
  missingRole('head'),
  missingRole('staff'),
  {
    id: 'contacts/phone-format',
    scope: 'document',
    severity: 'warning',
    fixable: true,
    check: (release) =>
      release.contacts.flatMap((contact, i): Hit[] => {
        const phone = contact.phone?.trim();
        if (phone === undefined || PHONE.test(phone)) return [];
        const house = housePhone(phone);
        const written = contact.phone as string;
        const hit: Hit = { target: { part: 'contacts', path: [i], field: 'phone' }, params: { phone: written } };
        return [house ? { ...hit, fix: { kind: 'replaceText', range: [0, written.length], text: house } } : hit];
      }),
  },
];
