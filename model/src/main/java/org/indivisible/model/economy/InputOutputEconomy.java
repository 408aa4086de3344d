package org.indivisible.model.economy;

import org.indivisible.model.engine.Port;
import org.indivisible.model.engine.Ports;
import org.indivisible.model.economy.inputoutput.DynamicEconomy;
import org.indivisible.model.economy.inputoutput.Shocks;
import org.indivisible.model.economy.shock.Channel;
import org.indivisible.model.economy.shock.ShockChannels;
import org.indivisible.model.config.Configuration;
import org.indivisible.model.engine.Process;
import org.indivisible.model.engine.World;

/**
 * docs/model.md, process overview, step 8: the shock channels read the theaters, the dynamic input-output model
 * (one run with every channel, one per channel alone, all on the same draws) turns them into
 * value added per actor, and the GDP changes against the no-conflict baseline are summed in
 * US$ of the baseline's GDP path ({@link GdpBaseline} must run before). The baseline is the
 * dynamic model without shocks, which equals the base year every week; so the change of an
 * actor's GDP in a week is (VA / VA_base - 1) times its baseline GDP that week.
 */
public final class InputOutputEconomy implements Process {

    @Override
    public Ports ports() {
        return Ports.provides(EconomyState.class)
                .andOptional(org.indivisible.model.blockade.Blockade.class, Port.Timing.THIS_STEP,
                        "the share of Taiwan-bound shipping arriving and Taiwan's output lost to energy shortfall under a "
                                + "blockade fought as operations; the fixed blockade cuts without it")
                .andOptional(org.indivisible.model.korea.KoreaStrikes.class, Port.Timing.THIS_STEP,
                        "the intensity of the strikes on South Korea, which its direct damage follows; the full host loss without it")
                .andOptional(org.indivisible.model.combat.campaign.CampaignState.class, Port.Timing.THIS_STEP,
                        "the campaigns' severity for the direct, chips and trade channels (theater states alone without it)");
    }

    private final EconomyPlan plan;
    private final Configuration config;
    private final boolean alwaysCompute;
    private final double settleTolerance;
    private ShockChannels channels;
    private Shocks total;
    private EconomyState state;
    private int totalTradeSeen = Integer.MIN_VALUE;
    private final int[] tradeSeen = new int[Channel.values().length];
    private final int y1Steps;
    /** 1: one run per channel alone beside the run with all (the .<channel> metrics); 0 (default): the latter only. */
    public static final String CHANNEL_SPLIT = "economy.channelSplit";
    private static final Channel[] CHANNELS = Channel.values();

    public InputOutputEconomy(Configuration config, EconomyPlan plan) {
        this(config, plan, false);
    }

    /** @param alwaysCompute compute the dynamic model every week even at rest (tests) */
    public InputOutputEconomy(Configuration config, EconomyPlan plan, boolean alwaysCompute) {
        this(config, plan, alwaysCompute, DynamicEconomy.SETTLE_TOLERANCE);
    }

    /**
     * @param alwaysCompute compute the dynamic model every week even at rest (tests)
     * @param settleTolerance see {@link DynamicEconomy#SETTLE_TOLERANCE}; 0 computes every week that is
     *     not at rest (the exact model)
     */
    public InputOutputEconomy(Configuration config, EconomyPlan plan, boolean alwaysCompute, double settleTolerance) {
        this.settleTolerance = settleTolerance;
        this.config = config;
        this.plan = plan;
        this.alwaysCompute = alwaysCompute;
        this.y1Steps = (int) Math.round(364.0 / config.horizon().stepDays());
    }

    @Override
    public String name() {
        return "economy.inputoutput";
    }

