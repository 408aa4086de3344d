package org.indivisible.web.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.indivisible.web.report.OfflinePage;

/** The dashboard's files and the API's description: {@code /}, {@code /static/<name>}, {@code /api/openapi}. */
final class AssetRoutes {

    /** The dashboard's files: request name -> (classpath resource under org/indivisible/web/, content type). */
    static final Map<String, String[]> ASSETS = Map.of(
            "index.html", new String[] {"dashboard/index.html", "text/html; charset=utf-8"},
            "dashboard.js", new String[] {"dashboard/dashboard.js", "text/javascript; charset=utf-8"},
            "charts.js", new String[] {"charts.js", "text/javascript; charset=utf-8"},
            "style.css", new String[] {"style.css", "text/css; charset=utf-8"},
            "echarts.min.js", new String[] {"vendor/echarts.min.js", "text/javascript; charset=utf-8"},
            "topojson-client.min.js", new String[] {"vendor/topojson-client.min.js", "text/javascript; charset=utf-8"},
            "countries-110m.json", new String[] {"vendor/countries-110m.json", "application/json"});

    void register(Javalin app) {
        app.get("/", ctx -> asset(ctx, "index.html"));
        app.get("/static/<name>", ctx -> {
            String name = ctx.pathParam("name");
            if (!ASSETS.containsKey(name)) {
                throw new ApiError(404, "no such file: " + name);
            }
            asset(ctx, name);
        });
        app.get("/api/openapi", ctx -> ctx.contentType("application/yaml").result(OfflinePage.resource("openapi.yaml")));
    }

    private static void asset(Context ctx, String name) throws IOException {
        String[] a = ASSETS.get(name);
        try (InputStream in = AssetRoutes.class.getResourceAsStream("/org/indivisible/web/" + a[0])) {
            if (in == null) {
                throw new ApiError(500, "missing resource " + a[0]);
            }
            ctx.contentType(a[1]).result(in.readAllBytes());
        }
    }
}
