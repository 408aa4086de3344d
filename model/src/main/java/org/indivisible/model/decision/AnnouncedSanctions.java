package org.indivisible.model.decision;

import java.util.ArrayList;
import java.util.List;
import org.indivisible.model.economy.shock.EconomyParameters;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.parameter.Distribution;
import org.indivisible.model.parameter.UncertainParameter;
import org.indivisible.model.policy.SanctionsAnnouncement;

/**
 * P3's second effect: if war comes, the economy's sanctions channel applies what was announced.
 * The announcement's coalition, covered sectors and trade share replace the defaults of
 * {@code economy.sanctions.*} (docs/economy.md section 4), and sanctions start in the war's first
 * week ({@code economy.sanctions.startWeeks} = 0: they were prepared). Stateless.
 */
public final class AnnouncedSanctions {

    private AnnouncedSanctions() {
    }

    /** The configuration with P3's sanctions as the economy's sanctions parameters (unchanged without P3). */
    public static Configuration apply(Configuration config) {
        SanctionsAnnouncement p3 = config.policy(SanctionsAnnouncement.class).orElse(null);
        if (p3 == null) {
            return config;
        }
        String prefix = EconomyParameters.PREFIX + "sanctions.";
        List<UncertainParameter> out = new ArrayList<>();
        for (UncertainParameter p : config.parameters()) {
            String id = p.id();
            if (id.equals(prefix + "tradeSharePct")) {
                out.add(fixed(p, p3.tradeSharePct()));
            } else if (id.equals(prefix + "startWeeks")) {
                out.add(fixed(p, 0));
            } else if (id.startsWith(prefix + "covers.")) {
                out.add(fixed(p, p3.sectors().contains(id.substring((prefix + "covers.").length())) ? 1 : 0));
            } else if (id.startsWith(prefix + "coalition.")) {
                out.add(fixed(p, p3.coalition().contains(id.substring((prefix + "coalition.").length())) ? 1 : 0));
            } else {
                out.add(p);
            }
        }
        return config.withParameters(out);
    }

    private static UncertainParameter fixed(UncertainParameter p, double value) {
        return new UncertainParameter(p.id(), value, new Distribution.Fixed(value), p.unit(), p.sourceId(), p.status(),
                "Set by P3 (the announced sanctions). " + p.note());
    }
}
