package org.indivisible.data.snapshot;

import java.util.List;
import org.indivisible.model.actor.Actor;
import org.indivisible.model.actor.Group;
import org.indivisible.model.actor.Treaty;
import org.indivisible.model.config.SpendingPath;
import org.indivisible.model.config.GdpPath;
import org.indivisible.model.parameter.UncertainParameter;

/**
 * The data a scenario is joined with: actors, groups, treaties, baseline GDP and defence
 * spending paths, default uncertain parameters, and the list of tables with their provenance.
 * Implementations are immutable and thread safe.
 */
public interface Snapshot {

    /** Identifies the data: changes whenever any table changes (a hash of the manifest). */
    String version();

    /** Every actor, sorted by ISO3, the rest of the world ({@code ROW}) included. */
    List<Actor> actors();

    /** NATO, NATO_EUROPE, EU27, IP4, ALIGNED (CHN, RUS, PRK, IRN) with membership dates, sorted by id. */
    List<Group> groups();

    /** Treaties, sorted by id. */
    List<Treaty> treaties();

    /** One nominal GDP path per actor, in {@link #actors()} order. */
    List<GdpPath> gdpPaths();

    /** One baseline defence spending path per actor, in {@link #actors()} order. */
    List<SpendingPath> spendingPaths();

    /** Default uncertain parameters (trend growth per actor...), sorted by id. */
    List<UncertainParameter> parameters();

    /** The tables of the snapshot with their sources and status counts. */
    List<TableInfo> tables();
}
