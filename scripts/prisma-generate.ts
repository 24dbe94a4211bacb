// Runs `prisma generate` in environments where Prisma cannot download its
// schema engine (offline CI, air-gapped servers). Generating the client needs no
// engine at all, but the CLI insists on finding one, so we point it at any
// existing file unless the caller already configured a real binary.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
env.CHECKPOINT_DISABLE = "1";

const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
