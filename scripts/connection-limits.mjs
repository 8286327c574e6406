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
  const perClient = new Map();
  // Node's header timeout does not close a socket that never sends a byte: the first request's headers
  // must arrive within headersTimeoutMs of connecting, or the socket is closed.
  const firstRequest = new WeakMap();
  server.on("request", (req) => {
    clearTimeout(firstRequest.get(req.socket));
    firstRequest.delete(req.socket);
  });
  server.on("connection", (socket) => {
    const address = socket.remoteAddress ?? "unknown";
    const open = (perClient.get(address) ?? 0) + 1;
    if (open > limits.maxConnectionsPerClient) {
      socket.destroy();
      return;
    }
    perClient.set(address, open);
    const timer = setTimeout(() => socket.destroy(), limits.headersTimeoutMs);
    timer.unref();
    firstRequest.set(socket, timer);
    socket.once("close", () => {
      clearTimeout(timer);
      const left = (perClient.get(address) ?? 1) - 1;
      if (left > 0) perClient.set(address, left);
      else perClient.delete(address);
    });
  });
  return perClient;
}
