package io.pgwarden.gateway.config;

import java.time.Duration;

/** A {@link GatewayConfig} with the shipped defaults, for tests that build beans by hand. */
public final class TestConfigs {

    private TestConfigs() {
    }

    public static GatewayConfig defaults() {
        return new GatewayConfig() {
            @Override
            public Duration consumerCatchUp() {
                return Duration.ofMinutes(2);
            }

            @Override
            public Duration answerWait() {
                return Duration.ofSeconds(30);
            }

            @Override
            public Limits limits() {
                return new Limits() {
                    @Override
                    public int questionLength() {
                        return 2000;
                    }

                    @Override
                    public int sqlLength() {
                        return 100_000;
                    }
                };
            }

            @Override
            public Watchdog watchdog() {
                return new Watchdog() {
                    @Override
                    public Duration deadline() {
                        return Duration.ofSeconds(60);
                    }

                    @Override
                    public Duration interval() {
                        return Duration.ofSeconds(5);
                    }

                    @Override
                    public Duration retention() {
                        return Duration.ofMinutes(15);
                    }
                };
            }

            @Override
            public History history() {
                return new History() {
                    @Override
                    public int storedRows() {
                        return 200;
                    }

                    @Override
                    public int pageSize() {
                        return 50;
                    }
                };
            }

            @Override
            public RateLimit rateLimit() {
                return new RateLimit() {
                    @Override
                    public boolean enabled() {
                        return true;
                    }

                    @Override
                    public int perMinute() {
                        return 30;
                    }
                };
            }
        };
    }
}
