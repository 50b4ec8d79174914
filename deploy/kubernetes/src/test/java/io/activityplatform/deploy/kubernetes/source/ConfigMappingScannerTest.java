package io.activityplatform.deploy.kubernetes.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigMappingScannerTest {

    private static final String SOURCE = """
            package x;

            /** Settings, under {@code demo.} (braces in comments must not confuse the reader). */
            @ConfigMapping(prefix = "demo")
            public interface DemoConfig {

                /** How often {@code x} happens. */
                @WithDefault("5s")
                Duration scanInterval();

                @WithName("renamed-thing")
                int thing();

                Optional<Nested> nested();

                Map<String, Seed> seeds();

                Optional<List<String>> command();

                default int derived() {
                    return 1;
                }

                interface Nested {
                    boolean enabled();
                }

                interface Seed {
                    String registrationKey();
                }
            }
            """;

    @Test
    void readsKebabCaseNamesNestedGroupsMapKeysAndRenames() {
        assertThat(ConfigMappingScanner.scanSource(SOURCE)).containsExactlyInAnyOrder(
                "demo.scan-interval", "demo.renamed-thing", "demo.nested.enabled",
                "demo.seeds.*.registration-key", "demo.command");
    }

    @Test
    void findsTheSettingsOfTheRealServices() {
        assertThat(ConfigMappingScanner.scan(Repository.service("job-handler").sources()))
                .contains("jobs.archive.directory", "jobs.concurrency", "jobs.sync-pocket.command");
        assertThat(ConfigMappingScanner.scan(Repository.service("message-system").sources()))
                .contains("messages.accounts.*.registration-key", "messages.exchange.interval");
        assertThat(ConfigMappingScanner.scan(Repository.serviceCoreSources()))
                .contains("activities.service-name", "activities.projection.max-poll-records",
                        "activities.read-your-writes-timeout");
    }

    @Test
    void turnsCamelCaseIntoKebabCase() {
        assertThat(ConfigMappingScanner.kebab("maxPollRecords")).isEqualTo("max-poll-records");
        assertThat(ConfigMappingScanner.kebab("syncPocket")).isEqualTo("sync-pocket");
        assertThat(ConfigMappingScanner.kebab("interval")).isEqualTo("interval");
    }
}
