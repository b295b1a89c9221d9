/** Where a finding is, in the interface language ("본문 2.1", "Header · Embargo"). */
import type { TFunction } from 'i18next';
import type { Target } from '../../shared/checks';

export function placeLabel(target: Target, t: TFunction): string {
  const numbers = target.path.map((i) => i + 1);
  switch (target.part) {
    case 'header':
      return target.field === 'embargo' || target.field === 'distributed' ? t(`checks.part.${target.field}`) : t('checks.part.header');
    case 'title':
      return t('checks.part.title');
    case 'subtitle':
      return t('checks.part.subtitle', { number: numbers[0] });
    case 'body':
      return numbers.length ? t('checks.part.bodyBlock', { number: numbers.join('.') }) : t('checks.part.body');
    case 'attachment': {
      const [attachment, ...block] = numbers;
      return block.length ? t('checks.part.attachmentBlock', { number: attachment, block: block.join('.') }) : t('checks.part.attachment', { number: attachment });
    }
    case 'contacts':
      return numbers.length ? t('checks.part.contact', { number: numbers[0] }) : t('checks.part.contacts');
  }
}
