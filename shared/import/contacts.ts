/**
 * The contact table (house-style §1.7, §6.8) in the forms it arrives in: Bodo's own lines
 * (`담당 부서  …`, `책임자  과장 이영희 (044-…)`, `Contact  Name, Title (phone)`), and a 한글 table
 * copied out one cell per line (담당 부서 / 철도국 / 책임자 / 과  장 / 우정훈 / (044-…) …, with the
 * department split over two cells, several staff rows, 담당 기관 instead of 담당 부서, and the
 * old header form 담당부서 / 담당과장 / 담·당·자).
 */
import type { Contact } from '../release/model';
import { isBlank, nextFilled, squeeze, type SourceLine } from './lines';

const DEPARTMENT_LABEL = /^(?:담\s*당\s*(?:부\s*서|기\s*관)|department)(?:\s*[:：]\s*|\s{2,}|$)(.*)$/i;
const ROLE_LABEL = /^(책\s*임\s*자|담\s*당\s*과\s*장|담[\s·]*당[\s·]*자|contacts?)(?:\s*[:：]\s*|\s{2,}|$)(.*)$/i;
/** A role label followed by one space and a rank (`책임자 과장 …`) is a label too. */
const ROLE_THEN_RANK = /^(책\s*임\s*자|담[\s·]*당[\s·]*자)\s+(.*)$/;
const PHONE = /\(?\s*(?:☎|tel\.?|전화)?\s*((?:0\d{1,2}|\+\d{1,3}[-\s]?\d{1,2})[-)\s.]\s?\d{3,4}[-\s.]\d{4})\s*\)?/i;
const PHONE_ONLY = new RegExp(`^${PHONE.source}$`, 'i');
const NAME = /^[가-힣](?:\s*[가-힣]){1,3}$/;

/** Ranks seen in contact tables; a cell equal to one (spaces ignored) starts a person. */
const RANKS = new Set([
  '과장', '팀장', '국장', '실장', '단장', '관장', '부장', '차장', '본부장', '센터장', '소장', '원장',
  '정책관', '기획관', '심의관', '담당관', '대변인', '감사관', '과장대리', '계장',
  '사무관', '서기관', '주무관', '연구관', '연구사', '행정관', '전문관', '전문위원', '전문경력관',
  '주사', '주사보', '연구원', '선임연구원', '책임연구원', '수석연구원', '대리', '주임',
  '행정사무관', '기술사무관', '기술서기관', '시설사무관', '공업사무관', '행정주사',
]);

type Role = Contact['role'];

export function isContactStart(line: SourceLine): boolean {
  if (DEPARTMENT_LABEL.test(line.text)) return true;
  const role = ROLE_LABEL.exec(line.text);
  if (role) return !/^contacts?$/i.test(role[1] ?? '') || (role[2] ?? '') !== '';
  const withRank = ROLE_THEN_RANK.exec(line.text);
  return withRank !== null && RANKS.has(squeeze(withRank[2] ?? '').split(/[^가-힣]/)[0] ?? '');
}

export type ContactZone = { contacts: Contact[]; /** index after the last line used */ end: number };

/** A person being read cell by cell. */
type Pending = { role: Role; rank?: string; name?: string; phone?: string };

/**
 * Reads contacts from `lines[start]` on, for as long as the lines read as contact cells.
 * `stop` says where other content starts (an attachment page, a marked line).
 */
