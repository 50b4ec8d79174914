package io.activityplatform.agent.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The commands a machine-changing activity amounts to (what the dry run reports and real execution runs), and
 * that no parameter value can reach the shell as anything but one literal word.
 */
class CommandPlansTest {

    @ParameterizedTest
    @ValueSource(strings = {"plain", "it's", "'", "''", "a b", "$(reboot)", "`id`", "x; rm -rf / #", "\"q\"",
            "back\\slash", "new\nline", "$HOME", "*", "", "-rf"})
    void aQuotedValueReachesTheShellAsExactlyOneLiteralWord(String value) throws Exception {
        // printf prints its one argument between brackets; a second word or an expansion would show
        String printed = sh("printf '[%s]' " + CommandPlans.quote(value));

        assertThat(printed).isEqualTo("[" + value + "]");
    }

    @Test
    void aNullValueBecomesAnEmptyWordNotTheTextNull() {
        assertThat(CommandPlans.quote(null)).isEqualTo("''");
    }

    @Test
    void packageChangesBecomeOneCommandPerNonEmptyList() {
        List<String> plan = plan("ChangePackagesRequest", Map.of("install", List.of("nginx"), "remove", List.of(),
                "hold", List.of("linux-image-generic", "openssl"), "unhold", List.of("curl")));

        assertThat(plan).containsExactly(
                "DEBIAN_FRONTEND=noninteractive apt-get -y install 'nginx'",
                "apt-mark hold 'linux-image-generic' 'openssl'",
                "apt-mark unhold 'curl'");
    }

    @Test
    void aPackageChangeWithNothingToDoHasNoPlan() {
        assertThat(CommandPlans.plan(op("ChangePackagesRequest", Map.of("install", List.of())))).isEmpty();
        assertThat(CommandPlans.plan(op("ChangePackagesRequest", Map.of("install", "nginx")))).isEmpty();
    }

    @Test
    void anUpgradeAutoremovesOnlyWhenAskedTo() {
        assertThat(plan("UpgradeAllPackagesRequest", Map.of())).last().asString()
                .doesNotContain("autoremove");
        assertThat(plan("UpgradeAllPackagesRequest", Map.of("autoremove", "true"))).last().asString()
                .doesNotContain("autoremove"); // only the JSON boolean counts
        assertThat(plan("UpgradeAllPackagesRequest", Map.of("autoremove", true))).containsExactly("apt-get update",
                "DEBIAN_FRONTEND=noninteractive apt-get -y upgrade && apt-get -y autoremove");
    }

    @Test
    void restartAndShutdownHonourTheDelayAndDefaultToNow() {
        assertThat(plan("RestartRequest", Map.of("delayMinutes", 15))).containsExactly("shutdown -r +15");
        assertThat(plan("RestartRequest", Map.of())).containsExactly("shutdown -r +0");
        assertThat(plan("ShutdownRequest", Map.of("delayMinutes", "3"))).containsExactly("shutdown -h +3");
    }

    @Test
    void aDelayThatIsNotANumberIsRefusedInsteadOfReachingTheShell() {
        assertThatThrownBy(() -> CommandPlans.plan(op("RestartRequest", Map.of("delayMinutes", "1; reboot"))))
                .isInstanceOf(NumberFormatException.class);
    }

    @Test
    void userAndGroupCommandsQuoteTheirNames() {
        assertThat(plan("CreateUserRequest", Map.of("username", "alice"))).containsExactly(
                "useradd --create-home 'alice'");
        assertThat(plan("DeleteUserRequest", Map.of("username", "bob"))).containsExactly("userdel 'bob'");
        assertThat(plan("DeleteUserRequest", Map.of("username", "bob", "deleteHome", true))).containsExactly(
                "userdel --remove 'bob'");
        assertThat(plan("LockUserRequest", Map.of("username", "eve"))).containsExactly("usermod --lock 'eve'");
        assertThat(plan("UnlockUserRequest", Map.of("username", "eve"))).containsExactly("usermod --unlock 'eve'");
        assertThat(plan("CreateGroupRequest", Map.of("name", "ops"))).containsExactly("groupadd 'ops'");
    }

    @Test
    void snapsMayBeNamesOrObjectsWithAName() {
        assertThat(plan("InstallSnaps", Map.of("snaps", List.of("lxd", Map.of("name", "juju", "channel", "edge")))))
                .containsExactly("snap install 'lxd'", "snap install 'juju'");
        assertThat(plan("RemoveSnaps", Map.of("snaps", List.of("lxd")))).containsExactly("snap remove 'lxd'");
        assertThat(plan("RefreshSnaps", Map.of("snaps", List.of("lxd")))).containsExactly("snap refresh 'lxd'");
        assertThat(plan("HoldSnaps", Map.of("snaps", List.of("lxd")))).containsExactly("snap refresh --hold 'lxd'");
        assertThat(plan("UnholdSnaps", Map.of("snaps", List.of("lxd"))))
                .containsExactly("snap refresh --unhold 'lxd'");
        assertThat(CommandPlans.plan(op("InstallSnaps", Map.of()))).isEmpty();
    }

    @Test
    void aSignalGoesToAPidWhenGivenElseToProcessesOfThatExactName() {
        assertThat(plan("SignalProcessRequest", Map.of("signal", "HUP", "pid", 4242, "name", "nginx")))
                .containsExactly("kill -s 'HUP' 4242");
        assertThat(plan("SignalProcessRequest", Map.of("signal", "TERM", "name", "nginx")))
                .containsExactly("pkill --signal 'TERM' --exact 'nginx'");
    }

    @Test
    void aPidThatIsNotANumberIsRefusedInsteadOfReachingTheShell() {
        assertThatThrownBy(() -> CommandPlans.plan(op("SignalProcessRequest",
                Map.of("signal", "TERM", "pid", "1; reboot")))).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void typesWithoutAPlanHaveNone() {
        assertThat(CommandPlans.plan(op("ReleaseUpgradeRequest", Map.of("codeName", "noble")))).isEmpty();
        assertThat(CommandPlans.plan(op("ExecuteScriptRequest", Map.of("code", "true")))).isEmpty();
    }

    private static List<String> plan(String type, Map<String, Object> parameters) {
        return CommandPlans.plan(op(type, parameters)).orElseThrow();
    }

    private static Operation op(String type, Map<String, Object> parameters) {
        return new Operation(UUID.randomUUID(), type, parameters, null);
    }

    private static String sh(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
