/** Names the emitters derive from a spec: package, client class, methods, types, error-code keys. */
import { DocumentError } from "../document-error.js";
import type { Spec } from "../model.js";

export interface PackageIdentity {
  /** Directory under generated/ and the npm name's suffix, e.g. "tencentcloud-redis". */
  dir: string;
  /** npm name, e.g. "@doc2sdk/tencentcloud-redis". */
  npmName: string;
  /** Client class, e.g. "RedisClient". */
  client: string;
  /** Prefix for package-level names: "Redis" → RedisErrorCode, isRedisError. */
  prefix: string;
}

const RESERVED_TYPE_NAMES = new Set([
  "Array",
  "Boolean",
  "Date",
  "Error",
  "Function",
  "Map",
  "Number",
  "Object",
  "Promise",
  "Record",
  "Set",
  "String",
  "Symbol",
  "Partial",
  "Required",
  "Readonly",
  "Pick",
  "Omit",
]);

/** One path segment under generated/ that is also an npm name's suffix. */
const SAFE_PACKAGE_NAME = /^[a-z0-9][a-z0-9._-]{0,213}$/;

export function packageIdentity(spec: Spec, manifestPackage?: { name: string; client: string }): PackageIdentity {
  const dir = manifestPackage?.name ?? `${spec.service.provider}-${spec.service.name}`;
  // the directory is joined to generated/: "../../x" would write the package outside the repository
  if (!SAFE_PACKAGE_NAME.test(dir) || dir.includes("..")) {
    throw new DocumentError(`package name "${dir}" must be lower-case letters, digits, ".", "_" or "-" (one directory under generated/)`);
  }
  const client = manifestPackage?.client ?? `${pascalCase(spec.service.name)}Client`;
  if (!isIdentifier(client)) throw new DocumentError(`client class name "${client}" is not an identifier; set package.client in the manifest`);
  return { dir, npmName: `@doc2sdk/${dir}`, client, prefix: client.replace(/Client$/, "") };
}

/** "r-kvstore" → "RKvstore", "redis" → "Redis". */
export function pascalCase(s: string): string {
  return s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");
}

/**
 * Members every client already has: the class's own (`constructor`, the generic `call`) and
 * Object.prototype's. An action whose method would be one of them (`Constructor`, `Call`,
 * `ToString`) gets an `Action` suffix instead of breaking the class or replacing `toString`.
 */
const RESERVED_METHOD_NAMES = new Set([
  "constructor",
  "call",
  "toString",
  "toLocaleString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "__proto__",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
]);

/** The client method for an action: "DescribeDBInstances" → "describeDBInstances", "ResetPassword" → "resetPassword". */
export function methodName(action: string): string {
  if (!isIdentifier(action)) throw new DocumentError(`action name "${action}" is not an identifier: it cannot name a client method`);
  const name = action[0].toLowerCase() + action.slice(1);
  return RESERVED_METHOD_NAMES.has(name) ? `${name}Action` : name;
}

/** Throws unless every action has its own method name (e.g. `Foo` and `foo` would share one). */
export function assertDistinctMethods(actions: readonly { name: string }[]): void {
  const seen = new Map<string, string>();
  for (const a of actions) {
    for (const m of [methodName(a.name), requestTypeName(a.name)]) {
      const other = seen.get(m);
      if (other !== undefined && other !== a.name) throw new DocumentError(`actions ${other} and ${a.name} would both be named ${m} in the client`);
      seen.set(m, a.name);
    }
  }
}

export function requestTypeName(action: string): string {
  return `${pascalCase(action)}Request`;
}

export function responseTypeName(action: string): string {
  return `${pascalCase(action)}Response`;
}

/** A structure's interface name: the wire name, unless it would shadow a TypeScript global. */
export function structureTypeName(name: string): string {
  const base = pascalCase(name);
  if (!isIdentifier(base)) throw new DocumentError(`structure name "${name}" cannot name a type (it must start with a letter)`);
  return RESERVED_TYPE_NAMES.has(base) ? `${base}Structure` : base;
}

/** Whether `name` can be written as a bare property name. */
export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : JSON.stringify(name);
}

/**
 * A key for the enum-like object of error codes: "ResourceNotFound.InstanceNotExists" →
 * "ResourceNotFound_InstanceNotExists"; numeric legacy codes "4100" → "Code4100".
 */
export function errorCodeKey(code: string): string {
  const key = code.replace(/[^A-Za-z0-9_$]+/g, "_");
  return /^[0-9]/.test(key) ? `Code${key}` : key;
}
