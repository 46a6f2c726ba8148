/** Writes spec/spec.schema.json from generator/src/model.ts (`npm run schema`). */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { specSchemaText } from "../generator/src/spec-schema.js";

const root = fileURLToPath(new URL("..", import.meta.url));
writeFileSync(`${root}spec/spec.schema.json`, specSchemaText(`${root}generator/src/model.ts`));
