/**
 * What every bench page shares, whichever editor it mounts: the timed open (read → parse →
 * mount → first paint), cursor placement in the middle of the document, the in-page editor
 * cost loop and the felt-latency recorder. The Node side drives it through `window.bench`.
 */
import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

export type OpenTiming = { read: number; parse: number; mount: number; paint: number; total: number };

export type BenchPage = {
  kind: string;
  /** Resolves once the editor has painted its document for the first time. */
  opened: Promise<OpenTiming>;
  /** Top-level blocks plus nested textblocks: a sanity check that the document is all there. */
  textblockCount(): number;
  placeCursorMiddle(): void;
  editorCost(count: number, warmup: number): Promise<number[]>;
  edits(count: number): Promise<void>;
  felt: FeltRecorder;
};

export type FeltRecorder = {
  samples: number[];
  /** Resolves true once `count` samples exist, false after `timeoutMs` without them. */
  waitFor(count: number, timeoutMs: number): Promise<boolean>;
};

declare global {
  interface Window {
    bench: BenchPage;
  }
}

/** Characters typed by the in-page loops: Hangul syllables and Latin letters, as users mix them. */
const TYPED = '보도자료 press release 과기정통부 NPU ';

/** Resolves after the next frame has been rendered: a rAF callback, then a task after it. */
export function afterNextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => void afterQueuedWork().then(() => resolve(performance.now()))));
}

/** Marks the end of a phase of opening a document: the file read, then parsed. */
/** Resolves in a fresh task: after every microtask and every task already queued. */
function afterQueuedWork(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export type MarkPhase = (phase: 'read' | 'parse') => void;

export type Opener = {
  /** Work before the timed open: an app starting up, say. */
  prepare?(): Promise<void>;
  /** Reads and parses the document at `docUrl`, marking each phase, and resolves with the editor holding it. */
  open(docUrl: string, mark: MarkPhase): Promise<EditorView>;
};

/** Opens the document named by `?doc=` with `opener`, timing each phase, and installs `window.bench`. */
export function startBenchPage(kind: string, opener: Opener): void {
  let view: EditorView | undefined;
  const editorView = (): EditorView => {
    if (!view) throw new Error('The editor is not mounted yet.');
    return view;
  };

  const opened = (async (): Promise<OpenTiming> => {
    const docUrl = new URLSearchParams(location.search).get('doc');
    if (!docUrl) throw new Error('No ?doc= given.');
    await opener.prepare?.();
    const marks: Partial<Record<'read' | 'parse', number>> = {};
    const start = performance.now();
    view = await opener.open(docUrl, (phase) => (marks[phase] = performance.now()));
    const mounted = performance.now();
    const painted = await afterNextFrame();
    const read = marks.read ?? start;
    const parsed = marks.parse ?? read;
    return { read: read - start, parse: parsed - read, mount: mounted - parsed, paint: painted - mounted, total: painted - start };
  })();

  window.bench = {
    kind,
    opened,
    felt: installFeltRecorder(),
    textblockCount() {
      let count = 0;
      editorView().state.doc.descendants((node) => {
        if (node.isTextblock) count++;
      });
      return count;
    },
    placeCursorMiddle() {
      const current = editorView();
      current.dispatch(current.state.tr.setSelection(middleSelection(current)).scrollIntoView());
      current.focus();
    },
    async editorCost(count, warmup) {
      const current = editorView();
      const samples: number[] = [];
      let layoutHeight = 0;
      for (let i = 0; i < warmup + count; i++) {
        // Each keystroke starts from a settled page, as a typist's would.
        await afterNextFrame();
        const start = performance.now();
        current.dispatch(current.state.tr.insertText(TYPED[i % TYPED.length] as string));
        // What the transaction set off at once counts too: React flushes store subscriptions
        // (toolbar state and the like) in a microtask. A task would let a whole frame in between.
        await Promise.resolve();
        layoutHeight += current.dom.offsetHeight;
        const elapsed = performance.now() - start;
        if (i >= warmup) samples.push(elapsed);
      }
      if (layoutHeight === 0) throw new Error('The editor has no layout.');
      return samples;
    },
    async edits(count) {
      const current = editorView();
      for (let i = 0; i < count; i++) {
        current.dispatch(current.state.tr.insertText(TYPED[i % TYPED.length] as string));
        if (i % 10 === 9) await afterNextFrame();
      }
    },
  };
}

/** A cursor inside the text of the textblock at the middle of the document. */
function middleSelection(view: EditorView): TextSelection {
  const { doc } = view.state;
  const middle = doc.content.size / 2;
  let target = -1;
  doc.descendants((node, pos) => {
    if (target >= 0) return false;
    if (node.isTextblock && pos >= middle && node.content.size > 0) target = pos + 1 + Math.floor(node.content.size / 2);
    return true;
  });
  const $pos = doc.resolve(target >= 0 ? target : Math.floor(middle));
  const near = TextSelection.near($pos);
  return near instanceof TextSelection ? near : TextSelection.create(doc, near.from);
}

/**
 * Felt latency: a keystroke starts at its first input-related event (keydown, beforeinput,
 * composition update or input, whichever the browser fires first) and ends once the next frame
 * has been rendered. Keystrokes are sent one at a time, so at most one is in flight.
 */
function installFeltRecorder(): FeltRecorder {
  const samples: number[] = [];
  const waiters: { count: number; resolve: (ok: boolean) => void }[] = [];
  let pendingStart: number | null = null;

  const begin = () => {
    if (pendingStart !== null) return;
    pendingStart = performance.now();
    void afterNextFrame().then((end) => {
      samples.push(end - (pendingStart as number));
      pendingStart = null;
      for (const waiter of [...waiters]) {
        if (samples.length >= waiter.count) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(true);
        }
      }
    });
  };
  for (const type of ['keydown', 'beforeinput', 'compositionstart', 'compositionupdate', 'input']) {
    document.addEventListener(type, begin, { capture: true });
  }

  return {
    samples,
    waitFor(count, timeoutMs) {
      if (samples.length >= count) return Promise.resolve(true);
      return new Promise((resolve) => {
        const waiter = { count, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          const index = waiters.indexOf(waiter);
          if (index >= 0) {
            waiters.splice(index, 1);
            resolve(false);
          }
        }, timeoutMs);
      });
    },
  };
}
