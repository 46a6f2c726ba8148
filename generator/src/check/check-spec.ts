/** `doc2sdk check`: the docs checked against themselves and against the parsed spec. */
import type { Diagnostic, Spec } from "../model.js";
import { validateExamples } from "./validate-examples.js";
import { checkReleaseClaims } from "./check-releases.js";
import { exampleFit } from "../emit/example-typing.js";

export function checkSpec(spec: Spec): Diagnostic[] {
  const out: Diagnostic[] = [...spec.diagnostics];
  const file = spec.service.source.file;
  const actionNames = new Set(spec.actions.map((a) => a.name));
  const structNames = new Set(spec.structures.map((s) => s.name));
  for (const name of spec.listedActions)
    if (!actionNames.has(name)) out.push({ severity: "warning", message: `${name} is listed by the document but not documented`, at: `${file}:1` });
  const used = new Map<string, Set<string>>();
  const visit = (action: string, type: string, seen = new Set<string>()) => {
    if (!structNames.has(type) || seen.has(type)) return;
    seen.add(type);
    (used.get(type) ?? used.set(type, new Set()).get(type)!).add(action);
    for (const m of spec.structures.find((s) => s.name === type)!.members) visit(action, m.type, seen);
  };
  for (const a of spec.actions)
    for (const f of [...a.input, ...a.output]) {
      if (/^[A-Z]/.test(f.type) && !structNames.has(f.type))
        out.push({ severity: "error", message: `${a.name}.${f.name} uses undefined structure ${f.type}`, at: f.source ?? file });
      visit(a.name, f.type);
    }
  for (const s of spec.structures) {
    for (const m of s.members)
      if (/^[A-Z]/.test(m.type) && !structNames.has(m.type))
        out.push({ severity: "error", message: `${s.name}.${m.name} uses undefined structure ${m.type}`, at: m.source ?? file });
    const actual = used.get(s.name) ?? new Set<string>();
    if (actual.size === 0) out.push({ severity: "warning", message: `structure ${s.name} is defined but no action uses it`, at: s.source ?? file });
    const claimed = new Set(s.usedBy);
    const missing = [...actual].filter((a) => !claimed.has(a));
    const extra = [...claimed].filter((a) => !actual.has(a));
    if (missing.length || extra.length)
      out.push({
        severity: "warning",
        message: `structure ${s.name} "Used by actions" disagrees with use${missing.length ? `; used but not listed: ${missing.join(", ")}` : ""}${extra.length ? `; listed but not using it: ${extra.join(", ")}` : ""}`,
        at: s.source ?? file,
      });
  }
  out.push(...checkReleaseClaims(spec));
  const examples = validateExamples(spec);
  out.push(...examples, ...strictTypeFindings(spec, examples));
  return out;
}

export function formatReport(specPath: string, report: Diagnostic[]): string {
  const errors = report.filter((d) => d.severity === "error").length;
  const lines = report.map((d) => `${d.at}: ${d.severity}: ${d.message}`);
  return [`${specPath}: ${errors} errors, ${report.length - errors} warnings`, ...lines].join("\n");
}

/**
 * Examples the lenient check accepts (the service reads "10" as 10) but the generated types
 * reject, so the generated tests leave them out: named here too, with the types' reasons.
 */
function strictTypeFindings(spec: Spec, lenient: Diagnostic[]): Diagnostic[] {
  const flagged = new Set(lenient.map((d) => d.message.match(/^(\S+ example \d+):/)?.[1]));
  const out: Diagnostic[] = [];
  for (const a of spec.actions)
    a.examples.forEach((ex, n) => {
      const label = `${a.name} example ${n + 1}`;
      if (flagged.has(label)) return;
      const problems = exampleFit(spec, a, ex).problems.filter((p) => !/^it (documents an error response|has no request|has no response)/.test(p));
      if (problems.length)
        out.push({
          severity: "warning",
          message: `${label}: the generated types reject it, so its typed test is left out: ${problems.join("; ")}`,
          at: ex.source ?? spec.service.source.file,
        });
    });
  return out;
}
