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
        // The shutdown hook that PgwardenSystem registered stops everything when Ctrl-C ends the JVM.
        new CountDownLatch(1).await();
    }
}
