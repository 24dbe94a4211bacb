// Scripts read .env like Next.js does for the app (variables already set win).
import { existsSync } from "node:fs";

if (existsSync(".env")) process.loadEnvFile(".env");
