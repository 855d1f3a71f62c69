package io.pgwarden.deploy;

import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** One short line per launcher message on the console, instead of java.util.logging's two-line default. */
final class ConsoleLogging {

    /** Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its handler. */
    private static final Logger DEPLOY = Logger.getLogger("io.pgwarden.deploy");

    private ConsoleLogging() {
    }

    static void install() {
        ConsoleHandler handler = new ConsoleHandler();
        handler.setLevel(Level.INFO);
        handler.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord record) {
                String line = "[pgwarden] " + formatMessage(record) + System.lineSeparator();
                if (record.getThrown() != null) {
                    line += "  " + record.getThrown() + System.lineSeparator();
                }
                return line;
            }
        });
        DEPLOY.setUseParentHandlers(false);
        DEPLOY.setLevel(Level.INFO);
        DEPLOY.addHandler(handler);
    }
}
