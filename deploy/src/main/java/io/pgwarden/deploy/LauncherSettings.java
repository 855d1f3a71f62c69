package io.pgwarden.deploy;

import io.pgwarden.deploy.postgres.DatabaseEndpoint;
import io.pgwarden.deploy.service.PgwardenService;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads the launcher's settings. Each has a system property {@code pgwarden.<key>} and an environment variable
 * {@code PGWARDEN_<KEY>} (upper case, dots and dashes as underscores); the system property wins. Every setting
 * is listed with its default in deploy/README.md.
 */
public final class LauncherSettings {

    private final Map<String, String> environment;
    private final Properties systemProperties;

    public LauncherSettings(Map<String, String> environment, Properties systemProperties) {
        this.environment = Map.copyOf(environment);
        this.systemProperties = systemProperties;
    }

    public static String environmentVariable(String key) {
        return "PGWARDEN_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public static String systemProperty(String key) {
        return "pgwarden." + key;
    }

    static String portVariable(PgwardenService service) {
        return environmentVariable(service.moduleName() + ".port");
    }

    public Optional<String> get(String key) {
        String value = systemProperties.getProperty(systemProperty(key));
        if (value == null) {
            value = environment.get(environmentVariable(key));
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    public SystemConfig.Builder toBuilder() {
        SystemConfig.Builder builder = SystemConfig.builder();
        get("repo-dir").map(Path::of).ifPresent(builder::repository);
        get("work-dir").map(Path::of).ifPresent(builder::workDir);
        builder.freshWorkDir(flag("fresh", false));
        port("pg.port").ifPresent(builder::postgresPort);
        port("kafka.port").ifPresent(builder::kafkaPort);
        port("redis.port").ifPresent(builder::redisPort);
        for (PgwardenService service : PgwardenService.values()) {
            port(service.moduleName() + ".port").ifPresent(port -> builder.servicePort(service, port));
        }
        get("services").ifPresent(list -> builder.services(parseServices(list)));
        builder.loadSampleDatabase(flag("load-sample", true));
        get("ready-timeout-seconds").map(v -> Duration.ofSeconds(number("ready-timeout-seconds", v)))
                .ifPresent(builder::readyTimeout);
        get("service-jvm-opts").map(v -> List.of(v.split("\\s+"))).ifPresent(builder::serviceJvmOptions);
        targetDatabase().ifPresent(target -> {
            builder.targetDatabase(target);
            builder.targetDatabaseWriter(target.as(
                    get("target-db.writer-user").orElse(target.user()),
                    get("target-db.writer-password").orElse(target.password())));
        });
        return builder;
    }

    /** Another target database replaces the sample one only as a whole: URL, user and password together. */
    private Optional<DatabaseEndpoint> targetDatabase() {
        Optional<String> url = get("target-db.url");
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String user = get("target-db.user").orElseThrow(() -> missingTogetherWithUrl("target-db.user"));
        String password = get("target-db.password").orElseThrow(() -> missingTogetherWithUrl("target-db.password"));
        return Optional.of(new DatabaseEndpoint(url.get(), user, password));
    }

    private static IllegalArgumentException missingTogetherWithUrl(String key) {
        return new IllegalArgumentException(environmentVariable("target-db.url") + " is set, so "
                + environmentVariable(key) + " must be set too.");
    }

    static EnumSet<PgwardenService> parseServices(String list) {
        if (list.equalsIgnoreCase("none")) {
            return EnumSet.noneOf(PgwardenService.class);
        }
        if (list.equalsIgnoreCase("all")) {
            return EnumSet.allOf(PgwardenService.class);
        }
        EnumSet<PgwardenService> services = EnumSet.noneOf(PgwardenService.class);
        Arrays.stream(list.split(",")).filter(name -> !name.isBlank())
                .map(PgwardenService::fromModuleName).forEach(services::add);
        return services;
    }

    private boolean flag(String key, boolean defaultValue) {
        return get(key).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(
                    environmentVariable(key) + " must be true or false, not '" + value + "'");
        }).orElse(defaultValue);
    }

    private Optional<Integer> port(String key) {
        return get(key).map(value -> {
            int port = number(key, value);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException(environmentVariable(key) + " must be a port number, not " + port);
            }
            return port;
        });
    }

    private static int number(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(environmentVariable(key) + " must be a number, not '" + value + "'");
        }
    }
}
