/** Title and subtitles (house-style §1.3): present, short, at most two lines, one or two subtitles. */
import type { Release } from '../../release/model';
import type { Profile } from '../profiles';
import { charCount, wrappedLines } from '../text';
import type { DocumentRule, Target } from '../types';

const TITLE: Target = { part: 'title', path: [] };

function titleLines(release: Release, profile: Profile): number {
  return wrappedLines(release.title, profile.typography.sizePt.title, profile);
}

export const titleRules: DocumentRule[] = [
  {
    id: 'title/empty',
    scope: 'document',
    severity: 'error',
    message: { ko: '제목이 비어 있습니다.', en: 'The title is empty.' },
    check: (release) => (release.title.trim() ? [] : [{ target: TITLE }]),
  },
  {
    id: 'title/too-long',
    scope: 'document',
    severity: 'warning',
    message: {
      ko: '제목이 {length}자입니다. {max}자 이내로 줄이세요.',
      en: 'The title has {length} characters; keep it within {max}.',
    },
    check: (release, profile) => {
      const length = charCount(release.title);
      const max = profile.limits.titleMaxChars;
      return length > max ? [{ target: TITLE, params: { length, max } }] : [];
    },
  },
  {
    id: 'title/too-many-lines',
    scope: 'document',
    severity: 'warning',
    message: {
      ko: '제목이 {lines}줄로 넘어갑니다({max}줄 이내).',
      en: 'The title runs to {lines} lines (at most {max}).',
    },
    check: (release, profile) => {
      const lines = titleLines(release, profile);
      const max = profile.limits.titleMaxLines;
      return release.title.trim() && lines > max ? [{ target: TITLE, params: { lines, max } }] : [];
    },
  },
  {
    id: 'subtitle/too-many',
    scope: 'document',
    severity: 'warning',
    message: {
      ko: '부제가 {count}개입니다. {max}개 이내로 줄이세요.',
      en: 'There are {count} subtitles; keep to {max}.',
    },
    check: (release, profile) => {
      const max = profile.limits.subtitlesMax[release.language];
      const count = release.subtitles.length;
      return count > max ? [{ target: { part: 'subtitle', path: [max] }, params: { count, max } }] : [];
    },
  },
  {
    id: 'subtitle/empty',
    scope: 'document',
    severity: 'warning',
    fixable: true,
    message: { ko: '빈 부제입니다.', en: 'This subtitle is empty.' },
    check: (release) =>
      release.subtitles.flatMap((subtitle, i) =>
        subtitle.trim() ? [] : [{ target: { part: 'subtitle', path: [i] } as Target, fix: { kind: 'remove' } as const }],
      ),
  },
];
