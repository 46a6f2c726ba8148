/** Emits one whole package for one spec: sources, compiled dist, docs, tests, package files. */
import { readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { DocumentError } from "../document-error.js";
import type { PackageInfo, Spec } from "../model.js";
import { compilePackage } from "./compile-package.js";
import { emitClient } from "./emit-client.js";
import { emitActionDoc, emitReadme } from "./emit-docs.js";
import { emitErrors } from "./emit-errors.js";
import { emitIndex } from "./emit-index.js";
import { emitExampleTests } from "./emit-tests.js";
import { emitTypes } from "./emit-types.js";
import { packageIdentity, type PackageIdentity } from "./naming.js";
import { renderTemplate } from "./render-template.js";
import { createEmitProject } from "./ts-project.js";

/**
 * Where the generator's own resources are. Everything about the API and the package (identity,
 * version, changelog, provenance, paths in the repository) comes from the spec alone.
 */
export interface EmitResources {
  templatesDir: string;
  runtimeSrcDir: string;
}

/** The spec's package block; a spec without one (`doc2sdk parse` output) cannot be emitted as is. */
export function packageInfo(spec: Spec): PackageInfo {
  if (!spec.package) throw new DocumentError("the spec has no package block (name, client, version, changelog): `generate` writes one; `emit` needs it");
  return spec.package;
}

export async function emitPackage(spec: Spec, res: EmitResources): Promise<{ pkg: PackageIdentity; files: Map<string, string> }> {
  const info = packageInfo(spec);
  const pkg = packageIdentity(spec, info);
  const project = createEmitProject();
  const files = new Map<string, string>();
  files.set("src/types.ts", emitTypes(project, spec, pkg));
  files.set("src/errors.ts", emitErrors(project, spec, pkg));
  files.set("src/client.ts", emitClient(project, spec, pkg, { version: info.version }));
  files.set("src/index.ts", emitIndex(project));
  // bundled by esbuild in its own process while the docs below are rendered; awaited before the
  // package is returned (and marked handled, should a template fail first)
  const compiled = compilePackage(new Map(files));
  compiled.catch(() => undefined);
  files.set("test/examples.test.ts", emitExampleTests(spec, pkg, posix.relative(`${info.directory}/test`, info.specFile)));
  files.set("README.md", emitReadme(res.templatesDir, spec, pkg));
  for (const a of spec.actions) files.set(`docs/${a.name}.md`, emitActionDoc(res.templatesDir, spec, a));
  files.set("CHANGELOG.md", renderTemplate(res.templatesDir, "CHANGELOG.md.hbs", { npmName: pkg.npmName, entries: info.changelog }));
  files.set("package.json", packageJson(spec, pkg, info, res));
  // npm ships a LICENSE file whatever `files` says; the packages carry the project's own
  files.set("LICENSE", readFileSync(join(res.templatesDir, "LICENSE"), "utf8"));
  files.set("tsconfig.json", `${JSON.stringify(packageTsconfig(info), null, 2)}\n`);
  for (const [path, text] of await compiled) files.set(path, text);
  return { pkg, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
}

function packageJson(spec: Spec, pkg: PackageIdentity, info: PackageInfo, res: EmitResources): string {
  const rendered = renderTemplate(res.templatesDir, "package.json.hbs", {
    npmName: pkg.npmName,
    version: info.version,
    description: `Typed ${spec.service.vendor} ${spec.service.title} API ${spec.service.apiVersion} client, generated from the API reference by doc2sdk.`,
    homepage: `${info.repositoryUrl}/tree/main/${info.directory}#readme`,
    repositoryUrl: `git+${info.repositoryUrl}.git`,
    directory: info.directory,
    bugsUrl: `${info.repositoryUrl}/issues`,
    keywords: [spec.service.provider, spec.service.name, spec.service.title, "sdk", "api-client", "typescript", "doc2sdk"],
    runtimeRange: `^${info.runtimeVersion}`,
    docs: info.docs ?? null,
  });
  // the template is for people; parsing it proves it is JSON and fixes the layout
  return `${JSON.stringify(JSON.parse(rendered), null, 2)}\n`;
}

/** For type-checking the package and its tests inside this repository (not shipped). */
function packageTsconfig(info: PackageInfo): object {
  return {
    compilerOptions: {
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      resolveJsonModule: true,
      types: ["node"],
      paths: { "@doc2sdk/runtime": [`${posix.relative(info.directory, "runtime/src")}/index.ts`] },
    },
    include: ["src", "test"],
  };
}
