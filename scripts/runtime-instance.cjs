// What Next's server bundles get for every module in scripts/shared-modules.mjs: the compiled runtime,
// loaded by Node itself (turbopackIgnore keeps Turbopack from bundling it), so pages, route handlers,
// instrumentation and the custom server all share one instance from Node's module cache.
const { join } = require("node:path");

module.exports = require(/* turbopackIgnore: true */ join(process.cwd(), "build", "portal-runtime.cjs"));
