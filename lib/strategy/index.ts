// Public surface of the strategy-document module. Everything here is pure: no database, no
// framework, no I/O; user-visible words live in messages/{en,fr}/strategy.json.
export * from "./schema";
export * from "./empty";
export * from "./fields";
export * from "./completeness";
export * from "./platform-cards";
export * from "./merge";
export * from "./diff";
export * from "./markdown";
export * from "./demo-content";
export { jsonEqual } from "./json";
