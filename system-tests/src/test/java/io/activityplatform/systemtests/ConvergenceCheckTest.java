package io.activityplatform.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The checker against stand-in services that serve fixed views: it must find a planted difference, name
 * the activity and field, and page through views larger than one page.
 */
class ConvergenceCheckTest {

    private final List<HttpServer> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(s -> s.stop(0));
    }

    /** A stand-in service whose view is the given JSON states, keyed by id, paged like the real endpoint. */
    private ServiceEndpoint serve(String name, Map<String, String> statesById) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/admin/view/activities", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            String after = null;
            int limit = 500;
            for (String pair : query == null ? new String[0] : query.split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].equals("cursor")) {
                    after = kv[1];
                } else if (kv[0].equals("limit")) {
                    limit = Integer.parseInt(kv[1]);
                }
            }
            String from = after;
            List<String> ids = statesById.keySet().stream().sorted().filter(id -> from == null || id.compareTo(from) > 0)
                    .limit(limit + 1L).toList();
            List<String> page = ids.stream().limit(limit).map(statesById::get).toList();
            String next = ids.size() > limit ? "\"" + ids.get(limit - 1) + "\"" : "null";
            byte[] body = ("{\"items\":[" + String.join(",", page) + "],\"nextCursor\":" + next + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        servers.add(server);
        return ServiceEndpoint.of(name, "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static String state(String id, String status, int version, Integer code) {
        return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"statusVersion\":" + version
                + (code == null ? "" : ",\"result\":{\"code\":" + code + ",\"text\":\"ok\"}")
                + ",\"archived\":false,\"output\":\"differs freely\"}";
    }

    private static Map<String, String> view(int activities) {
        Map<String, String> view = new ConcurrentHashMap<>();
        for (int i = 0; i < activities; i++) {
            String id = String.format("00000000-0000-0000-0000-%012d", i);
            view.put(id, state(id, "SUCCEEDED", 3, 0));
        }
        return view;
    }

    @Test
    void identicalViewsConvergeAcrossSeveralPages() throws IOException {
        Map<String, String> view = view(2500);

        var report = new ConvergenceCheck(List.of(serve("a", view), serve("b", view), serve("c", view))).check();

        assertThat(report.activities()).isEqualTo(2500);
        assertThat(report.converged()).isTrue();
    }

    @Test
    void findsAPlantedStatusDifferenceAndNamesTheActivity() throws IOException {
        Map<String, String> view = view(30);
        Map<String, String> planted = new ConcurrentHashMap<>(view);
        String id = "00000000-0000-0000-0000-000000000017";
        planted.put(id, state(id, "FAILED", 3, 0));

        var report = new ConvergenceCheck(List.of(serve("a", view), serve("b", planted))).check();

        assertThat(report.converged()).isFalse();
        assertThat(report.differences()).singleElement().satisfies(d -> {
            assertThat(d.activityId()).isEqualTo(id);
            assertThat(d.field()).isEqualTo("status");
            assertThat(d.valueByService()).containsEntry("a", "\"SUCCEEDED\"").containsEntry("b", "\"FAILED\"");
        });
    }

    @Test
    void findsDifferentVersionsResultsAndMissingActivities() throws IOException {
        Map<String, String> view = view(10);
        Map<String, String> other = new ConcurrentHashMap<>(view);
        other.put("00000000-0000-0000-0000-000000000001", state("00000000-0000-0000-0000-000000000001", "SUCCEEDED", 4, 0));
        other.put("00000000-0000-0000-0000-000000000002", state("00000000-0000-0000-0000-000000000002", "SUCCEEDED", 3, 7));
        other.remove("00000000-0000-0000-0000-000000000003");

        var report = new ConvergenceCheck(List.of(serve("a", view), serve("b", other))).check();

        assertThat(report.differences()).extracting(ConvergenceCheck.Difference::field)
                .containsExactlyInAnyOrder("statusVersion", "result", "presence");
    }

    @Test
    void fieldsOutsideTheContractMayDiffer() throws IOException {
        Map<String, String> view = view(3);
        Map<String, String> other = new ConcurrentHashMap<>();
        view.forEach((id, json) -> other.put(id, json.replace("differs freely", "something else")));

        assertThat(new ConvergenceCheck(List.of(serve("a", view), serve("b", other))).check().converged()).isTrue();
    }
}
