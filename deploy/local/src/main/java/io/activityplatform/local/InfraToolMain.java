package io.activityplatform.local;

import java.util.Map;

/**
 * Child main for one-shot admin tasks against a running (possibly external) server:
 * {@code --action=create-topics --bootstrap=H:P --topics=a,b --partitions=N} or
 * {@code --action=create-databases --host=H --port=P --user=U --password=W --databases=a,b}.
 * Separate JVM because the parent has neither kafka-clients nor the PostgreSQL driver for sure.
 */
public final class InfraToolMain {

    private InfraToolMain() {
    }

    public static void main(String[] argv) {
        ChildMain.exitOnStdinEof(); // the parent died: give up rather than linger
        Map<String, String> args = ChildMain.args(argv);
        try {
            switch (args.getOrDefault("action", "")) {
                case "create-topics" -> KafkaTopics.ensure(args.get("bootstrap"), ChildMain.list(args.get("topics")),
                        Integer.parseInt(args.getOrDefault("partitions", "12")));
                case "create-databases" -> PostgresDatabases.ensure(args.get("host"),
                        Integer.parseInt(args.get("port")), args.get("user"), args.get("password"),
                        ChildMain.list(args.get("databases")));
                default -> throw new IllegalArgumentException("Unknown --action: " + args.get("action"));
            }
            System.exit(0);
        } catch (Throwable e) {
            ChildMain.fail(args.get("action"), e);
        }
    }
}
