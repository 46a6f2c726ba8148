/**
 * Reads an XML response example into the value its JSON rendering would have, the way Alibaba's
 * RPC gateway renders it: a list is an element whose children all share one tag
 * (`<Tags><Tag>…</Tag></Tags>` → `{"Tag": [...]}`). Page damage is tolerated: a closing tag wrapped
 * after its "</", doubled ">" before a value, and tags left open at the end of a split block.
 */
interface El {
  name: string;
  children: El[];
  text: string;
}

export function parseXmlExample(text: string): Record<string, unknown> | undefined {
  const src = text
    .replace(/<\?[^>]*\?\s*>/g, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<\/\s+/g, "</");
  const root: El = { name: "", children: [], text: "" };
  const stack: El[] = [root];
  const re = /<(\/?)([A-Za-z_][\w.-]*)\s*(\/?)>|([^<]+)/g;
  for (const m of src.matchAll(re)) {
    const top = stack.at(-1)!;
    if (m[4] !== undefined) {
      top.text += m[4];
      continue;
    }
    if (m[1]) {
      const at = stack.map((e) => e.name).lastIndexOf(m[2]);
      if (at > 0) stack.length = at;
      continue;
    }
    const el: El = { name: m[2], children: [], text: "" };
    top.children.push(el);
    if (!m[3]) stack.push(el);
  }
  const response = root.children.find((c) => c.children.length || c.text.trim());
  if (!response) return undefined;
  // the response element itself is never a list wrapper, even with one member
  return toValue(response, true) as Record<string, unknown>;
}

function toValue(el: El, isRoot = false): unknown {
  if (!el.children.length) return el.text.replace(/^>+/, "").trim();
  const names = new Set(el.children.map((c) => c.name));
  if (!isRoot && names.size === 1 && el.children[0].name !== el.name && isListWrapper(el)) {
    return { [el.children[0].name]: el.children.map((c) => toValue(c)) };
  }
  const out: Record<string, unknown> = {};
  for (const c of el.children) {
    const v = toValue(c);
    if (c.name in out) out[c.name] = ([] as unknown[]).concat(out[c.name], [v]);
    else out[c.name] = v;
  }
  return out;
}

/** `<Instances><DBInstanceAttribute>` is a list; `<Response><Config>` with one member is not: list items have members of their own. */
function isListWrapper(el: El): boolean {
  return el.children.length > 1 || el.children[0].children.length > 0;
}
