/**
 * The host side of the bridge, as plain functions: one handler per intent of the contract,
 * backed by the services. Electron's IPC and the end-to-end tests both call `dispatchIntent`,
 * so the app and its tests share every line below the transport.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import {
  contract,
  INTENTS,
  type Contract,
  type Intent,
  type IntentResult,
  type RecentFile,
} from '../../shared/bridge/contract';
import type { ExportFormat } from '../../shared/bridge/formats';
import { documentTitle } from '../../shared/document/load';
import type { DocumentFiles } from './documents';
import { failure, fileErrorCause, inInterfaceLanguage, wordReason } from './failures';
import { errorCode, writeFileAtomic } from './files';
import type { Journal } from './journal';
import type { RecentFiles } from './recent';
import { createSettingsInMemory, type Settings, type SettingsStore } from './settings';
import { systemUserName } from './user';

export type SaveFormat = 'bodo' | ExportFormat;
/** What an open dialog is for: a Bodo document, or a file to import (its filter differs). */
export type OpenPurpose = 'document' | 'import';
/** The file types File ▸ Import… offers: what the importers read. */
export const IMPORT_EXTENSIONS = ['txt', 'html', 'htm', 'docx', 'json'] as const;
/** Larger files are no press release: refused before they are read into memory. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Native dialogs in the app, a scripted object in tests. Null means the user canceled. */
export type Dialogs = {
  pickOpenPath(purpose?: OpenPurpose): Promise<string | null>;
  /** `folder`: where the dialog starts (the last export's folder); the platform's default when absent. */
  pickSavePath(suggestedName: string, format: SaveFormat, folder?: string): Promise<string | null>;
};

/** Where the last export went, so the next export dialog opens there (the app keeps it in its settings). */
export type ExportFolder = { get(): string | undefined; set(folder: string): void };

/** What the host does with the window; absent where there is none to drive. */
export type WindowControl = {
  setState(state: { title: string; dirty: boolean }): void;
  closeReply(proceed: boolean): void;
};

/**
 * The files the renderer may have written: those the user picked in a dialog, handed over from
 * the OS, or opened from the recent list (picked in an earlier run). A renderer that was taken
 * over still cannot make the host write anywhere else.
 */
export class PathGrants {
  private readonly granted = new Set<string>();
  grant(path: string): void {
    this.granted.add(resolve(path));
  }
  has(path: string): boolean {
    return this.granted.has(resolve(path));
  }
}

export type HostServices = {
  documents: DocumentFiles;
  recent: RecentFiles;
  dialogs: Dialogs;
  journal: Journal;
  /** Defaults to a fresh set; the main process shares its own to grant files the OS hands over. */
  grants?: PathGrants;
  autosaveSeconds?: () => number;
  window?: WindowControl;
  /** Defaults to remembering for this run only. */
  exportFolder?: ExportFolder;
  /** The system clipboard, where the host has one (Electron's); absent in tests. */
  clipboard?: { write(flavours: { text: string; html: string }): void };
  /** Print HTML to PDF with a browser engine, for PDF exports sent as HTML. */
  printToPdf?: (html: string) => Promise<Uint8Array>;
  /** Called after the recent list changes, so a native menu can follow. */
  onRecentChanged?: (files: RecentFile[]) => void;
  /** Defaults to settings kept for this run only. */
  settings?: SettingsStore;
  /** Called after the settings are stored, so menus and the window can follow. */
  onSettingsChanged?: (settings: Settings) => void;
  /** Point the spellchecker at the document's language, where there is one. */
  setSpellcheckLanguage?: (language: 'ko' | 'en') => void;
  /** The interface language's translator, for failures the user reads; English when absent. */
  translate?: () => TFunction;
};

type HostError = { ok: false; message: string };
type IntentRequestParsed<I extends Intent> = z.output<Contract[I]['request']>;
export type HostHandlers = { [I in Intent]: (request: IntentRequestParsed<I>) => Promise<IntentResult<I>> };

const canceled = { ok: false, canceled: true } as const;

