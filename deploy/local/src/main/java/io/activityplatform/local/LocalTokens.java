package io.activityplatform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local stack's token printing. LocalStack runs without dependencies, so minting (smallrye-jwt-build)
 * happens in a short-lived TokenTool JVM on the infra classpath, exactly as the printed command does it.
 */
final class LocalTokens {

    private LocalTokens() {
    }

    /** A year-long operator token for the local agent's account, for the example commands. */
    static String operatorToken(Path dataDir) {
        List<String> args = List.of("--role", "operator", "--account", LocalAgent.ACCOUNT,
                "--subject", "local-operator", "--data-dir", dataDir.toString());
        List<String> command = JavaCommand.forMain(TokenTool.class, List.of("-Xmx64m"), args);
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || out.isEmpty()) {
                process.destroyForcibly();
                throw new IllegalStateException("TokenTool failed: " + String.join(" ", args));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The shell command that mints a token with these TokenTool options, to paste at the repository root. */
    static String mintCommand(Path dataDir, String options) {
        List<String> parts = new ArrayList<>();
        Path module = JavaCommand.moduleLocation();
        parts.add(java.nio.file.Files.isDirectory(module)
                ? "java -cp \"" + module + ":$(cat " + module.resolve(JavaCommand.CLASSPATH_RESOURCE) + ")\""
                : "java -cp '" + JavaCommand.classpath() + "'");
        parts.add(TokenTool.class.getName());
        parts.add(options);
        parts.add("--data-dir " + dataDir.toAbsolutePath());
        return String.join(" ", parts);
    }
}
