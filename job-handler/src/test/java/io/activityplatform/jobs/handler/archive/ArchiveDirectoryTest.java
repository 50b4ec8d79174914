package io.activityplatform.jobs.handler.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.jobs.config.JobsConfig;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Issue 13 §6: archives go under the configured data directory, never the working directory. */
class ArchiveDirectoryTest {

    @Test
    void aRelativeArchiveDirectoryIsUnderTheDataDirectory() {
        assertThat(ArchiveHandler.archiveDirectory(config("/srv/jobs", "archives")))
                .isEqualTo(Path.of("/srv/jobs/archives"));
    }

    @Test
    void anAbsoluteArchiveDirectoryIsTakenAsIs() {
        assertThat(ArchiveHandler.archiveDirectory(config("/srv/jobs", "/mnt/archives")))
                .isEqualTo(Path.of("/mnt/archives"));
    }

    @Test
    void aRelativeDataDirectoryIsRefusedRatherThanWritingIntoTheWorkingDirectory() {
        assertThatThrownBy(() -> ArchiveHandler.archiveDirectory(config("data", "archives")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("JOBS_DATA_DIRECTORY");
    }

    @Test
    void theDefaultsAreAbsolute() throws Exception {
        var defaults = JobsConfig.class.getMethod("dataDirectory")
                .getAnnotation(io.smallrye.config.WithDefault.class).value();
        assertThat(Path.of(defaults)).isAbsolute();
    }

    private static JobsConfig config(String dataDirectory, String archiveDirectory) {
        JobsConfig.Archive archive = (JobsConfig.Archive) Proxy.newProxyInstance(getLoader(),
                new Class<?>[] {JobsConfig.Archive.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "directory" -> Path.of(archiveDirectory);
                    case "batchSize" -> 10;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (JobsConfig) Proxy.newProxyInstance(getLoader(), new Class<?>[] {JobsConfig.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "dataDirectory" -> Path.of(dataDirectory);
                    case "archive" -> archive;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static ClassLoader getLoader() {
        return ArchiveDirectoryTest.class.getClassLoader();
    }
}
