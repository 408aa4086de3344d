package org.indivisible.web.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The server tests' client: GET and JSON POST with extra headers given as name, value pairs. */
final class TestHttp {

    private final HttpClient http = HttpClient.newHttpClient();

    /** The client itself, for requests beyond a plain GET or JSON POST. */
    HttpClient http() {
        return http;
    }

    HttpResponse<String> get(String url, String... headers) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), headers);
    }

    HttpResponse<String> post(String url, String body, String... headers) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"), headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder b, String... headers) throws Exception {
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
