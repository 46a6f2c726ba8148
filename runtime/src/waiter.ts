/**
 * Waiting for asynchronous work to end. Many actions only start a task and return its identifier
 * (`TaskId`, `FlowId`, …); another action of the API reports the task's state. The generated
 * `waitFor<Action>` methods wire an action's task to that report; the loop lives here, once:
 * poll, read the state, stop on a documented terminal state, otherwise sleep with exponential
 * backoff and full jitter (so many waiters started together do not poll in step) until the
 * overall deadline, honouring an AbortSignal throughout.
 */
import { AbortError } from "./errors.js";
import { sleep } from "./retry.js";
import type { CallOptions } from "./client.js";

export interface WaitOptions extends CallOptions {
  /** Give up after this long, in ms (default 10 minutes); the error names the last state seen. */
  maxWaitMs?: number;
  /** First delay between polls, in ms (default 2 s); it doubles up to `maxDelayMs`. */
  minDelayMs?: number;
  /** Longest delay between polls, in ms (default 30 s). */
  maxDelayMs?: number;
}

/** What a generated waiter knows about its task, from the spec's derived `waiter` fact. */
export interface WaiterDefinition<T> {
  /** The action that started the task (for messages). */
  action: string;
  /** The action that reports on it. */
  taskAction: string;
  /** Reads the state out of the task action's response. */
  state: (output: T) => unknown;
  /** Documented states that end the task well. */
  success: readonly string[];
  /** Documented states that end it badly. */
  failure: readonly string[];
}

export const DEFAULT_MAX_WAIT_MS = 10 * 60_000;
export const DEFAULT_MIN_DELAY_MS = 2_000;
export const DEFAULT_MAX_DELAY_MS = 30_000;

/** The task did not reach a terminal state within `maxWaitMs`. */
export class WaiterTimeoutError extends Error {
  readonly code = "WaiterTimeout";
  readonly action: string;
  readonly taskAction: string;
  /** The last state the task action reported (undefined if no poll completed). */
  readonly lastState: string | undefined;
  readonly waitedMs: number;
  readonly polls: number;
  constructor(opts: { action: string; taskAction: string; lastState: string | undefined; waitedMs: number; polls: number }) {
    super(
      `${opts.action}: the task was still ${opts.lastState === undefined ? "unreported" : `"${opts.lastState}"`} after ${opts.waitedMs} ms (${opts.polls} polls of ${opts.taskAction})`,
    );
    this.name = "WaiterTimeoutError";
    this.action = opts.action;
    this.taskAction = opts.taskAction;
    this.lastState = opts.lastState;
    this.waitedMs = opts.waitedMs;
    this.polls = opts.polls;
  }
}

/** The task reached a documented failure state; `output` is the task action's last response. */
export class WaiterFailedError<T = unknown> extends Error {
  readonly code = "WaiterFailed";
  readonly action: string;
  readonly taskAction: string;
  readonly state: string;
  readonly output: T;
  constructor(opts: { action: string; taskAction: string; state: string; output: T }) {
    super(`${opts.action}: the task ended in state "${opts.state}" (reported by ${opts.taskAction})`);
    this.name = "WaiterFailedError";
    this.action = opts.action;
    this.taskAction = opts.taskAction;
    this.state = opts.state;
    this.output = opts.output;
  }
}

/** Delay before poll `n` (0-based): full jitter over an exponential ceiling, at least 1 ms. */
export function waiterDelay(n: number, minDelayMs: number, maxDelayMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxDelayMs, minDelayMs * 2 ** Math.min(n, 30));
  // half fixed, half random: never a burst of zero-delay polls, never in lock-step
  return Math.max(1, Math.round(ceiling / 2 + random() * (ceiling / 2)));
}

/**
 * Polls until the state is terminal. Resolves with the task action's response on a success
 * state; rejects with WaiterFailedError on a failure state, WaiterTimeoutError past `maxWaitMs`,
 * AbortError when `signal` aborts, or the poll's own error (after the client's retries).
 */
export async function waitFor<T>(poll: (options: CallOptions) => Promise<T>, def: WaiterDefinition<T>, options: WaitOptions = {}): Promise<T> {
  const { maxWaitMs = DEFAULT_MAX_WAIT_MS, minDelayMs = DEFAULT_MIN_DELAY_MS, maxDelayMs = DEFAULT_MAX_DELAY_MS, ...call } = options;
  const signal = call.signal;
  const started = Date.now();
  const deadline = started + maxWaitMs;
  let lastState: string | undefined;
  for (let polls = 0; ;) {
    if (signal?.aborted) throw new AbortError(`${def.action}: waiting aborted`, { action: def.taskAction, sent: polls > 0, cause: signal.reason });
    const output = await poll(call);
    polls++;
    const raw = def.state(output);
    lastState = raw === undefined || raw === null ? undefined : String(raw);
    if (lastState !== undefined) {
      if (def.success.includes(lastState)) return output;
      if (def.failure.includes(lastState)) throw new WaiterFailedError({ action: def.action, taskAction: def.taskAction, state: lastState, output });
    }
    const left = deadline - Date.now();
    if (left <= 0) throw new WaiterTimeoutError({ action: def.action, taskAction: def.taskAction, lastState, waitedMs: Date.now() - started, polls });
    try {
      // the last sleep is cut to the deadline, so the timeout fires on time after one more poll
      await sleep(Math.min(waiterDelay(polls - 1, minDelayMs, Math.max(minDelayMs, maxDelayMs)), left), signal);
    } catch (reason) {
      throw new AbortError(`${def.action}: waiting aborted`, { action: def.taskAction, sent: true, cause: reason });
    }
  }
}
