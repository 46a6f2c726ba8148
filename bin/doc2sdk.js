#!/usr/bin/env node
// Launcher: loads the TypeScript CLI through tsx in this same process (no build step, and no
// second node start-up, which would be most of a no-op `generate`).
import { register } from "tsx/esm/api";

register();
await import("../generator/src/cli.ts");
