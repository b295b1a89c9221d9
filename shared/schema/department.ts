/** A department name (담당 부서), e.g. "정보통신정책실 인공지능기반정책과". */
import { oneLineFieldNode } from './oneLineField';

export const DepartmentNode = oneLineFieldNode('department', { suggestable: true });
