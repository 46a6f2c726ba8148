/**
 * The runtime's rarely used parts, kept out of a program's bundle unless it asks for them: role
 * credentials (STS AssumeRole, OIDC web identity, instance metadata:
 * `@doc2sdk/runtime/credentials`) and proxy tunnelling (`@doc2sdk/runtime/proxy`). The default
 * credential chain and the transport load them on first need by a specifier a bundler does not
 * follow, so a program using plain keys and no proxy neither bundles nor loads them. Found, in
 * order: a copy already imported (an `import "@doc2sdk/runtime/proxy"` in a bundled program
 * registers itself), the file beside this one (the installed runtime), the package subpath.
 */
export type OptionalModuleName = "credentials" | "proxy";

const REGISTRY = Symbol.for("@doc2sdk/runtime:optional-modules");
type Registry = Partial<Record<OptionalModuleName, unknown>>;
const registry = (): Registry => ((globalThis as Record<symbol, Registry>)[REGISTRY] ??= {});

const FILES: Readonly<Record<OptionalModuleName, string>> = { credentials: "./credential-providers.js", proxy: "./proxy.js" };

/** Called by the optional module itself when it is loaded: later lookups find it without importing. @internal */
export function registerOptionalModule(name: OptionalModuleName, mod: unknown): void {
  registry()[name] ??= mod;
}

/** An optional part of the runtime is needed but cannot be loaded (a bundle that left it out). */
export class OptionalModuleError extends Error {
  readonly code = "OptionalModuleMissing";
  constructor(name: OptionalModuleName, needed: string, cause: unknown) {
    super(
      `${needed} needs @doc2sdk/runtime/${name}, which could not be loaded (a bundled program leaves it out): add \`import "@doc2sdk/runtime/${name}";\` to the program`,
      { cause },
    );
    this.name = "OptionalModuleError";
  }
}

const loading: Partial<Record<OptionalModuleName, Promise<unknown>>> = {};

export function loadOptionalModule<T>(name: OptionalModuleName, needed: string): Promise<T> {
  const known = registry()[name];
  if (known) return Promise.resolve(known as T);
  return (loading[name] ??= load(name, needed).catch((e: unknown) => {
    delete loading[name];
    throw e;
  })) as Promise<T>;
}

async function load(name: OptionalModuleName, needed: string): Promise<unknown> {
  // variables, not literals: a bundler follows `import("./x.js")` into the program's bundle
  const candidates = [FILES[name], `@doc2sdk/runtime/${name}`];
  let first: unknown;
  for (const specifier of candidates) {
    try {
      const mod = await import(/* @vite-ignore */ specifier);
      return registry()[name] ?? mod;
    } catch (e) {
      first ??= e;
    }
  }
  throw new OptionalModuleError(name, needed, first);
}
