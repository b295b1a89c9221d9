/** 보도시점 as written: "2026. 4. 13.(월) 조간", "배포 즉시 보도 가능" … One line of plain text. */
import { oneLineFieldNode } from './oneLineField';

export const EmbargoNode = oneLineFieldNode('embargo', { suggestable: true });
