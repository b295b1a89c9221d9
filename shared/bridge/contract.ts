/**
 * The one contract between the renderer and its host (`window.bodo`). Every intent has a
 * channel name and zod schemas for its request and its result; the preload, the main
 * process's IPC handlers and the test host all derive from this table, so they cannot drift.
 */
import { z } from 'zod';
import { bodoDocumentSchema } from '../document/envelope';

/** Errors cross the boundary as values: Electron flattens thrown errors to a bare string. */
export const hostErrorSchema = z.object({ ok: z.literal(false), message: z.string() });
const canceled = z.object({ ok: z.literal(false), canceled: z.literal(true) });

const opened = z.object({ ok: z.literal(true), path: z.string(), document: bodoDocumentSchema });
const saved = z.object({ ok: z.literal(true), path: z.string() });
const done = z.object({ ok: z.literal(true) });

export const recentFileSchema = z.object({
  path: z.string(),
  title: z.string(),
  openedAt: z.string(),
});
export type RecentFile = z.infer<typeof recentFileSchema>;

export const EXPORT_FORMATS = ['html', 'txt', 'json', 'docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const contract = {
  /** Ask the user for a .bodo file and read it. */
  openDocument: {
    request: z.object({}),
    result: z.union([opened, canceled, hostErrorSchema]),
  },
  /** Read a file the user already chose (recent files, command line, OS, drop). */
  openPath: {
    request: z.object({ path: z.string().min(1) }),
    result: z.union([opened, hostErrorSchema]),
  },
  /** Save to `path`, or ask where when `path` is null (Save As, untitled documents). */
  saveDocument: {
    request: z.object({ path: z.string().min(1).nullable(), document: bodoDocumentSchema, suggestedName: z.string() }),
    result: z.union([saved, canceled, hostErrorSchema]),
  },
  /**
   * Write an export the user names in a save dialog. Text formats as string, binary as bytes.
   * PDF may also be sent as print-ready HTML (a string): the host prints it with its browser engine.
   */
  exportFile: {
    request: z.object({
      format: z.enum(EXPORT_FORMATS),
      suggestedName: z.string(),
      data: z.union([z.string(), z.instanceof(Uint8Array)]),
    }),
    result: z.union([saved, canceled, hostErrorSchema]),
  },
  listRecent: {
    request: z.object({}),
    result: z.array(recentFileSchema),
  },
  /** Window title and unsaved-changes mark, so the host can guard close and quit. */
  setWindowState: {
    request: z.object({ title: z.string(), dirty: z.boolean() }),
    result: done,
  },
  /**
   * The renderer's answer to a `closeRequest` command: `proceed` once the document is saved
   * (or the user chose not to keep it), false when saving was canceled or failed.
   */
  closeReply: {
    request: z.object({ proceed: z.boolean() }),
    result: done,
  },
} as const;

export type Contract = typeof contract;
export type Intent = keyof Contract;
export type IntentRequest<I extends Intent> = z.input<Contract[I]['request']>;
export type IntentResult<I extends Intent> = z.output<Contract[I]['result']>;

/** Commands the host sends to the renderer (menu items, OS events). */
export const hostCommandSchema = z.discriminatedUnion('name', [
  z.object({ name: z.literal('new'), template: z.string().optional() }),
  z.object({ name: z.literal('open') }),
  z.object({ name: z.literal('save') }),
  z.object({ name: z.literal('saveAs') }),
  z.object({ name: z.literal('close') }),
  z.object({ name: z.literal('undo') }),
  z.object({ name: z.literal('redo') }),
  z.object({ name: z.literal('export'), format: z.enum(EXPORT_FORMATS) }),
  /** A file handed over by the OS, the command line or a second launch. */
  z.object({ name: z.literal('openPath'), path: z.string() }),
  /**
   * The user chose Save in the host's unsaved-changes prompt on close or quit: the renderer
   * saves (asking where if untitled) and answers with the `closeReply` intent.
   */
  z.object({ name: z.literal('closeRequest') }),
]);
export type HostCommand = z.infer<typeof hostCommandSchema>;

/** What `window.bodo` offers: one method per intent, plus host commands. */
export type BodoBridge = {
  readonly kind: 'electron' | 'test' | 'memory';
  /** False in the in-memory host: file actions are disabled there. */
  readonly canUseFiles: boolean;
  /** True when the host draws a native menu with accelerators (then the renderer binds none). */
  readonly hasNativeMenu: boolean;
  invoke<I extends Intent>(intent: I, request: IntentRequest<I>): Promise<IntentResult<I>>;
  onCommand(listener: (command: HostCommand) => void): () => void;
};

export const INTENTS = Object.keys(contract) as Intent[];
export const channelOf = (intent: Intent): string => `bodo:${intent}`;
export const intentOfChannel = (channel: string): Intent | undefined => INTENTS.find((intent) => channelOf(intent) === channel);
export const COMMAND_CHANNEL = 'bodo:command';
