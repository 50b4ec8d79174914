package io.activityplatform.bench;

import java.time.Duration;

/**
 * The {@code agents} phase: an idle fleet of simulated agents at a real fleet's pace, and how long each exchange
 * takes on the agent's side. The agents register, then exchange twice each (the first answer brings the server's
 * control messages, the second acknowledges them: from then on each agent is idle and told the long interval);
 * then every agent exchanges every {@code exchangeMillis}, the first exchanges spread evenly over one interval
 * so the fleet exchanges at a steady {@code agents / interval} per second instead of in bursts, once the stack is
 * quiet again after the registrations and whatever phase ran before ({@link QuietWait}). After
 * {@code warmupSeconds} unmeasured, every answered exchange in {@code seconds} is recorded. No activities are
 * created meanwhile: this is the idle fleet's cost.
 */
public final class FleetBench {

    private final String messageSystem;
    private final BenchOptions.Fleet fleet;
    private final ProcessCpu messageSystemCpu;
    private final ProcessCpu ownCpu;

    public FleetBench(String messageSystem, BenchOptions.Fleet fleet, ProcessCpu messageSystemCpu, ProcessCpu ownCpu) {
        this.messageSystem = messageSystem;
        this.fleet = fleet;
        this.messageSystemCpu = messageSystemCpu;
        this.ownCpu = ownCpu;
    }

    public FleetResult run() throws Exception {
        ExchangeLatencies latencies = new ExchangeLatencies();
        long registering = System.nanoTime();
        try (SimulatedFleet agents = SimulatedFleet.register(messageSystem, "fleet", fleet.agents(),
                latencies::record)) {
            say(String.format("%d agents registered in %.0f s; load %s", fleet.agents(),
                    (System.nanoTime() - registering) / 1e9, CpuMeter.loadAverage()));
            long priming = System.nanoTime();
            agents.exchangeAll();
            agents.exchangeAll();
            say(String.format("two priming exchanges per agent in %.0f s; load %s", (System.nanoTime() - priming) / 1e9,
                    CpuMeter.loadAverage()));
            String quiet = QuietWait.of(ownCpu).await();
            say(quiet);
            Duration interval = Duration.ofMillis(fleet.exchangeMillis());
            agents.start(interval, interval);
            say("fleet exchanging every " + interval + "; unmeasured for " + fleet.warmupSeconds() + " s");
            // pacing the measurement window, not waiting for anything
            Thread.sleep(Duration.ofSeconds(fleet.warmupSeconds()).toMillis());
            latencies.reset();
            long failed = agents.failures();
            double messages = messageSystemCpu.millis();
            double own = ownCpu.millis();
            double machine = CpuMeter.busyMillis();
            long begin = System.nanoTime();
            Thread.sleep(Duration.ofSeconds(fleet.seconds()).toMillis());
            ExchangeLatencies.Snapshot measured = latencies.take();
            double seconds = (System.nanoTime() - begin) / 1e9;
            return new FleetResult("platform, idle fleet (" + fleet.agents() + " simulated agents)", fleet.agents(),
                    fleet.exchangeMillis(), seconds, measured, agents.failures() - failed,
                    messageSystemCpu.millis() - messages, ownCpu.millis() - own, CpuMeter.busyMillis() - machine,
                    CpuMeter.loadAverage(), quiet);
        }
    }

    private static void say(String what) {
        System.out.println("[bench] " + what);
    }
}
