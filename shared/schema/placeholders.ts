/** The prompts shown in empty fields, per node and document language; they vanish on typing. */
import { Placeholder } from '@tiptap/extensions';
import type { Language } from '../release/model';
import { documentLanguage } from './docAttrs';

export const PLACEHOLDERS: Record<Language, Record<string, string>> = {
  ko: {
    agency: '기관명',
    embargo: '보도시점 (예: 2026. 4. 13.(월) 조간)',
    distribution: '배포 일시 (예: 2026. 4. 12.(일))',
    title: '제목',
    subtitle: '부제',
    line: '내용',
    note: '주석: 표시한 용어의 설명',
    remark: '참고 사항',
    heading: '소제목',
    pointer: '【붙임】 붙임 자료 이름',
    tableCaption: '표 제목',
    tableCell: '',
    attachmentTitle: '붙임 자료 제목',
    department: '담당 부서',
    contact: '직위 이름 (전화번호)',
  },
  en: {
    agency: 'Agency',
    embargo: 'Embargo (e.g. 2026. 4. 13.(Mon) morning papers)',
    distribution: 'Release date',
    title: 'Title',
    subtitle: 'Highlight',
    line: 'Text',
    note: 'Note explaining the marked term',
    remark: 'Remark',
    heading: 'Section heading',
    pointer: 'Attachment',
    tableCaption: 'Table caption',
    tableCell: '',
    attachmentTitle: 'Attachment title',
    department: 'Department',
    contact: 'Name, Title (phone)',
  },
};

export const BodoPlaceholder = Placeholder.configure({
  showOnlyCurrent: false,
  includeChildren: true,
  placeholder: ({ editor, node }) => PLACEHOLDERS[documentLanguage(editor.state.doc.attrs)][node.type.name] ?? '',
});
