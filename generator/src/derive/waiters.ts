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

/** A task action and its input that a task identifier alone can fill in. */
interface TaskInput {
  task: Action;
  input: Field;
}

/**
 * By field name, the actions that take a task identifier of that name (in the order given): the
 * action's first input of the name, scalar, and no other input required, since the waiter fills
 * in the task identifier only and any other required input would be a guess. Made once for all
 * the actions: each action with a task-identifier output asked every action for it.
 */
function taskInputsByName(actions: readonly Action[]): Map<string, TaskInput[]> {
  const byName = new Map<string, TaskInput[]>();
  for (const task of actions) {
    const required = task.input.filter((f) => f.required);
    if (required.length > 1) continue;
    const seen = new Set<string>();
    for (const input of task.input) {
      // the first input of a name is the one a request fills in
      if (seen.has(input.name)) continue;
      seen.add(input.name);
      if (!scalar(input) || (required.length === 1 && required[0] !== input)) continue;
      const takers = byName.get(input.name);
      if (takers) takers.push({ task, input });
      else byName.set(input.name, [{ task, input }]);
    }
  }
  return byName;
}

/**
 * The waiter of one action: its first task-identifier output that some task action takes.
 * `statusOfTask`: statusOf for this profile, which deriveWaiters remembers per task action;
 * `takers`: taskInputsByName of `actions`, which deriveWaiters makes once.
 */
export function waiterOf(
  action: Action,
  actions: readonly Action[],
  profile: WaiterProfile = WAITER_PROFILE,
  statusOfTask: (task: Action) => ReturnType<typeof statusOf> = (task) => statusOf(task, profile),
  takers: Map<string, TaskInput[]> = taskInputsByName(actions),
): Waiter | undefined {
  for (const out of action.output) {
    if (!scalar(out) || !matches(profile.taskIdFields, out.name)) continue;
    for (const { task, input } of takers.get(out.name) ?? []) {
      if (task.name === action.name || input.type !== out.type) continue;
      const status = statusOfTask(task);
      if (status) return { taskField: out.name, taskAction: task.name, ...status };
    }
  }
  return undefined;
}

/** Sets (or clears) `waiter` on every action; task actions are tried in name order, so the result is stable. */
export function deriveWaiters(actions: Action[], profile: WaiterProfile = WAITER_PROFILE): void {
  const byName = [...actions].sort((a, b) => compareText(a.name, b.name));
  const takers = taskInputsByName(byName);
  // every action that outputs a task identifier tries the same task actions: read each one's status once
  const statuses = new Map<Action, ReturnType<typeof statusOf>>();
  const statusOfTask = (task: Action) => {
    if (!statuses.has(task)) statuses.set(task, statusOf(task, profile));
    return statuses.get(task);
  };
  for (const a of actions) {
    const w = waiterOf(a, byName, profile, statusOfTask, takers);
    if (w) a.waiter = w;
    else delete a.waiter;
  }
}
