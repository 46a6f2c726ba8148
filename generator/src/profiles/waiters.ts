/**
 * The words that make an asynchronous task visible in a reference, as data: the names of output
 * fields that identify a task (an action returns one and a task action takes it), the names of a
 * task action's status field, and the status values that end a task, by outcome. Matching is by
 * whole name, case-insensitive; adding a vendor's phrasing is a line here, never a change to the
 * derivation (`derive/waiters.ts`), which reads only the spec's structure.
 */
export interface WaiterProfile {
  /** Output / input field names that carry a task identifier (TaskId, FlowId, DealId, …). */
  taskIdFields: readonly RegExp[];
  /** Output field names of a task action that report the task's state. */
  statusFields: readonly RegExp[];
  /** Documented status values meaning the task finished well. */
  successStates: readonly RegExp[];
  /** Documented status values meaning the task ended badly (no point in polling further). */
  failureStates: readonly RegExp[];
}

export const WAITER_PROFILE: WaiterProfile = {
  taskIdFields: [/^(async)?task_?ids?$/i, /^flow_?ids?$/i, /^deal_?(id|name)s?$/i, /^job_?ids?$/i, /^operation_?ids?$/i],
  statusFields: [/^(task_?|flow_?|job_?)?(status|state)$/i],
  successStates: [/^(succeed(ed)?|success(ful)?|successed|done|finished|completed?|ok|成功|已完成)$/i],
  failureStates: [/^(fail(ed|ure)?|error|errored|cancell?ed|aborted|timeout|timed[-_ ]?out|失败|已取消)$/i],
};
