/**
 * {@code indivisible serve}: a Javalin HTTP server with a JSON API (web/src/main/resources/org/
 * indivisible/web/openapi.yaml) and the dashboard. {@link org.indivisible.web.server.WebServer}
 * starts, stops and wires it; {@code HttpRules} holds its security rules; the routes are grouped by
 * resource ({@code AssetRoutes}, {@code ScenarioRoutes}, {@code JobRoutes}, {@code RunRoutes},
 * {@code CompareRoutes}) and answer through the JSON layer {@code Json}. Its rules (docs/web.md):
 * loopback by default, a token when bound elsewhere, request size limits, a bounded run queue that
 * answers 429 when full, files served only from inside their folder, no CORS, security headers on
 * every answer; since issue 22 also 421 for any Host but loopback's or --host's (DNS rebinding), a
 * cached run document, 503 beyond a limit on expensive requests, a minimum request-data rate, and
 * errors that carry a reference id instead of internals.
 */
package org.indivisible.web.server;
