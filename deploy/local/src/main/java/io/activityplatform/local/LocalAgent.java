package io.activityplatform.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local stack's own computer: the reference agent, registered once into the local account (its
 * identity kept in {@code <data>/agent/state.json}, so a second start is the same computer) and then run
 * as a child process that exchanges with the local message-system.
 */
final class LocalAgent {

    static final String ACCOUNT = "local";
    static final String REGISTRATION_KEY = "local-registration-key";
    private static final Pattern COMPUTER_ID = Pattern.compile("\"computerId\"\\s*:\\s*\"([^\"]+)\"");

    private LocalAgent() {
    }

    /** The message-system settings that create the local account. */
    static List<String> messageSystemSettings() {
        return List.of("messages.accounts." + ACCOUNT + ".registration-key=" + REGISTRATION_KEY,
                "messages.accounts." + ACCOUNT + ".title=Local stack",
                // The agent pings this often, so a new activity reaches it within seconds.
                "messages.exchange.ping-interval=2s");
    }

    /** Registers if needed, starts the agent and answers its computer id; empty when not packaged. */
    static Optional<String> start(Path repo, Path dataDir, String serverUrl) throws IOException {
        Path jar = repo.resolve("agent/target/agent-0.1.0-SNAPSHOT.jar");
        if (!Files.exists(jar)) {
            System.out.println("  agent: skipped, not packaged (" + jar + ")");
            return Optional.empty();
        }
        Path stateDir = dataDir.resolve("agent");
        Path state = stateDir.resolve("state.json");
        if (!Files.exists(state)) {
            register(jar, stateDir, serverUrl, dataDir.resolve("agent.log"));
        }
        Matcher id = COMPUTER_ID.matcher(Files.readString(state, StandardCharsets.UTF_8));
        if (!id.find()) {
            throw new IOException("no computerId in " + state);
        }
        Path log = dataDir.resolve("agent.log");
        List<String> command = new ArrayList<>(List.of("sh", "-c", ServiceLauncher.WATCHDOG, "sh",
                JavaCommand.javaBinary().toString(), "-Xmx128m", "-jar", jar.toString(), "run", "--state-dir",
                stateDir.toString()));
        long logSizeBefore = Files.exists(log) ? Files.size(log) : 0;
        ChildProcess.start(new ChildSpec("agent", command, log)
                .readinessProbe(() -> saysExchanging(log, logSizeBefore)));
        return Optional.of(id.group(1));
    }

    private static void register(Path jar, Path stateDir, String serverUrl, Path log) throws IOException {
        Process register = new ProcessBuilder(JavaCommand.javaBinary().toString(), "-jar", jar.toString(),
                "register", "--server", serverUrl, "--account", ACCOUNT, "--key", REGISTRATION_KEY,
                "--title", "local-computer", "--tags", "local", "--state-dir", stateDir.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!register.waitFor(60, TimeUnit.SECONDS) || register.exitValue() != 0) {
                register.destroyForcibly();
                throw new IOException("agent registration failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while registering the agent", e);
        }
    }

    private static Optional<Map<String, String>> saysExchanging(Path log, long from) {
        try {
            byte[] all = Files.readAllBytes(log);
            String fresh = new String(all, (int) Math.min(from, all.length), (int) (all.length - Math.min(from,
                    all.length)), StandardCharsets.UTF_8);
            return fresh.contains("exchanging with") ? Optional.of(Map.of()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