    @Override
    public void start(World world) {
        double inventoryWeeks = world.parameter("economy.inventoryWeeks");
        double refillWeeks = world.parameter("economy.refillWeeks");
        double substitution = world.parameter("economy.substitution");
        boolean split = world.hasParameter(CHANNEL_SPLIT) && world.parameter(CHANNEL_SPLIT) >= 0.5;
        DynamicEconomy[] runs = new DynamicEconomy[split ? 1 + Channel.values().length : 1];
        for (int r = 0; r < runs.length; r++) {
            runs[r] = new DynamicEconomy(plan.structure(), inventoryWeeks, refillWeeks, substitution, alwaysCompute,
                    settleTolerance);
        }
        state = new EconomyState(runs, config.actors().size());
        world.attach(EconomyState.class, state);
        channels = new ShockChannels(config, plan.table().sectorGroups(), plan.table().seaborne());
        channels.start(world);
        total = new Shocks(config.actors().size(), plan.table().sectorGroups().size());
        java.util.Arrays.fill(tradeSeen, Integer.MIN_VALUE);
    }

    @Override
    public void step(World world) {
        channels.update(world);
        boolean any = channels.anyActive();
        if (any) {
            combine();
            if (state.firstShockStep < 0) {
                state.firstShockStep = world.step();
            }
        }
        Channel[] all = CHANNELS;
        state.runs[0].step(total, !any);
        for (int c = 0; c < all.length && state.runs.length > 1; c++) {
            state.runs[1 + c].step(channels.shocks(all[c]), !channels.active(all[c]));
        }
        account(world);
    }

    /** The run with all channels: capacity and demand factors multiply; trade factors when they changed. */
    private void combine() {
        Shocks[] parts = channels.all();
        java.util.Arrays.fill(total.capacity, 1);
        java.util.Arrays.fill(total.demand, 1);
        java.util.Arrays.fill(total.investment, 1);
        boolean tradeChanged = false;
        Channel[] all = CHANNELS;
        for (int c = 0; c < parts.length; c++) {
            Shocks p = parts[c];
            // An inactive channel's factors are all 1: multiplying by them changes nothing.
            if (channels.active(all[c])) {
                for (int i = 0; i < total.capacity.length; i++) {
                    total.capacity[i] *= p.capacity[i];
                }
                for (int i = 0; i < total.demand.length; i++) {
                    total.demand[i] *= p.demand[i];
                    total.investment[i] *= p.investment[i];
                }
            }
            if (p.tradeVersion() != tradeSeen[c]) {
                tradeSeen[c] = p.tradeVersion();
                tradeChanged = true;
            }
        }
        if (tradeChanged) {
            total.resetTrade();
            for (Shocks p : parts) {
                if (!p.tradeNeutral()) {
                    double[] open = total.tradeOpen();
                    double[] part = p.tradeOpen();
                    for (int i = 0; i < open.length; i++) {
                        open[i] *= part[i];
                    }
                }
            }
            total.tradeChanged();
        }
    }

    private void account(World world) {
        double[] gdp = world.gdpUsdBillions();
        double years = config.horizon().stepDays() / 364.0;
        boolean inY1 = state.firstShockStep >= 0 && world.step() < state.firstShockStep + y1Steps;
        for (int a = 0; a < gdp.length; a++) {
            double base = gdp[a] * years;
            state.baseUsdBillionsCum[a] += base;
            if (inY1) {
                state.baseUsdBillionsY1[a] += base;
            }
        }
        for (int r = 0; r < state.runs.length; r++) {
            DynamicEconomy run = state.runs[r];
            if (run.atRest()) {
                if (r == 0) {
                    java.util.Arrays.fill(state.gdpRatio, 1);
                }
                continue;
            }
            double[] cum = state.changeUsdBillionsCum[r];
            double[] y1 = state.changeUsdBillionsY1[r];
            for (int a = 0; a < gdp.length; a++) {
                double ratio = run.valueAddedRatio(a);
                double change = (ratio - 1) * gdp[a] * years;
                cum[a] += change;
                if (inY1) {
                    y1[a] += change;
                }
                if (r == 0) {
                    state.gdpRatio[a] = ratio;
                }
            }
        }
    }
}
