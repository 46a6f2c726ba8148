import { describe, expect, it } from "vitest";
import { bumpFor, nextVersion, type SpecChange } from "../../generator/src/diff/diff-specs.js";

const change = (cls: SpecChange["class"]): SpecChange => ({ class: cls, kind: "k", summary: "s" });

describe("bumpFor", () => {
  it("no changes: no bump", () => expect(bumpFor([])).toBeUndefined());
  it("docs only: patch", () => expect(bumpFor([change("docs"), change("docs")])).toBe("patch"));
  it("additive or deprecation: minor", () => {
    expect(bumpFor([change("docs"), change("additive")])).toBe("minor");
    expect(bumpFor([change("deprecation")])).toBe("minor");
  });
  it("any breaking: major", () => expect(bumpFor([change("docs"), change("additive"), change("breaking")])).toBe("major"));
});

describe("nextVersion", () => {
  it("bumps one part and resets the lower ones", () => {
    expect(nextVersion("1.2.3", "minor")).toBe("1.3.0");
    expect(nextVersion("1.2.3", "major")).toBe("2.0.0");
    expect(nextVersion("1.2.3", "patch")).toBe("1.2.4");
    expect(nextVersion("0.9.12", "minor")).toBe("0.10.0");
  });
  it("drops a prerelease suffix and a leading v", () => {
    expect(nextVersion("2.0.0-beta.1", "patch")).toBe("2.0.1");
    expect(nextVersion("v4.0.1021", "major")).toBe("5.0.0");
  });
  it("rejects what is not a version", () => {
    expect(() => nextVersion("1.2", "patch")).toThrow(/not a semantic version/);
    expect(() => nextVersion("latest", "major")).toThrow(/not a semantic version/);
  });
});
