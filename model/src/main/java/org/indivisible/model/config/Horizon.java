package org.indivisible.model.config;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The run's calendar: a start date, a step length in days (7 by default) and a number of
 * steps. Step k covers [start + k*stepDays, start + (k+1)*stepDays). Immutable.
 */
public record Horizon(LocalDate start, int stepDays, int steps) {

    /** Mean Gregorian year in days. */
    public static final double DAYS_PER_YEAR = 365.2425;

    public Horizon {
        Objects.requireNonNull(start, "start");
        if (stepDays < 1) {
            throw new IllegalArgumentException("stepDays must be at least 1, got " + stepDays);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, got " + steps);
        }
    }

    /** A horizon of whole years from a start date. */
    public static Horizon ofYears(LocalDate start, int stepDays, int years) {
        long days = ChronoUnit.DAYS.between(start, start.plusYears(years));
        return new Horizon(start, stepDays, (int) Math.ceil(days / (double) stepDays));
    }

    public LocalDate dateOf(int step) {
        return start.plusDays((long) step * stepDays);
    }

    /** Last day covered by the horizon. */
    public LocalDate end() {
        return dateOf(steps).minusDays(1);
    }

    /** The step containing a date; -1 before the start, {@code steps} after the end. */
    public int stepOf(LocalDate date) {
        long days = ChronoUnit.DAYS.between(start, date);
        if (days < 0) {
            return -1;
        }
        return (int) Math.min(steps, days / stepDays);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end());
    }

    /** Share of a year one step covers (7 / 365.2425 for weekly steps). */
    public double yearFraction() {
        return stepDays / DAYS_PER_YEAR;
    }

    /** Steps in one year (52.18 for weekly steps). */
    public double stepsPerYear() {
        return DAYS_PER_YEAR / stepDays;
    }

    /** The calendar year of a date as a number: 2026.0 on 1 January 2026, about 2026.5 on 2 July. */
    public static double fractionalYear(LocalDate date) {
        return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
    }
}
