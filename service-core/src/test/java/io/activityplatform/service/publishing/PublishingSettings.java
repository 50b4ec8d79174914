package io.activityplatform.service.publishing;

import io.activityplatform.service.config.PlatformConfig;
import java.time.Duration;

/** A {@link PlatformConfig} for publisher unit tests: only the service name and the publishing bounds. */
record PublishingSettings(String service, Duration maxBlock, Duration requestTimeout, Duration deliveryTimeout,
        int queueSize, Duration retryAfter) {

    PlatformConfig config() {
        PublishingSettings settings = this;
        return new PlatformConfig() {
            @Override
            public String serviceName() {
                return service;
            }

            @Override
            public Projection projection() {
                return null;
            }

            @Override
            public Duration readYourWritesTimeout() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Publishing publishing() {
                return new Publishing() {
                    @Override
                    public Duration maxBlock() {
                        return settings.maxBlock;
                    }

                    @Override
                    public Duration requestTimeout() {
                        return settings.requestTimeout;
                    }

                    @Override
                    public Duration deliveryTimeout() {
                        return settings.deliveryTimeout;
                    }

                    @Override
                    public int queueSize() {
                        return settings.queueSize;
                    }

                    @Override
                    public Duration retryAfter() {
                        return settings.retryAfter;
                    }
                };
            }
        };
    }
}
