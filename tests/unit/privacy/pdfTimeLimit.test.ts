/**
 * The time limit on reading a PDF, shared by the builder's Web Worker and the command line's worker
 * thread: a reading that does not answer in time is refused with its own message and stopped, a
 * worker that fails is refused as unreadable, and the clock starts only once the worker is ready.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/translator';
import { messageText } from '../../../src/i18n/keyedMessage';
import type { OpenedPdf } from '../../../src/planner/pdf/openPlanPdf';
import { readInWorker } from '../../../src/planner/privacy/openPdfInWorker';
import { withinTimeLimit, type StoppableRead } from '../../../src/planner/privacy/pdfTimeLimit';

const { t } = translator('en');
const never = new Promise<never>(() => {});
const words = (result: { ok: boolean; message?: Parameters<typeof messageText>[1] }) =>
  result.ok ? 'opened' : messageText(t, result.message!);

function read<R>(result: Promise<R>, ready: Promise<void> = Promise.resolve()) {
  const stops: number[] = [];
  const run: StoppableRead<R> = { ready, result, stop: () => stops.push(1) };
  return { run, stops };
}

describe('the time limit on reading a PDF', () => {
  it('refuses a reading that does not answer in time, and stops it', async () => {
    const { run, stops } = read(never);
    const started = performance.now();
    expect(words(await withinTimeLimit(run, 50))).toBe(
      'Reading this PDF took longer than the 0.05 seconds allowed, so it was stopped. It was not opened.',
    );
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expect(stops).toHaveLength(1);
  });

  it('gives the answer of a reading in time, and stops the worker after it', async () => {
    const { run, stops } = read(Promise.resolve({ ok: true as const, plan: 'p' }));
    expect(await withinTimeLimit(run, 1000)).toEqual({ ok: true, plan: 'p' });
    expect(stops).toHaveLength(1);
  });

  it('refuses as unreadable when the worker fails, before or after it is ready', async () => {
    expect(words(await withinTimeLimit(read(Promise.reject(new Error('out of memory'))).run, 1000))).toBe(
      'This PDF could not be read. It may be damaged or password protected.',
    );
    expect(words(await withinTimeLimit(read(Promise.reject(new Error('no start')), never).run, 1000))).toMatch(
      /could not be read/,
    );
  });

  it('gives drawing the pages again its own, longer limit once the file has been read', async () => {
    const answered = new Promise<string>((resolve) => setTimeout(() => resolve('compared'), 150));
    const drawing = Promise.resolve();
    const slow = { ...read(answered).run, drawing };
    expect(await withinTimeLimit(slow, 50, 1000)).toBe('compared');
    const never = { ...read(new Promise<string>(() => {})).run, drawing };
    expect(words((await withinTimeLimit(never, 50, 100)) as { ok: false })).toBe(
      'Reading this PDF took longer than the 0.1 seconds allowed, so it was stopped. It was not opened.',
    );
  });

  it('starts the clock when the worker is ready, not when it is created', async () => {
    let ready!: () => void;
    const readyLater = new Promise<void>((resolve) => (ready = resolve));
    let answer!: (value: string) => void;
    const { run } = read(new Promise<string>((resolve) => (answer = resolve)), readyLater);
    const result = withinTimeLimit(run, 100);
    await new Promise((resolve) => setTimeout(resolve, 150));
    ready();
    answer('read');
    expect(await result).toBe('read');
  });
});

/** Stands in for a Web Worker running pdfReaderWorker.ts: says it is ready, then answers. */
class FakeWorker extends EventTarget {
  posted: unknown[] = [];
  terminated = false;
  constructor(private readonly answer?: OpenedPdf) {
    super();
    queueMicrotask(() => this.say({ kind: 'ready' }));
  }
  say(data: unknown) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  postMessage(data: unknown) {
    this.posted.push(data);
    if (this.answer) queueMicrotask(() => this.say({ kind: 'read', opened: this.answer }));
  }
  terminate() {
    this.terminated = true;
  }
}

describe('reading in a Web Worker', () => {
  it('sends the bytes once the worker is ready, and ends the worker with the answer', async () => {
    const answer: OpenedPdf = { ok: false, message: { key: 'signoff.pdfRead.loops' }, issues: [] };
    const worker = new FakeWorker(answer);
    const bytes = new Uint8Array([37, 80, 68, 70]);
    expect(await withinTimeLimit(readInWorker(bytes, worker as unknown as Worker), 1000)).toEqual(answer);
    expect(worker.posted).toEqual([{ bytes }]);
    expect(worker.terminated).toBe(true);
  });

  it('terminates a worker that never answers, at the limit', async () => {
    const worker = new FakeWorker();
    const result = await withinTimeLimit(readInWorker(new Uint8Array(4), worker as unknown as Worker), 50);
    expect(words(result)).toMatch(/took longer than the 0.05 seconds allowed/);
    expect(worker.terminated).toBe(true);
  });

  it('refuses as unreadable when the worker reports an error', async () => {
    const worker = new FakeWorker();
    const reading = withinTimeLimit(readInWorker(new Uint8Array(4), worker as unknown as Worker), 1000);
    await Promise.resolve();
    worker.dispatchEvent(new Event('error'));
    expect(words(await reading)).toMatch(/could not be read/);
  });
});
