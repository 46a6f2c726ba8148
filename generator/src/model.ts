/** The normalized spec model: the contract in ../shared/SPEC-CONTRACT.md, plus diagnostics. */

export type FieldType = string; // string | integer | number | boolean | object | binary | <StructureName>

export interface Field {
  name: string;
  type: FieldType;
  array: boolean;
  /**
   * An object keyed by IDs whose values are of `type` (`"types": {"1": {...}}`); with `array`, a
   * list of such objects.
   */
  map?: boolean;
  required: boolean;
  description: string;
  format?: string;
  deprecated?: boolean;
  nullable?: boolean;
  enum?: string[];
  /** The table's own spelling, where the examples showed the real wire name differs. */
  documentedAs?: string;
  /** Where the field was documented: `file:line`. */
  source?: string;
}

export interface Example {
  title: string;
  input?: Record<string, unknown>;
  output?: Record<string, unknown>;
  /** Why the example's JSON could not be read, if it could not. */
  parseError?: string;
  /** "query" when the request was printed as a GET URL; its values were then typed by the fields. */
  inputFrom?: "query";
  /** What typography damage was repaired before the example's JSON parsed. */
  repaired?: string;
  source?: string;
}

export interface Action {
  name: string;
  description: string;
  input: Field[];
  output: Field[];
  errors: string[];
  examples: Example[];
  rateLimit?: number;
  deprecated: boolean;
  category?: string;
  source?: string;
  /** Derived from the spec's structure (see `Waiter`); absent when the action starts no task the API reports on. */
  waiter?: Waiter;
}

/**
 * A derived fact, not one table's: the action returns a task identifier (`taskField`) and another
 * action of the same API (`taskAction`) takes a field of that name as its only required input and
 * reports the task's state in `statusField`, whose documented values include terminal ones.
 */
export interface Waiter {
  /** Output field of this action identifying the task; the task action's input of the same name. */
  taskField: string;
  /** The action that reports on the task. */
  taskAction: string;
  /** Output field of the task action holding the state. */
  statusField: string;
  /** Documented states that end the task well. */
  success: string[];
  /** Documented states that end it badly; any state in neither list means "still running". */
  failure: string[];
}

export interface Structure {
  name: string;
  description: string;
  members: Field[];
  usedBy: string[];
  /** Not set by the parsers yet; `diff` reports a structure newly marked deprecated. */
  deprecated?: boolean;
  source?: string;
}

export interface ErrorCode {
  code: string;
  description: string;
  common: boolean;
  /** The HTTP status the error is answered with, where the docs give it (Alibaba's tables do). */
  httpStatus?: number;
  /** The error message the API sends, where the docs give it apart from the description. */
  message?: string;
  /** Further documented rows with the same code but another message or status. */
  variants?: { httpStatus?: number; message?: string; description: string }[];
}

export interface Release {
  release: number;
  date: string;
  newActions: string[];
  modifiedActions: { action: string; changes: string[] }[];
  deprecatedActions: string[];
  /** "Deleted APIs": gone from the API, unlike deprecated ones, which still work. */
  deletedActions?: string[];
  newStructures: string[];
  modifiedStructures: string[];
  deprecatedStructures: string[];
  /** "Deleted data structures". */
  deletedStructures?: string[];
  /** Member changes of the modified structures ("New members: A, B"), where the notes give them. */
  modifiedStructureMembers?: { structure: string; changes: string[] }[];
}

export interface Diagnostic {
  severity: "error" | "warning";
  message: string;
  /** `file:line` */
  at: string;
}

export interface Spec {
  specVersion: 1;
  service: {
    provider: string;
    name: string;
    apiVersion: string;
    protocol: string;
    endpoint: string;
    endpoints?: string[];
    title: string;
    source: { file: string; released?: string; files?: string[] };
  };
  actions: Action[];
  structures: Structure[];
  errors: ErrorCode[];
  releases: Release[];
  /** Action names from the document's own lists (contents, category tables), for `check`. */
  listedActions: string[];
  diagnostics: Diagnostic[];
}
