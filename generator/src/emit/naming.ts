/** Names the emitters derive from a spec: package, client class, methods, types, error-code keys. */
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
  "Array", "Boolean", "Date", "Error", "Function", "Map", "Number", "Object", "Promise", "Record", "Set",
  "String", "Symbol", "Partial", "Required", "Readonly", "Pick", "Omit",
]);

export function packageIdentity(spec: Spec, manifestPackage?: { name: string; client: string }): PackageIdentity {
  const dir = manifestPackage?.name ?? `${spec.service.provider}-${spec.service.name}`;
  const client = manifestPackage?.client ?? `${pascalCase(spec.service.name)}Client`;
  return { dir, npmName: `@doc2sdk/${dir}`, client, prefix: client.replace(/Client$/, "") };
}

/** "r-kvstore" → "RKvstore", "redis" → "Redis". */
export function pascalCase(s: string): string {
  return s.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}

/** The client method for an action: "DescribeDBInstances" → "describeDBInstances", "ResetPassword" → "resetPassword". */
export function methodName(action: string): string {
  return action[0].toLowerCase() + action.slice(1);
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
