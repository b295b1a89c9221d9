/**
 * Dialogs that answer from a script instead of asking a person: tests set the next answer
 * (`dialogs.nextSavePath = …`) before the action that opens the dialog. Each answer is used
 * once; with none set, the dialog counts as canceled.
 */
import type { Dialogs, SaveFormat } from './host';

export class ScriptedDialogs implements Dialogs {
  nextOpenPath: string | null = null;
  nextSavePath: string | null = null;
  /** What each save dialog offered, for tests that check the suggested name. */
  readonly saveRequests: { suggestedName: string; format: SaveFormat }[] = [];

  async pickOpenPath(): Promise<string | null> {
    const path = this.nextOpenPath;
    this.nextOpenPath = null;
    return path;
  }

  async pickSavePath(suggestedName: string, format: SaveFormat): Promise<string | null> {
    this.saveRequests.push({ suggestedName, format });
    const path = this.nextSavePath;
    this.nextSavePath = null;
    return path;
  }
}
