/** The few words the main process shows itself (menus, native prompts), in the UI language. */
import type { Language } from '../shared/release/model';

const ko = {
  file: '파일',
  new: '새 문서',
  open: '열기…',
  openRecent: '최근 문서',
  noRecent: '최근 문서 없음',
  clearRecent: '목록 지우기',
  save: '저장',
  saveAs: '다른 이름으로 저장…',
  export: '내보내기',
  exportFormats: { html: 'HTML', txt: '텍스트 (한글/워드용)', json: '보도자료 JSON', docx: 'Word 문서', pdf: 'PDF' },
  close: '닫기',
  quit: '끝내기',
  edit: '편집',
  undo: '실행 취소',
  redo: '다시 실행',
  view: '보기',
  help: '도움말',
  about: 'Bodo 정보',
  aboutDetail: '보도자료 편집기',
  unsavedMessage: (title: string) => `“${title}”의 변경 사항을 저장할까요?`,
  unsavedDetail: '저장하지 않으면 변경 사항이 사라집니다.',
  unsavedButtons: ['저장', '저장 안 함', '취소'],
  bodoFiles: 'Bodo 보도자료',
};

const en: typeof ko = {
  file: 'File',
  new: 'New',
  open: 'Open…',
  openRecent: 'Open Recent',
  noRecent: 'No Recent Documents',
  clearRecent: 'Clear Menu',
  save: 'Save',
  saveAs: 'Save As…',
  export: 'Export',
  exportFormats: { html: 'HTML', txt: 'Text (for Hangul/Word)', json: 'Release JSON', docx: 'Word Document', pdf: 'PDF' },
  close: 'Close',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  view: 'View',
  help: 'Help',
  about: 'About Bodo',
  aboutDetail: 'An editor for Korean government press releases',
  unsavedMessage: (title: string) => `Do you want to save the changes to “${title}”?`,
  unsavedDetail: 'Your changes will be lost if you don’t save them.',
  unsavedButtons: ['Save', 'Don’t Save', 'Cancel'],
  bodoFiles: 'Bodo release',
};

export type Strings = typeof ko;
export const stringsFor = (language: Language): Strings => (language === 'en' ? en : ko);