export function readContacts(
  lines: readonly SourceLine[],
  start: number,
  stop: (line: SourceLine) => boolean,
): ContactZone {
  const contacts: Contact[] = [];
  let groupPeople: Contact[] = [];
  let departmentParts: string[] = [];
  let role: Role = 'staff';
  let rankFromLabel: string | undefined;
  let pending: Pending | null = null;
  let end = start;

  const finishPerson = () => {
    if (pending?.name) {
      const person: Contact = { role: pending.role, name: pending.name };
      if (pending.rank) person.rank = pending.rank;
      if (pending.phone) person.phone = pending.phone;
      groupPeople.push(person);
    }
    pending = null;
  };
  const finishGroup = () => {
    finishPerson();
    const department = departmentParts.join(' ');
    for (const person of groupPeople) contacts.push(department ? { ...person, department, role: person.role } : person);
    groupPeople = [];
    departmentParts = [];
  };
  const startPerson = (rank?: string): Pending => {
    finishPerson();
    const person: Pending = { role };
    const chosenRank = rank ?? rankFromLabel;
    if (chosenRank) person.rank = chosenRank;
    pending = person;
    return person;
  };

  for (let index = start; index < lines.length; index += 1) {
    const line = lines[index] as SourceLine;
    if (isBlank(line)) continue;
    if (index > start && stop(line)) break;
    const text = line.text;

    const department = DEPARTMENT_LABEL.exec(text);
    if (department) {
      if (groupPeople.length > 0 || pending) finishGroup();
      const value = (department[1] ?? '').trim();
      if (value) departmentParts.push(value);
      end = index + 1;
      continue;
    }
    const roleLabel = ROLE_LABEL.exec(text) ?? (isContactStart(line) ? ROLE_THEN_RANK.exec(text) : null);
    if (roleLabel) {
      finishPerson();
      const word = squeeze(roleLabel[1] ?? '');
      role = word === '책임자' || word === '담당과장' ? 'head' : 'staff';
      rankFromLabel = word === '담당과장' ? '과장' : undefined;
      const value = (roleLabel[2] ?? '').trim();
      if (value) {
        const person = parsePerson(value, role, rankFromLabel);
        if (!person) break;
        groupPeople.push(person);
      }
      end = index + 1;
      continue;
    }
    const current = pending as Pending | null;
    const phone = PHONE_ONLY.exec(text);
    if (phone) {
      if (current) current.phone = phone[1];
      else if (groupPeople.length > 0) (groupPeople[groupPeople.length - 1] as Contact).phone ??= phone[1];
      else break;
      finishPerson();
      end = index + 1;
      continue;
    }
    if (RANKS.has(squeeze(text))) {
      startPerson(squeeze(text));
      end = index + 1;
      continue;
    }
    if (NAME.test(text) && (current ? !current.name : false)) {
      current!.name = squeeze(text);
      end = index + 1;
      continue;
    }
    const person = parsePerson(text, role, rankFromLabel);
    if (person && (person.phone || person.rank)) {
      finishPerson();
      groupPeople.push(person);
      end = index + 1;
      continue;
    }
    // A name right after a role label, before any rank: `담당자` / `홍길동` / `(044-…)`.
    if (NAME.test(text) && !current && awaitingName(lines, index)) {
      startPerson().name = squeeze(text);
      end = index + 1;
      continue;
    }
    // A short cell before the people, or right before a role label, is part of the department.
    const departmentCell = text.length <= 30 && !/[.,다]$/.test(text) && !/\d{3}/.test(text);
    if (!current && departmentCell && (groupPeople.length === 0 || nextIsRoleLabel(lines, index))) {
      departmentParts.push(text);
      end = index + 1;
      continue;
    }
    break;
  }
  finishGroup();
  return { contacts, end };
}

/** True when the next filled cell is a phone number: the cell at `index` is then a name. */
function awaitingName(lines: readonly SourceLine[], index: number): boolean {
  return PHONE_ONLY.test(nextFilledText(lines, index));
}

function nextIsRoleLabel(lines: readonly SourceLine[], index: number): boolean {
  return ROLE_LABEL.test(nextFilledText(lines, index));
}

function nextFilledText(lines: readonly SourceLine[], index: number): string {
  return lines[nextFilled(lines, index + 1)]?.text ?? '';
}

/**
 * One person written on one line: `과장 이영희 (044-202-6000)`, `장인숙(02-2110-2430)`,
 * `용찬재 사무관(02-2110-2428)`, `Jane Kim, Deputy Director (+82-44-202-6000)`.
 */
export function parsePerson(text: string, role: Role, defaultRank?: string): Contact | null {
  const phoneMatch = PHONE.exec(text);
  const phone = phoneMatch?.[1];
  const rest = (phoneMatch ? text.slice(0, phoneMatch.index) + text.slice(phoneMatch.index + phoneMatch[0].length) : text).trim();
  if (rest === '') return null;
  const person: Contact = { role, name: rest };
  if (/,\s/.test(rest)) {
    // English: Name, Title
    const [name = '', ...title] = rest.split(/,\s*/);
    person.name = name.trim();
    const rank = title.join(', ').trim();
    if (rank) person.rank = rank;
  } else {
    const words = rest.split(/\s+/);
    const rankIndex = words.findIndex((word) => RANKS.has(word));
    if (rankIndex >= 0) {
      person.rank = words[rankIndex];
      words.splice(rankIndex, 1);
    } else if (defaultRank) {
      person.rank = defaultRank;
    }
    person.name = words.join(' ');
    if (person.name === '' || (!phone && !person.rank)) return null;
  }
  if (phone) person.phone = phone;
  return person;
}
