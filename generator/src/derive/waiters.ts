/**
 * Which actions start asynchronous work that another action of the same API reports on, read from
 * the spec's structure alone: an output field named like a task identifier (the words are in
 * `profiles/waiters.ts`), an action whose only required input is a field of the same name, type
 * and shape, and whose response has a status field with documented terminal values. No service
 * or action name is looked at, so a new API with the same shape gets waiters without a change here.
 */
import type { Action, Field, Waiter } from "../model.js";
import { WAITER_PROFILE, type WaiterProfile } from "../profiles/waiters.js";
import { compareText } from "../text-order.js";

const scalar = (f: Field) => !f.array && !f.map;
const matches = (res: readonly RegExp[], s: string) => res.some((re) => re.test(s.trim()));

/** The task action's status field and its terminal states, if the docs list any. */
function statusOf(task: Action, profile: WaiterProfile): Pick<Waiter, "statusField" | "success" | "failure"> | undefined {
  for (const f of task.output) {
    if (!scalar(f) || !matches(profile.statusFields, f.name) || !f.enum?.length) continue;
    const success = f.enum.filter((v) => matches(profile.successStates, v));
    if (!success.length) continue;
    return { statusField: f.name, success, failure: f.enum.filter((v) => matches(profile.failureStates, v)) };
  }
  return undefined;
}

/**
 * The waiter of one action: its first task-identifier output that some task action takes.
 * `statusOfTask`: statusOf for this profile, which deriveWaiters remembers per task action.
 */
export function waiterOf(
  action: Action,
  actions: readonly Action[],
  profile: WaiterProfile = WAITER_PROFILE,
  statusOfTask: (task: Action) => ReturnType<typeof statusOf> = (task) => statusOf(task, profile),
): Waiter | undefined {
  for (const out of action.output) {
    if (!scalar(out) || !matches(profile.taskIdFields, out.name)) continue;
    for (const task of actions) {
      if (task.name === action.name) continue;
      const input = task.input.find((f) => f.name === out.name);
      if (!input || !scalar(input) || input.type !== out.type) continue;
      // the waiter fills in the task identifier only: any other required input would be a guess
      if (task.input.some((f) => f.required && f !== input)) continue;
      const status = statusOfTask(task);
      if (status) return { taskField: out.name, taskAction: task.name, ...status };
    }
  }
  return undefined;
}

/** Sets (or clears) `waiter` on every action; task actions are tried in name order, so the result is stable. */
export function deriveWaiters(actions: Action[], profile: WaiterProfile = WAITER_PROFILE): void {
  const byName = [...actions].sort((a, b) => compareText(a.name, b.name));
  // every action that outputs a task identifier tries the same task actions: read each one's status once
  const statuses = new Map<Action, ReturnType<typeof statusOf>>();
  const statusOfTask = (task: Action) => {
    if (!statuses.has(task)) statuses.set(task, statusOf(task, profile));
    return statuses.get(task);
  };
  for (const a of actions) {
    const w = waiterOf(a, byName, profile, statusOfTask);
    if (w) a.waiter = w;
    else delete a.waiter;
  }
}
