/** What test/setup/render.ts rendered for one API this run: its spec text and package files. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";
import type { ApiEntry } from "../generator/src/build-spec.js";
import { packageIdentity, type PackageIdentity } from "../generator/src/emit/naming.js";
import type { Spec } from "../generator/src/model.js";

const root = fileURLToPath(new URL("..", import.meta.url));

export interface Rendered {
  specText: string;
  spec: Spec;
  pkg: PackageIdentity;
  /** The committed package directory, generated/<pkg>. */
  packageDir: string;
  files: Map<string, string>;
}

export function rendered(entry: ApiEntry): Rendered {
  const base = join(inject("renderedDir"), entry.id);
  const specText = readFileSync(join(base, "spec.json"), "utf8");
  const spec = JSON.parse(specText) as Spec;
  const pkg = packageIdentity(spec, spec.package);
  const dir = join(base, "package");
  const files = new Map<string, string>(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .map((p) => [relative(dir, p), readFileSync(p, "utf8")] as [string, string])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return { specText, spec, pkg, packageDir: join(root, "generated", pkg.dir), files };
}
