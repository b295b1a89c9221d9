/**
 * The formats File ▸ Export offers. Apart from the contract, which validates them with zod, so
 * the renderer can list them without loading the contract's schemas at start-up.
 */
export const EXPORT_FORMATS = ['html', 'txt', 'json', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
