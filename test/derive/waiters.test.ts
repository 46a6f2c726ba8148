/**
 * Waiter derivation on tiny specs: the fact comes from structure (a task-identifier output, an
 * action taking it as its only required input, a status with documented terminal values), with
 * the words from profiles/waiters.ts; never from a service or action name.
 */
import { describe, expect, it } from "vitest";
import { deriveWaiters, waiterOf } from "../../generator/src/derive/waiters.js";
import type { Action } from "../../generator/src/model.js";
import { WAITER_PROFILE } from "../../generator/src/profiles/waiters.js";
import { action, field } from "../diff/tiny-spec.js";

const int = { type: "integer" } as const;
const starter = (name = "ResetThing", idField = "TaskId", over: Partial<Action> = {}) =>
  action(name, { input: [field("ThingId", { required: true })], output: [field(idField, { ...int, required: true })], ...over });
const reporter = (name = "QueryJob", idField = "TaskId", statuses = ["preparing", "running", "succeed", "failed", "Error"], over: Partial<Action> = {}) =>
  action(name, { input: [field(idField, { ...int, required: true })], output: [field("Status", { enum: statuses }), field("Message")], ...over });

describe("deriveWaiters", () => {
  it("links an action's task identifier to the action that reports on it, with its terminal states", () => {
    const actions = [starter(), reporter()];
    deriveWaiters(actions);
    expect(actions[0]!.waiter).toEqual({
      taskField: "TaskId",
      taskAction: "QueryJob",
      statusField: "Status",
      success: ["succeed"],
      failure: ["failed", "Error"],
    });
    // the reporter returns no task identifier: it starts nothing
    expect(actions[1]!.waiter).toBeUndefined();
  });

  it("takes any identifier word of the profile (FlowId, DealId, JobId) and any status word (State, TaskStatus)", () => {
    for (const id of ["FlowId", "DealId", "JobId"]) {
      const r = action("Whatever", {
        input: [field(id, { ...int, required: true })],
        output: [field("TaskStatus", { enum: ["RUNNING", "SUCCESS", "FAILED"] })],
      });
      expect(waiterOf(starter("Go", id), [r])).toEqual({
        taskField: id,
        taskAction: "Whatever",
        statusField: "TaskStatus",
        success: ["SUCCESS"],
        failure: ["FAILED"],
      });
    }
    const r = action("Poll", { input: [field("TaskId", { ...int, required: true })], output: [field("State", { enum: ["doing", "done"] })] });
    expect(waiterOf(starter(), [r])?.success).toEqual(["done"]);
  });

  it("needs the same name, type and shape on both sides", () => {
    expect(waiterOf(starter(), [reporter("Q", "FlowId")])).toBeUndefined();
    expect(
      waiterOf(starter(), [action("Q", { input: [field("TaskId", { required: true })], output: [field("Status", { enum: ["succeed"] })] })]),
    ).toBeUndefined();
    expect(
      waiterOf(starter(), [
        action("Q", { input: [field("TaskId", { ...int, array: true, required: true })], output: [field("Status", { enum: ["succeed"] })] }),
      ]),
    ).toBeUndefined();
  });

  it("refuses a task action with another required input (the waiter could only guess it)", () => {
    const r = reporter("Q", "TaskId", undefined, { input: [field("TaskId", { ...int, required: true }), field("InstanceId", { required: true })] });
    expect(waiterOf(starter(), [r])).toBeUndefined();
    const optional = reporter("Q", "TaskId", undefined, { input: [field("TaskId", { ...int, required: true }), field("InstanceId")] });
    expect(waiterOf(starter(), [optional])?.taskAction).toBe("Q");
  });

  it("reads a task action's first input of the name, and needs every other input optional", () => {
    const status = [field("Status", { enum: ["succeed"] })];
    // the first TaskId is an array: the scalar one after it is not the one a request fills in
    const twice = action("Q", { input: [field("TaskId", { ...int, array: true }), field("TaskId", int)], output: status });
    expect(waiterOf(starter(), [twice])).toBeUndefined();
    // an optional TaskId beside a required InstanceId: the waiter would have to guess the instance
    const other = action("Q", { input: [field("TaskId", int), field("InstanceId", { required: true })], output: status });
    expect(waiterOf(starter(), [other])).toBeUndefined();
    // nothing required at all: the task identifier alone is enough
    const optional = action("Q", { input: [field("TaskId", int)], output: status });
    expect(waiterOf(starter(), [optional])?.taskAction).toBe("Q");
  });

  it("takes the first task action by name that reports a status, never the action itself", () => {
    const actions = [starter("B"), reporter("D"), reporter("C", "TaskId", ["running"]), reporter("A", "TaskId", ["done"])];
    deriveWaiters(actions);
    // A sorts first and has a success state; C has none; B starts the task
    expect(actions[0]!.waiter?.taskAction).toBe("A");
    const self = action("Poll", { input: [field("TaskId", { ...int, required: true })], output: [field("TaskId", int), field("Status", { enum: ["done"] })] });
    expect(waiterOf(self, [self])).toBeUndefined();
  });

  it("needs documented terminal states: no enum, or no success value, is no waiter", () => {
    expect(waiterOf(starter(), [action("Q", { input: [field("TaskId", { ...int, required: true })], output: [field("Status")] })])).toBeUndefined();
    expect(waiterOf(starter(), [reporter("Q", "TaskId", ["running", "failed"])])).toBeUndefined();
  });

  it("ignores fields that are not task identifiers by the profile, and a profile can add words", () => {
    expect(waiterOf(starter("Go", "OrderNo"), [reporter("Q", "OrderNo")])).toBeUndefined();
    const profile = { ...WAITER_PROFILE, taskIdFields: [...WAITER_PROFILE.taskIdFields, /^orderno$/i] };
    expect(waiterOf(starter("Go", "OrderNo"), [reporter("Q", "OrderNo")], profile)?.taskAction).toBe("Q");
  });

  it("picks the first task action by name, whatever the input order, and clears a stale waiter", () => {
    const a = [reporter("ZReport"), starter(), reporter("AReport")];
    deriveWaiters(a);
    expect(a[1]!.waiter?.taskAction).toBe("AReport");
    a.splice(0, 1);
    a.splice(1, 1);
    deriveWaiters(a);
    expect(a[0]!.waiter).toBeUndefined();
  });
});
