// What the production server (scripts/server.mjs, scripts/start.mjs) needs from the TypeScript sources:
// preparing the database, the /mock handler and the client-address stamp. `npm run build` bundles it
// into .next/portal-runtime.mjs (scripts/build-runtime.mjs), so `npm start` loads one compiled file
// instead of transpiling the sources at run time or spawning a second process to prepare the database.
export { databasePath } from "../db/client";
export { prepareDatabase, PrepareError } from "../db/prepare";
export { handleMockNode, isMockPath } from "../sandbox/node-http";
export { markAddressesStamped, parseTrustedProxies, stampClientAddress } from "../lib/auth/client-address";
