package io.activityplatform.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 13 §6: the local stack says ready only when every readiness check is UP, and otherwise says why. */
class ReadinessTest {

    private static final String DOWN = """
            {"status":"DOWN","checks":[
              {"name":"SmallRye Reactive Messaging - readiness check","status":"UP"},
              {"name":"projection","status":"DOWN","data":{"reason":"record quarantined at offset 17","lag":3}},
              {"name":"Reactive PostgreSQL connections health check","status":"DOWN",
               "data":{"<default>":"down - connection refused"}}]}""";
    private static final String UP = """
            {"status":"UP","checks":[{"name":"projection","status":"UP","data":{"lag":0}}]}""";

    @Test
    void downChecksAreNamedWithTheirData() {
        Readiness r = Readiness.fromAnswer("activity-api", 503, DOWN);

        assertThat(r.up()).isFalse();
        assertThat(r.problems()).hasSize(2);
        assertThat(r.describe()).contains("activity-api: NOT READY", "check 'projection' is DOWN",
                "record quarantined at offset 17", "Reactive PostgreSQL", "connection refused")
                .doesNotContain("SmallRye Reactive Messaging");
    }

    @Test
    void upOnlyWhenTheAnswerIs200AndUp() {
        assertThat(Readiness.fromAnswer("s", 200, UP).up()).isTrue();
        assertThat(Readiness.fromAnswer("s", 503, UP).up()).isFalse();
        assertThat(Readiness.fromAnswer("s", 200, DOWN).up()).isFalse();
        assertThat(Readiness.fromAnswer("s", 200, "<html>proxy error</html>").describe())
                .contains("not a health answer", "proxy error");
    }

    @Test
    void aServiceThatDoesNotAnswerIsNotReadyAndSaysSo() {
        Readiness r = Readiness.of("job-handler", "http://localhost:" + Ports.pickFree());

        assertThat(r.up()).isFalse();
        assertThat(r.describe()).contains("job-handler: NOT READY", "no answer from", "/q/health/ready");
    }

    @Test
    void theRealHealthEndpointIsReadOverHttp() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/q/health/ready", exchange -> {
            byte[] body = DOWN.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            Readiness r = Readiness.of("message-system", "http://localhost:" + server.getAddress().getPort());

            assertThat(r.up()).isFalse();
            assertThat(r.describe()).contains("projection", "record quarantined at offset 17");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theGateSaysReadyOnlyWhenEveryServiceIsUp() throws Exception {
        List<ServiceLauncher.Service> services = List.of(service("activity-api"), service("job-handler"));

        String allUp = ReadinessGate.watch(services, Duration.ZERO, Duration.ofMillis(1), System.out,
                s -> Readiness.fromAnswer(s.name(), 200, UP), 0);
        String oneDown = ReadinessGate.watch(services, Duration.ZERO, Duration.ofMillis(1), System.out,
                s -> Readiness.fromAnswer(s.name(), s.name().equals("job-handler") ? 503 : 200,
                        s.name().equals("job-handler") ? DOWN : UP), 0);

        assertThat(allUp).startsWith("Ready:").contains("activity-api", "job-handler");
        assertThat(oneDown).startsWith("NOT READY").doesNotContain("Ready:")
                .contains("job-handler: NOT READY", "record quarantined").doesNotContain("activity-api: NOT READY");
    }

    @Test
    void theGateReportsWhenAServiceBecomesReady() throws Exception {
        List<String> answers = new ArrayList<>(List.of(DOWN, DOWN, UP, UP));
        var printed = new java.io.ByteArrayOutputStream();

        String last = ReadinessGate.watch(List.of(service("activity-api")), Duration.ZERO, Duration.ofMillis(1),
                new java.io.PrintStream(printed, true, StandardCharsets.UTF_8), s -> {
                    String body = answers.size() > 1 ? answers.remove(0) : answers.get(0);
                    return Readiness.fromAnswer(s.name(), body == UP ? 200 : 503, body);
                }, 3);

        assertThat(last).startsWith("Ready:");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("NOT READY", "Ready:");
    }

    @Test
    void noStartedServiceIsNotReady() throws Exception {
        assertThat(ReadinessGate.report(List.of())).startsWith("NOT READY");
    }

    @Test
    void jobHandlerKeepsItsFilesUnderTheStacksDataDirectory() {
        Path data = Path.of(".local-data");

        Map<String, String> env = LocalStack.env(service("job-handler"), data.resolve("m.properties"), data, data.resolve("public.pem"), "http://localhost:8082");

        assertThat(Path.of(env.get("JOBS_DATA_DIRECTORY"))).isAbsolute()
                .isEqualTo(data.resolve("job-handler").toAbsolutePath().normalize());
    }

    @Test
    void jsonIsReadCompletely() {
        assertThat(Json.parse("{\"a\":[1,true,null,\"x\\\"\\u0041\"],\"b\":{}}"))
                .isEqualTo(Map.of("a", java.util.Arrays.asList(1.0, true, null, "x\"A"), "b", Map.of()));
    }

    private static ServiceLauncher.Service service(String name) {
        return new ServiceLauncher.Service(name, name, name.replace('-', '_'), 1);
    }
}
