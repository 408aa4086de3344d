package org.indivisible.web.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Rounds every floating-point number of a JSON tree to a number of significant digits, in place. */
final class Compact {

    private Compact() {
    }

    /** {@code node} with every double rounded half-even to {@code digits} significant digits; integers stay. */
    static <T extends JsonNode> T round(T node, int digits) {
        MathContext mc = new MathContext(digits, RoundingMode.HALF_EVEN);
        walk(node, mc);
        return node;
    }

    private static void walk(JsonNode node, MathContext mc) {
        if (node instanceof ObjectNode o) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(o.properties());
            for (Map.Entry<String, JsonNode> f : fields) {
                JsonNode v = f.getValue();
                if (v.isFloatingPointNumber()) {
                    o.put(f.getKey(), rounded(v.doubleValue(), mc));
                } else {
                    walk(v, mc);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                if (v.isFloatingPointNumber()) {
                    a.set(i, a.numberNode(rounded(v.doubleValue(), mc)));
                } else {
                    walk(v, mc);
                }
            }
        }
    }

    static double rounded(double x, MathContext mc) {
        if (!Double.isFinite(x) || x == 0) {
            return x;
        }
        return new BigDecimal(x).round(mc).doubleValue();
    }
}
