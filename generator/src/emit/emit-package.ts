/** Emits one whole package for one spec: sources, compiled dist, docs, tests, package files. */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Spec } from "../model.js";
import { protocolProfile } from "../profiles/protocols.js";
import type { DocsProvenance } from "../release/provenance.js";
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

export interface PackageContext {
  /** Repository root (for relative paths written into the package). */
  root: string;
  templatesDir: string;
  runtimeSrcDir: string;
  /** Absolute path of the spec the package is generated from. */
  specPath: string;
  /** Absolute path of the package directory (generated/<dir>). */
  packageDir: string;
  version: string;
  runtimeVersion: string;
  /** The CHANGELOG's entries, newest first, as markdown. */
  changelog: string;
  /** The docs release the package is generated from (written into package.json). */
  provenance?: DocsProvenance;
  repositoryUrl: string;
}

export function emitPackage(spec: Spec, manifestPackage: { name: string; client: string } | undefined, ctx: PackageContext): { pkg: PackageIdentity; files: Map<string, string> } {
  const pkg = packageIdentity(spec, manifestPackage);
  const project = createEmitProject();
  const files = new Map<string, string>();
  files.set("src/types.ts", emitTypes(project, spec, pkg));
  files.set("src/errors.ts", emitErrors(project, spec, pkg));
  files.set("src/client.ts", emitClient(project, spec, pkg, { version: ctx.version }));
  files.set("src/index.ts", emitIndex(project));
  for (const [path, text] of compilePackage(files, ctx.runtimeSrcDir)) files.set(path, text);
  files.set("test/examples.test.ts", emitExampleTests(project, spec, pkg, relative(`${ctx.packageDir}/test`, ctx.specPath)));
  files.set("README.md", emitReadme(ctx.templatesDir, spec, pkg));
  for (const a of spec.actions) files.set(`docs/${a.name}.md`, emitActionDoc(ctx.templatesDir, spec, a));
  files.set("CHANGELOG.md", renderTemplate(ctx.templatesDir, "CHANGELOG.md.hbs", { npmName: pkg.npmName, entries: ctx.changelog }));
  files.set("package.json", packageJson(spec, pkg, ctx));
  // npm ships a LICENSE file whatever `files` says; the packages carry the project's own
  files.set("LICENSE", readFileSync(join(ctx.templatesDir, "LICENSE"), "utf8"));
  files.set("tsconfig.json", `${JSON.stringify(packageTsconfig(ctx), null, 2)}\n`);
  return { pkg, files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
}

function packageJson(spec: Spec, pkg: PackageIdentity, ctx: PackageContext): string {
  const vendor = protocolProfile(spec).vendor;
  const rendered = renderTemplate(ctx.templatesDir, "package.json.hbs", {
    npmName: pkg.npmName,
    version: ctx.version,
    description: `Typed ${vendor} ${spec.service.title} API ${spec.service.apiVersion} client, generated from the API reference by doc2sdk.`,
    homepage: `${ctx.repositoryUrl}/tree/main/${relative(ctx.root, ctx.packageDir)}#readme`,
    repositoryUrl: `git+${ctx.repositoryUrl}.git`,
    directory: relative(ctx.root, ctx.packageDir),
    bugsUrl: `${ctx.repositoryUrl}/issues`,
    keywords: [spec.service.provider, spec.service.name, spec.service.title, "sdk", "api-client", "typescript", "doc2sdk"],
    runtimeRange: `^${ctx.runtimeVersion}`,
    docs: ctx.provenance ?? null,
  });
  // the template is for people; parsing it proves it is JSON and fixes the layout
  return `${JSON.stringify(JSON.parse(rendered), null, 2)}\n`;
}

/** For type-checking the package and its tests inside this repository (not shipped). */
function packageTsconfig(ctx: PackageContext): object {
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
      paths: { "@doc2sdk/runtime": [`${relative(ctx.packageDir, ctx.runtimeSrcDir)}/index.ts`] },
    },
    include: ["src", "test"],
  };
}
