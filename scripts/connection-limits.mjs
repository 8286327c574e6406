// Connection limits of the portal's Node servers (scripts/server.mjs, scripts/mocks.mjs): idle and
// slow sockets are closed by timeouts, and the number of open sockets is capped, in total and per
// client address (so one client holding sockets open cannot take every slot).

/** Defaults; each can be set by an environment variable (see the README's Configuration). */
export function connectionLimitsFromEnv(env = process.env) {
  const num = (name, fallback) => {
    const value = Number(env[name] ?? fallback);
    return Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    /** Time to receive a request's headers (slow-header clients; also idle new sockets). */
    headersTimeoutMs: num("SERVER_HEADERS_TIMEOUT_MS", 10_000),
    /** Time to receive a whole request, body included. */
    requestTimeoutMs: num("SERVER_REQUEST_TIMEOUT_MS", 30_000),
    /** How long an idle keep-alive socket is kept between requests. */
    keepAliveTimeoutMs: num("SERVER_KEEP_ALIVE_TIMEOUT_MS", 5_000),
    /** Open sockets in total; Node drops connections beyond it. */
    maxConnections: num("SERVER_MAX_CONNECTIONS", 1_000),
    /** Open sockets per client address. */
    maxConnectionsPerClient: num("SERVER_MAX_CONNECTIONS_PER_CLIENT", 64),
  };
}

/** Applies the limits to a node:http server; returns the live per-address socket counts (for tests). */
export function applyConnectionLimits(server, limits = connectionLimitsFromEnv()) {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
  // Node checks the header and request timeouts on this interval (default 30 s): check often enough
  // that a socket is closed close to its deadline.
  if ("connectionsCheckingInterval" in server) server.connectionsCheckingInterval = Math.min(1_000, limits.headersTimeoutMs);
  const perClient = new Map();
  server.on("connection", (socket) => {
    const address = socket.remoteAddress ?? "unknown";
    const open = (perClient.get(address) ?? 0) + 1;
    if (open > limits.maxConnectionsPerClient) {
      socket.destroy();
      return;
    }
    perClient.set(address, open);
    socket.once("close", () => {
      const left = (perClient.get(address) ?? 1) - 1;
      if (left > 0) perClient.set(address, left);
      else perClient.delete(address);
    });
  });
  return perClient;
}
