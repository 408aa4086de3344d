/**
 * JMH benchmarks: build with {@code mvn -B -ntp -pl bench -am package -DskipTests}, run with
 * {@code java -jar bench/target/benchmarks.jar}. Results and method go in docs/performance.md.
 */
package org.indivisible.bench;