export const DEFAULT_AUTOSAVE_SECONDS = 5;

export function createHostHandlers(services: HostServices): HostHandlers {
  const { documents, recent, dialogs, journal } = services;
  const grants = services.grants ?? new PathGrants();
  const exportFolder = services.exportFolder ?? exportFolderInMemory();
  const settings = services.settings ?? createSettingsInMemory();
  /** What each file looked like when Bodo last read or wrote it, to notice changes by others. */
  const known = new Map<string, string>();
  const noteFileState = async (path: string) => {
    const state = await fileState(path);
    if (state !== null) known.set(resolve(path), state);
  };

  const mayWrite = async (path: string) =>
    grants.has(path) || (await recent.list()).some((file) => resolve(file.path) === resolve(path));
  const refuseWrite = (path: string) => failure('refusedWrite', { file: basename(path) });

  const remember = async (path: string, title: string) => {
    const files = await recent.add({ path, title });
    services.onRecentChanged?.(files);
  };

  const openPath = async (path: string) => {
    const read = await documents.read(path);
    if (!read.ok) return read;
    await noteFileState(path);
    await remember(path, documentTitle(read.document) ?? basename(path));
    return { ok: true as const, path, document: read.document };
  };

  const handlers: HostHandlers = {
    async openDocument() {
      const path = await dialogs.pickOpenPath();
      if (path === null) return canceled;
      grants.grant(path);
      return openPath(path);
    },
    // Files the user chose elsewhere (the OS, the command line, the recent list): not any path the page names.
    openPath: async ({ path }) => ((await mayWrite(path)) ? openPath(path) : failure('refusedOpen', { file: basename(path) })),
    async saveDocument({ path, document, suggestedName }) {
      const target = path ?? (await pickSavePath(dialogs, suggestedName, 'bodo'));
      if (target === null) return canceled;
      if (path === null) grants.grant(target);
      else if (!(await mayWrite(path))) return refuseWrite(path);
      const written = await documents.write(target, document);
      if (!written.ok) return written;
      await noteFileState(target);
      await remember(target, documentTitle(document) ?? basename(target));
      return { ok: true, path: target };
    },
    async exportFile({ format, suggestedName, data }) {
      const target = await pickSavePath(dialogs, suggestedName, format, exportFolder.get());
      if (target === null) return canceled;
      grants.grant(target);
      exportFolder.set(dirname(target));
      let bytes: string | Uint8Array = data;
      if (format === 'pdf' && typeof data === 'string') {
        if (!services.printToPdf) return failure('pdfUnavailable');
        bytes = await services.printToPdf(data);
      }
      const written = await writeFileAtomic(target, bytes);
      return written.ok ? { ok: true, path: target } : written;
    },
    async importFile() {
      const path = await dialogs.pickOpenPath('import');
      if (path === null) return canceled;
      return readImportFile(path);
    },
    async writeClipboard(flavours) {
      if (!services.clipboard) return failure('clipboardUnavailable');
      services.clipboard.write(flavours);
      return { ok: true };
    },
    listRecent: () => recent.list(),
    async setWindowState(state) {
      services.window?.setState(state);
      return { ok: true };
    },
    async autosave({ documentId, path, document }) {
      // The path is only remembered, never written; a foreign one still has no place in the journal.
      if (path !== null && !(await mayWrite(path))) return refuseWrite(path);
      return journal.write({ documentId, path, document });
    },
    listRecoverable: () => journal.list(),
    async restoreRecoverable({ documentId }) {
      const read = await journal.read(documentId);
      if (!read.ok) return read;
      const { path, document } = read.entry;
      journal.adopt(documentId);
      // Journaled only when writable then: saving the restored document may go back there.
      if (path !== null) grants.grant(path);
      return { ok: true, documentId, path, document };
    },
    async discardRecoverable({ documentId }) {
      await journal.discard(documentId);
      return { ok: true };
    },
    async preferences() {
      return { autosaveSeconds: services.autosaveSeconds?.() ?? DEFAULT_AUTOSAVE_SECONDS };
    },
    async fileStatus({ path }) {
      const before = known.get(resolve(path));
      // Only files Bodo deals with: the page must not probe the disk for what exists.
      if (before === undefined && !(await mayWrite(path))) return failure('refusedStatus', { file: basename(path) });
      const now = await fileState(path);
      if (now === null) return { ok: true, state: 'missing' };
      return { ok: true, state: before === undefined || before === now ? 'same' : 'changed' };
    },
    async closeReply({ proceed }) {
      services.window?.closeReply(proceed);
      return { ok: true };
    },
    async getSettings() {
      const { settings: stored, problem } = await settings.load();
      return problem ? { settings: stored, problem: wordReason(problem, services.translate?.()) } : { settings: stored };
    },
    async setSettings({ settings: next }) {
      const written = await settings.save(next);
      if (!written.ok) return written;
      services.onSettingsChanged?.(next);
      return { ok: true, settings: next };
    },
    async setDocumentLanguage({ language }) {
      services.setSpellcheckLanguage?.(language);
      return { ok: true };
    },
    systemUserName: async () => ({ name: systemUserName() }),
  };
  // Failures cross the bridge as words only, in the interface language the renderer shows them in.
  const worded = Object.entries(handlers).map(([intent, handler]) => [
    intent,
    async (request: never) => inInterfaceLanguage(await (handler as (request: never) => Promise<unknown>)(request), services.translate?.()),
  ]);
  return Object.fromEntries(worded) as HostHandlers;
}

