/**
 * Interface strings (not document labels, which follow the document's language: see
 * shared/release/labels.ts). Korean for Korean systems, English elsewhere.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

const en = {
  app: { untitled: 'Untitled', name: 'Bodo' },
  file: {
    new: 'New',
    open: 'Open…',
    save: 'Save',
    saveAs: 'Save As…',
    chooseTemplate: 'Template…',
    noFiles: 'This is the browser version: opening and saving files needs the Bodo desktop app.',
    openFailed: 'Could not open “{{name}}”: {{reason}}',
    openFailedNoName: 'Could not open the document: {{reason}}',
    saveFailed: 'Could not save: {{reason}}',
    exportFailed: 'Could not export: {{reason}}',
    export: 'Export…',
    invalidDocument: 'its content does not fit a Bodo document ({{detail}})',
  },
  confirm: {
    unsavedTitle: 'Unsaved changes',
    unsavedBody: '“{{name}}” has changes that are not saved.',
    save: 'Save',
    discard: 'Don’t save',
    cancel: 'Cancel',
    changedTitle: 'Changed by another program',
    changedBody: '“{{name}}” was changed by another program after Bodo opened or saved it. Saving here replaces those changes.',
    replace: 'Replace',
  },
  block: {
    menu: 'Block menu',
    type: 'Block type',
    level1: 'Level 1 item',
    level2: 'Level 2 item',
    level3: 'Level 3 item',
    level4: 'Level 4 item',
    paragraph: 'Paragraph',
    heading: 'Heading',
    remark: 'Remark',
    note: 'Note on the term before the cursor',
    table: 'Table',
    reference: '참고 page',
    appendix: '붙임 page',
    contact: 'Contact row',
    insert: 'Insert',
  },
  mark: { bold: 'Bold', italic: 'Italic', underline: 'Underline', link: 'Link', linkPrompt: 'Link address' },
  outline: { title: 'Outline', documentTitle: 'Title', empty: 'Nothing to show yet' },
  status: {
    characters_one: '{{count}} character',
    characters_other: '{{count}} characters',
    words_one: '{{count}} word',
    words_other: '{{count}} words',
    pages_one: '≈ {{count}} A4 page',
    pages_other: '≈ {{count}} A4 pages',
    saved: 'Saved',
    unsaved: 'Unsaved changes',
    neverSaved: 'Not saved yet',
    inMemory: 'Browser only',
  },
  notice: { dismiss: 'Dismiss' },
  recovery: {
    title_one: 'A document was not saved when Bodo last closed',
    title_other: '{{count}} documents were not saved when Bodo last closed',
    untitledFile: 'never saved',
    restore: 'Restore',
    discard: 'Discard',
    later: 'Show later',
  },
};

type Strings = typeof en;

const ko: Strings = {
  app: { untitled: '제목 없음', name: 'Bodo' },
  file: {
    new: '새 문서',
    open: '열기…',
    save: '저장',
    saveAs: '다른 이름으로 저장…',
    chooseTemplate: '서식…',
    noFiles: '브라우저 버전입니다. 파일을 열고 저장하려면 Bodo 데스크톱 앱을 사용하세요.',
    openFailed: '“{{name}}” 파일을 열 수 없습니다: {{reason}}',
    openFailedNoName: '문서를 열 수 없습니다: {{reason}}',
    saveFailed: '저장할 수 없습니다: {{reason}}',
    exportFailed: '내보낼 수 없습니다: {{reason}}',
    export: '내보내기…',
    invalidDocument: 'Bodo 문서 형식에 맞지 않습니다 ({{detail}})',
  },
  confirm: {
    unsavedTitle: '저장하지 않은 변경 사항',
    unsavedBody: '“{{name}}”에 저장하지 않은 변경 사항이 있습니다.',
    save: '저장',
    discard: '저장 안 함',
    cancel: '취소',
    changedTitle: '다른 프로그램에서 바뀐 파일',
    changedBody: 'Bodo가 “{{name}}” 파일을 열거나 저장한 뒤 다른 프로그램이 파일을 바꾸었습니다. 여기에 저장하면 그 변경 내용이 사라집니다.',
    replace: '바꾸기',
  },
  block: {
    menu: '블록 메뉴',
    type: '블록 종류',
    level1: '1수준 항목',
    level2: '2수준 항목',
    level3: '3수준 항목',
    level4: '4수준 항목',
    paragraph: '문단',
    heading: '소제목',
    remark: '참고 문구',
    note: '앞 낱말에 주석 달기',
    table: '표',
    reference: '참고 쪽',
    appendix: '붙임 쪽',
    contact: '담당자 행',
    insert: '삽입',
  },
  mark: { bold: '굵게', italic: '기울임', underline: '밑줄', link: '링크', linkPrompt: '링크 주소' },
  outline: { title: '개요', documentTitle: '제목', empty: '아직 내용이 없습니다' },
  status: {
    characters_one: '{{count}}자',
    characters_other: '{{count}}자',
    words_one: '{{count}}단어',
    words_other: '{{count}}단어',
    pages_one: 'A4 약 {{count}}쪽',
    pages_other: 'A4 약 {{count}}쪽',
    saved: '저장됨',
    unsaved: '저장 안 됨',
    neverSaved: '아직 저장하지 않음',
    inMemory: '브라우저 전용',
  },
  notice: { dismiss: '닫기' },
  recovery: {
    title_one: 'Bodo가 마지막으로 닫힐 때 저장하지 않은 문서가 있습니다',
    title_other: 'Bodo가 마지막으로 닫힐 때 저장하지 않은 문서가 {{count}}개 있습니다',
    untitledFile: '저장한 적 없음',
    restore: '복구',
    discard: '버리기',
    later: '나중에 보기',
  },
};

export function initI18n(languages: readonly string[]): typeof i18next {
  const lng = languages.some((l) => l.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    resources: { en: { translation: en }, ko: { translation: ko } },
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  return i18next;
}
