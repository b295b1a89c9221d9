/** The issuing agency (과학기술정보통신부), shown beside the kind label. One line of plain text. */
import { oneLineFieldNode } from './oneLineField';

export const AgencyNode = oneLineFieldNode('agency', { suggestable: true });
