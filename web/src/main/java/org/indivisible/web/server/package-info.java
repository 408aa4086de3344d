/**
 * {@code indivisible serve}: a Javalin HTTP server with a JSON API (web/src/main/resources/org/
 * indivisible/web/openapi.yaml) and the dashboard. Its rules (docs/web.md): loopback by default,
 * a token when bound elsewhere, request size limits, a bounded run queue that answers 429 when
 * full, files served only from inside their folder, no CORS, security headers on every answer.
 */
package org.indivisible.web.server;
