package org.indivisible.bench;

/**
 * A profile's command line: {@code [scenario [replications [count]]]}, each missing one at the
 * default the profile gives; {@code count} is what the profile counts besides (threads, rounds).
 */
record ProfileArguments(String scenario, int replications, int count) {

    static ProfileArguments parse(String[] args, String scenario, int replications, int count) {
        return new ProfileArguments(args.length > 0 ? args[0] : scenario,
                args.length > 1 ? Integer.parseInt(args[1]) : replications,
                args.length > 2 ? Integer.parseInt(args[2]) : count);
    }
}
