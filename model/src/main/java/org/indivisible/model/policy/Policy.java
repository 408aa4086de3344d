package org.indivisible.model.policy;

/** A policy lever set by a treatment. Immutable. */
public sealed interface Policy permits PrepareForReducedUsPresence, IndustrialCooperation, SanctionsAnnouncement,
        CounterMessaging {

    /** Short lever id, {@code P1}..{@code P4}. */
    String lever();
}
