package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalStackOptionsTest {

    @Test
    void defaultsStartEverythingLocally() {
        LocalStackOptions o = LocalStackOptions.parse(new String[] {"--repo=/r"}, Map.of());
        assertThat(o.dataDir()).isEqualTo(Path.of("/r/.local-data"));
        assertThat(o.kafka()).isNull();
        assertThat(o.postgres()).isNull();
        assertThat(o.wipe()).isFalse();
        assertThat(o.basePort()).isEqualTo(8081);
        assertThat(o.partitions()).isEqualTo(12);
    }

    @Test
    void externalServersFromFlagsOrEnvironment() {
        LocalStackOptions fromEnv = LocalStackOptions.parse(new String[] {"--wipe"},
                Map.of("KAFKA_BOOTSTRAP_SERVERS", "k:9092", "POSTGRES_ENDPOINT", "db:5432:app:pa:ss"));
        assertThat(fromEnv.wipe()).isTrue();
        assertThat(fromEnv.kafka()).isEqualTo("k:9092");
        assertThat(fromEnv.postgres()).isEqualTo(new PostgresEndpoint("db", 5432, "app", "pa:ss"));
        LocalStackOptions fromFlags = LocalStackOptions.parse(new String[] {"--kafka=x:1", "--postgres=h:2:u:p"},
                Map.of("KAFKA_BOOTSTRAP_SERVERS", "k:9092"));
        assertThat(fromFlags.kafka()).isEqualTo("x:1");
        assertThat(fromFlags.postgres().jdbcUrl("d")).isEqualTo("jdbc:postgresql://h:2/d");
        assertThat(fromFlags.postgres().reactiveUrl("d")).isEqualTo("postgresql://h:2/d");
    }
}
