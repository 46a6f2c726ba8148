/** The normalized spec model: the contract in ../shared/SPEC-CONTRACT.md, plus diagnostics. */

import type { KnownProtocol } from "./profiles/protocols.js";

/** The signing protocols a spec can name: those with a profile in profiles/protocols.ts. */
export type Protocol = KnownProtocol;

export type FieldType = string; // string | integer | number | boolean | object | binary | <StructureName>

export interface Field {
  /** @pattern ^[A-Za-z][A-Za-z0-9_.]*$ */
  name: string;
  /** @pattern ^(string|integer|number|boolean|object|binary|[A-Z][A-Za-z0-9_]*)$ */
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
  /** @pattern ^[A-Za-z][A-Za-z0-9_]*$ */
  name: string;
  description: string;
  input: Field[];
  output: Field[];
  errors: string[];
  examples: Example[];
  /**
   * @integer
   * @minimum 1
   */
  rateLimit?: number;
  deprecated: boolean;
  category?: string;
  /** Derived at build time: how the action pages through a list, if it does (see derive/pagination.ts). */
  pagination?: Pagination;
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
  /** @pattern ^[A-Za-z][A-Za-z0-9_]*$ */
  name: string;
  description: string;
  members: Field[];
  usedBy: string[];
  /** Not set by the parsers yet; `diff` reports a structure newly marked deprecated. */
  deprecated?: boolean;
  source?: string;
}

export interface ErrorCode {
  /** @minLength 1 */
  code: string;
  description: string;
  common: boolean;
  /**
   * The HTTP status the error is answered with, where the docs give it (Alibaba's tables do).
   * @integer
   * @minimum 100
   * @maximum 599
   */
  httpStatus?: number;
  /** The error message the API sends, where the docs give it apart from the description. */
  message?: string;
  /** Further documented rows with the same code but another message or status. */
  variants?: {
    /**
     * @integer
     * @minimum 100
     * @maximum 599
     */
    httpStatus?: number;
    message?: string;
    description: string;
  }[];
}

export interface Release {
  /** @integer */
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

/** How a paginated action pages: derived from its fields when the spec is built. */
export interface Pagination {
  style: "offset" | "page";
  /** The offset or page-number parameter. */
  cursor: string;
  /** The limit or page-size parameter. */
  size: string;
  /** The response's total count of items. */
  total: string;
  /** Path from the response to the list: ["InstanceSet"], ["Instances", "Instance"]. */
  items: string[];
}

/** A parameter every call carries besides the action's own input (from the protocol profile). */
export interface CommonParameter {
  name: string;
  /** Where the parameter travels: an HTTP header, or beside the action's own parameters. */
  in: "header" | "query";
  required: boolean;
  type: "string" | "integer";
  description: string;
}

/**
 * What `doc2sdk emit` needs besides the API itself to write the package: its identity, version,
 * changelog and provenance. Written by `generate`; a spec without it is emitted as a first version.
 */
export interface PackageInfo {
  /** The package's name under @doc2sdk/ and its directory under generated/. */
  name: string;
  /** The client class. */
  client: string;
  version: string;
  /** The @doc2sdk/runtime version the package depends on (as a caret range). */
  runtimeVersion: string;
  /** The repository the package is published from. */
  repositoryUrl: string;
  /** The package's directory in that repository, e.g. `generated/tencentcloud-redis`. */
  directory: string;
  /** This spec's path in that repository (the package's example tests load it). */
  specFile: string;
  /** The docs release the package is generated from (written into package.json). */
  docs?: {
    released?: string;
    sources: { file: string; released?: string; origin?: { url?: string; repository?: string; commit?: string } }[];
  };
  /** CHANGELOG.md's entries, newest first, as markdown. */
  changelog: string;
}

export interface Spec {
  /** The version of this file format (spec/spec.schema.json). */
  formatVersion: 2;
  service: {
    /** @minLength 1 */
    provider: string;
    /** @minLength 1 */
    name: string;
    /** @minLength 1 */
    apiVersion: string;
    protocol: Protocol;
    /** @pattern ^[a-z0-9.-]+$ */
    endpoint: string;
    endpoints?: string[];
    title: string;
    source: {
      file: string;
      /** @pattern ^\d{4}-\d{2}-\d{2}$ */
      released?: string;
      files?: string[];
    };
    /** Derived from the protocol profile: the vendor as people name it in prose. */
    vendor: string;
    /** Derived from the protocol profile: the region README and test examples use. */
    defaultRegion: string;
    /** Derived from the protocol profile: what every call carries besides its own input. */
    commonParameters: CommonParameter[];
  };
  actions: Action[];
  structures: Structure[];
  errors: ErrorCode[];
  releases: Release[];
  /** Action names from the document's own lists (contents, category tables), for `check`. */
  listedActions: string[];
  diagnostics: Diagnostic[];
  /** The package `emit` writes from this spec (set by `generate`). */
  package?: PackageInfo;
}
