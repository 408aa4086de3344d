package org.indivisible.web.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How {@code indivisible serve} runs. Immutable.
 *
 * @param host address to bind; loopback (127.0.0.1) by default
 * @param port TCP port (0: any free port, for tests)
 * @param token the secret a client must present (header {@code Authorization: Bearer}, cookie or
 *              {@code ?token=} once); required when {@code host} is not a loopback address,
 *              optional otherwise; null for none
 * @param scenarios folder of the scenario and study files the dashboard lists, edits and runs
 * @param outRoot folder of run folders (as {@code indivisible run -o})
 * @param maxRequestBytes largest request body accepted (413 above it)
 * @param waitingRuns runs that may wait behind the running one before the server answers 429
 * @param maxReplications largest replication count one request may ask for
 * @param threads threads a run uses
 * @param allowHosts names besides 127.0.0.1, localhost, [::1] and {@code host} that the {@code Host}
 *                   header may carry (the names users type when the server listens on another
 *                   address); any other gets 421 (DNS rebinding)
 */
public record ServerSettings(String host, int port, String token, Path scenarios, Path outRoot, long maxRequestBytes,
                             int waitingRuns, int maxReplications, int threads, List<String> allowHosts) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1 << 20;
    public static final int DEFAULT_WAITING_RUNS = 2;
    public static final int DEFAULT_MAX_REPLICATIONS = 10_000;

    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]{2,45}]");

    public ServerSettings(String host, int port, String token, Path scenarios, Path outRoot, long maxRequestBytes, int waitingRuns,
                          int maxReplications, int threads) {
        this(host, port, token, scenarios, outRoot, maxRequestBytes, waitingRuns, maxReplications, threads, List.of());
    }

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        allowHosts = List.copyOf(Objects.requireNonNull(allowHosts, "allowHosts"));
        for (String name : allowHosts) {
            if (!HOST_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("--allow-host takes a host name or address as users type it (no port, IPv6 in "
                        + "brackets), got '" + name + "'");
            }
        }
        Objects.requireNonNull(scenarios, "scenarios");
        Objects.requireNonNull(outRoot, "outRoot");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("the request size limit must be at least 1024 bytes, got " + maxRequestBytes);
        }
        if (waitingRuns < 0) {
            throw new IllegalArgumentException("waiting runs must be >= 0, got " + waitingRuns);
        }
        if (maxReplications < 1 || threads < 1) {
            throw new IllegalArgumentException("replications and threads must be at least 1");
        }
        if (token != null && token.length() < 16) {
            throw new IllegalArgumentException("the token must be at least 16 characters, got " + token.length());
        }
        if (token == null && !isLoopback(host)) {
            throw new IllegalArgumentException("binding to " + host + " (not loopback) needs a token: pass --token "
                    + "(at least 16 characters, e.g. from 'openssl rand -hex 16') and give it to the users");
        }
    }

    /** Defaults for everything but the folders. */
    public static ServerSettings defaults(Path scenarios, Path outRoot) {
        return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, null, scenarios, outRoot, DEFAULT_MAX_REQUEST_BYTES,
                DEFAULT_WAITING_RUNS, DEFAULT_MAX_REPLICATIONS, Runtime.getRuntime().availableProcessors());
    }

    public ServerSettings withHost(String newHost, String newToken) {
        return new ServerSettings(newHost, port, newToken, scenarios, outRoot, maxRequestBytes, waitingRuns, maxReplications, threads,
                allowHosts);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, token, scenarios, outRoot, maxRequestBytes, waitingRuns, maxReplications, threads,
                allowHosts);
    }

    public ServerSettings withLimits(long newMaxRequestBytes, int newWaitingRuns) {
        return new ServerSettings(host, port, token, scenarios, outRoot, newMaxRequestBytes, newWaitingRuns, maxReplications, threads,
                allowHosts);
    }

    public ServerSettings withAllowHosts(List<String> names) {
        return new ServerSettings(host, port, token, scenarios, outRoot, maxRequestBytes, waitingRuns, maxReplications, threads, names);
    }

    /** Whether the address names this machine's loopback interface only (a literal, or localhost). */
    public static boolean isLoopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+|\\[?[0-9A-Fa-f:]+]?")) {
            return false; // a name other than localhost: it could resolve anywhere
        }
        try {
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
