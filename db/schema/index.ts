// Every table of the portal, one file per domain. drizzle-kit reads this file to make migrations.
export * from "./meta";
export * from "./involvement";
export * from "./auth";
export * from "./marketplace";
export * from "./sandbox";
export * from "./mail";
export * from "./conformance";
export * from "./use-case-evidence";
