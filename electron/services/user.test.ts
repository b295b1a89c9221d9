import { userInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { createHostHandlers, dispatchIntent } from './host';
import { createDocumentFiles } from './documents';
import { createJournal } from './journal';
import { createRecentFiles } from './recent';
import { ScriptedDialogs } from './scripted-dialogs';

describe('systemUserName intent', () => {
  it('answers with the name the operating system gives the user', async () => {
    const handlers = createHostHandlers({
      documents: createDocumentFiles(),
      recent: createRecentFiles({ file: '/nonexistent/recent.json' }),
      dialogs: new ScriptedDialogs(),
      journal: createJournal({ folder: '/nonexistent/recovery' }),
    });
    expect(await dispatchIntent(handlers, 'systemUserName', {})).toEqual({ name: userInfo().username });
  });
});
