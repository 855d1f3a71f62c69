package io.pgwarden.deploy.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends the in-process broker's logging (Kafka logs through SLF4J, bound to java.util.logging here) to its own
 * file, so the broker's chatter stays out of the launcher's console and the test output.
 */
final class KafkaLogFile implements AutoCloseable {

    private static final List<String> KAFKA_LOGGERS = List.of(
            "kafka", "org.apache.kafka", "state.change.logger", "io.smallrye.reactive.messaging.kafka");

    /** Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its handler. */
    private final List<Logger> loggers;
    private final FileHandler handler;

    private KafkaLogFile(List<Logger> loggers, FileHandler handler) {
        this.loggers = loggers;
        this.handler = handler;
    }

    static KafkaLogFile attach(Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            FileHandler handler = new FileHandler(logFile.toString(), true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            List<Logger> loggers = KAFKA_LOGGERS.stream().map(Logger::getLogger).toList();
            for (Logger logger : loggers) {
                logger.setUseParentHandlers(false);
                logger.setLevel(Level.INFO);
                logger.addHandler(handler);
            }
            return new KafkaLogFile(loggers, handler);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the Kafka log " + logFile, e);
        }
    }

    @Override
    public void close() {
        for (Logger logger : loggers) {
            logger.removeHandler(handler);
            if (logger.getHandlers().length == 0) { // another broker in this JVM may still log here
                logger.setUseParentHandlers(true);
            }
        }
        handler.close();
    }
}