/** Size and modification time, enough to notice a save by another program; null when the file is gone. */
async function fileState(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    return `${info.size}:${info.mtimeMs}`;
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return null;
    throw error;
  }
}

function exportFolderInMemory(): ExportFolder {
  let folder: string | undefined;
  return { get: () => folder, set: (chosen) => void (folder = chosen) };
}

/** The bytes of a file to import, as a plain Uint8Array (what crosses IPC and test bindings intact). */
async function readImportFile(path: string): Promise<IntentResult<'importFile'>> {
  const name = basename(path);
  try {
    const { size } = await stat(path);
    if (size > MAX_IMPORT_BYTES) return failure('tooLargeToImport', { file: name, megabytes: Math.ceil(size / 1024 / 1024) });
    return { ok: true, name, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    return failure('readFailed', { file: name, cause: fileErrorCause(error, 'read') });
  }
}

/** Ask for a path, offering a name safe on every platform, and make sure it has the format's extension. */
async function pickSavePath(dialogs: Dialogs, suggestedName: string, format: SaveFormat, folder?: string): Promise<string | null> {
  const picked = await dialogs.pickSavePath(withExtension(safeFileName(suggestedName), format), format, folder);
  return picked === null ? null : withExtension(picked, format);
}

export function withExtension(path: string, format: SaveFormat): string {
  return extname(path).toLowerCase() === `.${format}` ? path : `${path}.${format}`;
}

/** Titles often hold characters no file system allows (“/”, “:”, “?”) and may span two lines. */
export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return cleaned === '' ? 'Untitled' : cleaned;
}

/**
 * Validate the intent and its payload against the contract, then run the handler. Bad payloads
 * and failures come back as `{ ok: false, message }` values: thrown errors do not survive IPC.
 */
export async function dispatchIntent(handlers: HostHandlers, intent: string, payload: unknown): Promise<unknown> {
  if (!isIntent(intent)) return hostError(`Unknown request “${intent}”.`);
  const request = contract[intent].request.safeParse(payload ?? {});
  if (!request.success) {
    const issue = request.error.issues[0];
    return hostError(`Bad request for ${intent}: ${issue ? `${issue.path.join('.') || 'payload'}: ${issue.message}` : 'invalid'}.`);
  }
  try {
    const handler = handlers[intent] as (request: unknown) => Promise<unknown>;
    return await handler(request.data);
  } catch (error) {
    return hostError(`Bodo could not complete ${intent}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const isIntent = (name: string): name is Intent => (INTENTS as string[]).includes(name);
const hostError = (message: string): HostError => ({ ok: false, message });
