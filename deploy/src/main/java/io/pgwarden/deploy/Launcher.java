package io.pgwarden.deploy;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the whole system on the default ports (or those set by PGWARDEN_* variables), prints where everything is,
 * and keeps it running until Ctrl-C, which stops every process it started.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        ConsoleLogging.install();
        PgwardenSystem system;
        try {
            SystemConfig config = new LauncherSettings(System.getenv(), System.getProperties()).toBuilder().build();
            System.out.println("[pgwarden] Starting in " + config.workDir() + " ...");
            system = PgwardenSystem.start(config);
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("pgwarden did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println(DemoBanner.render(system));
        // Printed directly: java.util.logging shuts its handlers down in a shutdown hook of its own.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[pgwarden] Stopping the services, Redis, Kafka and PostgreSQL ...");
            system.close();
            System.out.println("[pgwarden] Stopped.");
        }, "pgwarden-launcher-shutdown"));
        new CountDownLatch(1).await(); // until Ctrl-C

    }
}
