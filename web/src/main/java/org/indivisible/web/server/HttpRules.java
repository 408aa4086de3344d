package org.indivisible.web.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's security rules (docs/web.md, "Rules"). Below the routes, at the level of Jetty: the
 * {@code Host} check (421 for any name but loopback's and the one given with {@code --host}: DNS
 * rebinding), the security headers on every answer (Jetty's own error answers included), and error
 * bodies that carry a reference id instead of internals (exception, class names, absolute paths),
 * the detail going to the server log. Before every route ({@link #guard}): the request size (413,
 * 411), the origin of a write (403; no CORS headers are ever sent) and the token (401).
 */
final class HttpRules {

    static final Logger LOG = LoggerFactory.getLogger("org.indivisible.web.server");

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    /** The report page inlines its scripts and data; it may still fetch nothing. */
    static final String REPORT_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            + "img-src data:; connect-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    static final String TOKEN_COOKIE = "indivisible_token";

    /** Headers every answer carries. */
    static final Map<String, String> SECURITY_HEADERS;

    static {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Security-Policy", CSP);
        h.put("X-Content-Type-Options", "nosniff");
        h.put("X-Frame-Options", "DENY");
        h.put("Referrer-Policy", "no-referrer");
        h.put("Cross-Origin-Opener-Policy", "same-origin");
        h.put("Cross-Origin-Resource-Policy", "same-origin");
        SECURITY_HEADERS = java.util.Collections.unmodifiableMap(h);
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    /** An absolute path of this or a usual machine, or a Windows drive path. */
    private static final Pattern ABSOLUTE_PATH = Pattern.compile(
            "(?<![\\w.])(/(tmp|home|root|work|usr|var|etc|opt|srv|mnt|private|Users|Library|proc|dev|run|nix)/|[A-Za-z]:\\\\)");
    /** A Java class name such as java.io.IOException or org.indivisible.X. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(java|javax|jakarta|sun|jdk|com|org|io|net|kotlin)\\.([a-z_][a-z0-9_]*\\.)*[A-Z][A-Za-z0-9_$]*");

    private final Set<String> allowedHosts;
    private final List<String> roots;
    private final long maxRequestBytes;
    private final byte[] token;

    /**
     * @param bindHost the address given with --host
     * @param roots folders whose absolute names are cut from messages (the run and scenario roots)
     */
    HttpRules(String bindHost, List<Path> roots) {
        this(bindHost, List.of(), roots);
    }

    /** @param extraHosts further names the Host header may carry (--allow-host) */
    HttpRules(String bindHost, List<String> extraHosts, List<Path> roots) {
        this(bindHost, extraHosts, roots, Long.MAX_VALUE, null);
    }

    /** The rules of a server: its names, its folders, its request size limit and its token (or none). */
    HttpRules(ServerSettings settings) {
        this(settings.host(), settings.allowHosts(), List.of(settings.outRoot(), settings.scenarios()), settings.maxRequestBytes(),
                settings.token());
    }

    private HttpRules(String bindHost, List<String> extraHosts, List<Path> roots, long maxRequestBytes, String token) {
        this.maxRequestBytes = maxRequestBytes;
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        Set<String> hosts = new LinkedHashSet<>(List.of("127.0.0.1", "localhost", "[::1]"));
        List<String> names = new ArrayList<>(List.of(bindHost));
        names.addAll(extraHosts);
        for (String name : names) {
            String h = name.toLowerCase(Locale.ROOT);
            hosts.add(h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h);
        }
        this.allowedHosts = java.util.Collections.unmodifiableSet(hosts);
        List<String> r = new ArrayList<>();
        for (Path p : roots) {
            Path abs = p.toAbsolutePath().normalize();
            r.add(abs.toString());
            try {
                r.add(abs.toRealPath().toString());
            } catch (IOException e) {
                // Not there yet: its absolute name is enough.
            }
        }
        r.sort((a, b) -> b.length() - a.length()); // longest first, so a root inside another is cut whole
        this.roots = List.copyOf(r);
    }

    Set<String> allowedHosts() {
        return allowedHosts;
    }

    /** A short id that ties an answer to its line in the server log. */
    static String reference() {
        return HexFormat.of().formatHex(RANDOM.generateSeed(4));
    }

    /**
     * The host name of a {@code Host} header (lower case, IPv6 in brackets) when it is one of the
     * allowed names, with or without a numeric port; null otherwise.
     */
    String allowedHost(String hostHeader) {
        if (hostHeader == null) {
            return null;
        }
        String h = hostHeader.trim().toLowerCase(Locale.ROOT);
        String name;
        String port;
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            if (close < 0) {
                return null;
            }
            name = h.substring(0, close + 1);
            port = h.substring(close + 1);
        } else {
            int colon = h.indexOf(':');
            name = colon < 0 ? h : h.substring(0, colon);
            port = colon < 0 ? "" : h.substring(colon);
        }
        if (!port.isEmpty() && !port.matches(":[0-9]{1,5}")) {
            return null;
        }
        return allowedHosts.contains(name) ? name : null;
    }

    /**
     * Whether an {@code Origin} names this server: an allowed host, and the port the request came
     * to (a page of another local server is another origin).
     */
    boolean allowedOrigin(String origin, int serverPort) {
        try {
            URI u = new URI(origin);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null
                    || u.getRawPath() != null && !u.getRawPath().isEmpty()) {
                return false;
            }
            int port = u.getPort() >= 0 ? u.getPort() : scheme.equals("https") ? 443 : 80;
            String host = u.getHost().toLowerCase(Locale.ROOT);
            return allowedHosts.contains(host) && port == serverPort;
        } catch (Exception e) {
            return false;
        }
    }

    /** The message with the roots' absolute names cut; null when internals would remain. */
    String scrub(String message) {
        if (message == null) {
            return null;
        }
        String m = message;
        for (String root : roots) {
            m = m.replace(root + "/", "").replace(root + "\\", "").replace(root, ".");
        }
        if (ABSOLUTE_PATH.matcher(m).find() || CLASS_NAME.matcher(m).find()) {
            return null;
        }
        return m;
    }

    /**
     * The text an answer may carry for a message: the message scrubbed, or, when internals would
     * show, a general sentence with a reference id (the full message logged under it).
     */
    String publicMessage(int status, String message) {
        String clean = scrub(message);
        if (clean != null) {
            return clean;
        }
        String ref = reference();
        LOG.warn("answer {} [ref {}]: {}", status, ref, message);
        return HttpStatus.getMessage(status) + " (reference " + ref + "; the detail is in the server log)";
    }

    static byte[] errorBody(int status, String message, String reference) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("status", status);
        o.put("error", message);
        if (reference != null) {
            o.put("reference", reference);
        }
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    static void securityHeaders(HttpServletResponse res) {
        SECURITY_HEADERS.forEach(res::setHeader);
    }

    /* ------------------------------------------------------------------ before every route */

    /**
     * Runs before every route: the headers, then the size (refused before reading: 413; a body of
     * unknown length: 411), the origin of a state-changing request (403: a browser would otherwise
     * still deliver it) and the token (401; given once as {@code ?token=}, it is kept in a cookie).
     */
    void guard(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
        String method = ctx.method().name();
        boolean hasBody = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        long length = ctx.req().getContentLengthLong();
        if (length > maxRequestBytes) {
            throw new ApiError(413, "request body of " + length + " bytes is over the limit of " + maxRequestBytes);
        }
        if (hasBody && length < 0) {
            throw new ApiError(411, "a request body needs a Content-Length (at most " + maxRequestBytes + " bytes)");
        }
        String origin = ctx.header("Origin");
        if (hasBody || method.equals("DELETE")) {
            if (origin != null && !allowedOrigin(origin, ctx.req().getLocalPort())) {
                throw new ApiError(403, "cross-origin requests are not accepted (origin " + origin + ")");
            }
        }
        if (token != null) {
            String given = presentedToken(ctx);
            if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token)) {
                throw new ApiError(401, "this server needs its token: open " + "http://<host>:" + ctx.req().getLocalPort()
                        + "/?token=<token> once, or send 'Authorization: Bearer <token>'");
            }
            if (ctx.queryParam("token") != null) {
                ctx.header("Set-Cookie", TOKEN_COOKIE + "=" + given + "; Path=/; HttpOnly; SameSite=Strict");
            }
        }
    }

    private static String presentedToken(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.startsWith("Bearer ")) {
            return auth.substring(7).trim();
        }
        String cookie = ctx.cookie(TOKEN_COOKIE);
        if (cookie != null) {
            return cookie;
        }
        return ctx.queryParam("token");
    }

    /* ------------------------------------------------------------------ the filter */

    /** Runs before any route: security headers, then the Host check. */
    Filter filter() {
        return new Filter() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                HttpServletRequest req = (HttpServletRequest) request;
                HttpServletResponse res = (HttpServletResponse) response;
                securityHeaders(res);
                if (allowedHost(req.getHeader("Host")) == null) {
                    LOG.warn("421 for Host {} on {} {}", req.getHeader("Host"), req.getMethod(), req.getRequestURI());
                    res.setStatus(421);
                    res.setHeader("Cache-Control", "no-store");
                    res.setContentType("application/json");
                    byte[] body = errorBody(421, "this server answers only to the names " + allowedHosts
                            + " in the Host header (a page that reached it under another name is refused)", null);
                    res.setContentLength(body.length);
                    res.getOutputStream().write(body);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    /* ------------------------------------------------------------------ Jetty's own errors */

    /** Jetty's error answers (bad requests, 431, ambiguous paths, errors outside the routes) as JSON with the headers. */
    ErrorHandler errorHandler() {
        return new ErrorHandler() {
            @Override
            public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
                    throws IOException, ServletException {
                securityHeaders(response);
                super.handle(target, baseRequest, request, response);
            }

            @Override
            protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                                      HttpServletResponse response, int code, String message) throws IOException {
                Object cause = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
                String text;
                String ref = null;
                if (code >= 500 || cause != null) {
                    ref = reference();
                    LOG.error("{} {} answered {} [ref {}]: {}", request.getMethod(), request.getRequestURI(), code, ref, message,
                            cause instanceof Throwable t ? t : null);
                    text = HttpStatus.getMessage(code);
                } else {
                    text = publicMessage(code, message == null ? HttpStatus.getMessage(code) : message);
                }
                securityHeaders(response);
                response.setContentType("application/json");
                byte[] body = errorBody(code, text, ref);
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
                baseRequest.setHandled(true);
            }

            @Override
            public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
                SECURITY_HEADERS.forEach((k, v) -> fields.put(new HttpField(k, v)));
                if (HttpStatus.hasNoBody(status)) {
                    return ByteBuffer.allocate(0);
                }
                fields.put(HttpHeader.CONTENT_TYPE, "application/json");
                String text = publicMessage(status, reason == null ? HttpStatus.getMessage(status) : reason);
                return ByteBuffer.wrap(errorBody(status, text, null));
            }
        };
    }
}
