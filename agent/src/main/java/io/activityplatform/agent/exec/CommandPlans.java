package io.activityplatform.agent.exec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The shell commands a machine-changing activity amounts to on an Ubuntu computer. The dry-run executor
 * reports them; with real execution enabled the same commands run. Values reach the shell single-quoted,
 * so a parameter can never inject a command. Types without a plan here are dry-run only.
 */
public final class CommandPlans {

    private CommandPlans() {
    }

    public static Optional<List<String>> plan(Operation op) {
        Map<String, Object> p = op.parameters();
        List<String> commands = switch (op.type()) {
            case "ChangePackagesRequest" -> packages(p);
            case "UpgradeAllPackagesRequest" -> List.of("apt-get update",
                    "DEBIAN_FRONTEND=noninteractive apt-get -y upgrade"
                            + (Boolean.TRUE.equals(p.get("autoremove")) ? " && apt-get -y autoremove" : ""));
            case "RestartRequest" -> List.of("shutdown -r +" + minutes(op));
            case "ShutdownRequest" -> List.of("shutdown -h +" + minutes(op));
            case "CreateUserRequest" -> List.of("useradd --create-home " + quote(op.string("username")));
            case "DeleteUserRequest" -> List.of("userdel " + (Boolean.TRUE.equals(p.get("deleteHome")) ? "--remove " : "")
                    + quote(op.string("username")));
            case "LockUserRequest" -> List.of("usermod --lock " + quote(op.string("username")));
            case "UnlockUserRequest" -> List.of("usermod --unlock " + quote(op.string("username")));
            case "CreateGroupRequest" -> List.of("groupadd " + quote(op.string("name")));
            case "InstallSnaps", "RemoveSnaps", "RefreshSnaps", "HoldSnaps", "UnholdSnaps" -> snaps(op.type(), p);
            case "SignalProcessRequest" -> signal(op);
            default -> List.of();
        };
        return commands.isEmpty() ? Optional.empty() : Optional.of(commands);
    }

    private static List<String> packages(Map<String, Object> p) {
        List<String> commands = new ArrayList<>();
        addIfAny(commands, "DEBIAN_FRONTEND=noninteractive apt-get -y install", p.get("install"));
        addIfAny(commands, "DEBIAN_FRONTEND=noninteractive apt-get -y remove", p.get("remove"));
        addIfAny(commands, "apt-mark hold", p.get("hold"));
        addIfAny(commands, "apt-mark unhold", p.get("unhold"));
        return commands;
    }

    private static List<String> snaps(String type, Map<String, Object> p) {
        String verb = switch (type) {
            case "InstallSnaps" -> "install";
            case "RemoveSnaps" -> "remove";
            case "RefreshSnaps" -> "refresh";
            case "HoldSnaps" -> "refresh --hold";
            default -> "refresh --unhold";
        };
        List<String> commands = new ArrayList<>();
        if (p.get("snaps") instanceof Collection<?> snaps) {
            for (Object snap : snaps) {
                Object name = snap instanceof Map<?, ?> m ? m.get("name") : snap;
                commands.add("snap " + verb + " " + quote(String.valueOf(name)));
            }
        }
        return commands;
    }

    private static List<String> signal(Operation op) {
        String signal = op.string("signal");
        if (op.integer("pid") != null) {
            return List.of("kill -s " + quote(signal) + " " + op.integer("pid"));
        }
        return List.of("pkill --signal " + quote(signal) + " --exact " + quote(op.string("name")));
    }

    private static void addIfAny(List<String> commands, String prefix, Object values) {
        if (values instanceof Collection<?> list && !list.isEmpty()) {
            commands.add(prefix + " " + list.stream().map(v -> quote(String.valueOf(v)))
                    .collect(Collectors.joining(" ")));
        }
    }

    private static int minutes(Operation op) {
        Integer delay = op.integer("delayMinutes");
        return delay == null ? 0 : delay;
    }

    /** POSIX shell single quoting. */
    static String quote(String value) {
        return "'" + (value == null ? "" : value.replace("'", "'\\''")) + "'";
    }
}
