/**
 * Site chrome around a release copied from a ministry web page: skip links, breadcrumbs, menu
 * words, "back to top", list / print / share buttons, view counters, copyright lines. Only
 * lines before the title and after the end of the release are ever tested, and every line
 * dropped this way is reported.
 */

const CHROME_PATTERNS: readonly RegExp[] = [
  /^(?:go|skip|jump|move|back|return)\s+to\b/i,
  /바로\s*가기$/,
  /^HOME\b|^(?:[Hh]ome|홈)\s*[>›]/,
  /(?:\s[>›»]\s.*){2,}/,
  /top of (?:the )?page|맨\s*위로|페이지\s*(?:상단|맨\s*위)/i,
  /^(?:이전글|다음글|previous|next|prev)(?:\s|:|$)/i,
  /copyright|all rights reserved|^ⓒ|^©/i,
  /공공누리|^kogl\b/i,
  /^(?:조회수?|hits?|views?)\s*[:：]?\s*[\d,]+$/i,
  /^(?:첨부\s*파일|첨부|attachments?)\s*[:：]?.*\.(?:hwpx?|pdf|docx?|xlsx?|zip)\b/i,
];

const CHROME_WORDS = new Set(
  [
    '목록', '목록보기', '목록으로', '인쇄', '프린트', '공유', '공유하기', '스크랩', '로그인', '로그아웃', '회원가입',
    '사이트맵', '전체메뉴', '메뉴', '검색', '닫기', '글자크기', '확대', '축소', '페이스북', '트위터', '카카오톡',
    'url복사', '링크복사', 'list', 'print', 'share', 'login', 'logout', 'sitemap', 'menu', 'search', 'close',
    'top', 'facebook', 'twitter', 'kakaotalk', 'copyurl', 'language', 'english', '한국어', 'korean',
  ],
);

export function isSiteChrome(text: string): boolean {
  const word = text.replace(/\s+/g, '').toLowerCase();
  if (word === '') return false;
  if (CHROME_WORDS.has(word)) return true;
  return CHROME_PATTERNS.some((pattern) => pattern.test(text));
}
