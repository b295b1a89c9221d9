/** 배포: when the release was handed out. One line of plain text. */
import { oneLineFieldNode } from './oneLineField';

export const DistributionNode = oneLineFieldNode('distribution', { suggestable: true });
