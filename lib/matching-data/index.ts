// Server-side bridge between the database and the pure matching engine (lib/matching).
export * from "./map";
export * from "./load";
