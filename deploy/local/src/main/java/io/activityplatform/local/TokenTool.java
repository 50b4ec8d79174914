package io.activityplatform.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Mints a user token for the local stack with the signing key under its data directory, e.g. from the
 * repository root:
 * <pre>
 * java -cp "deploy/local/target/classes:$(cat deploy/local/target/classes/infra-classpath.txt)" \
 *     io.activityplatform.local.TokenTool --role admin --account local
 * </pre>
 * Prints only the token, so {@code TOKEN=$(...)} works.
 */
public final class TokenTool {

    static final String USAGE = """
            Usage: TokenTool [--role viewer|operator|admin]... [--account ID]... [--subject S] [--name N]
                             [--days D] [--data-dir DIR]
              --role      a role (repeatable; admin implies operator implies viewer); default operator
              --account   an account the holder may use (repeatable); default local
              --subject   the token's subject, recorded as the actor; default local-user
              --name      the display name; default the subject
              --days      lifetime in days; default 365
              --data-dir  where the local stack keeps jwt-signing-key.pem; default .local-data
            """;
    static final Set<String> ROLES = Set.of("viewer", "operator", "admin");

    private TokenTool() {
    }

    public static void main(String[] argv) {
        try {
            System.out.println(run(argv));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
        }
    }

    /** The token the arguments ask for. */
    static String run(String[] argv) {
        Set<String> roles = new LinkedHashSet<>();
        Set<String> accounts = new LinkedHashSet<>();
        String subject = "local-user";
        String name = null;
        long days = 365;
        Path dataDir = Path.of(".local-data");
        for (int i = 0; i < argv.length; i++) {
            String option = argv[i];
            if (option.equals("--help")) {
                throw new IllegalArgumentException("TokenTool");
            }
            if (i + 1 >= argv.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = argv[++i];
            switch (option) {
                case "--role" -> {
                    if (!ROLES.contains(value)) {
                        throw new IllegalArgumentException("--role must be viewer, operator or admin, not " + value);
                    }
                    roles.add(value);
                }
                case "--account" -> accounts.add(value);
                case "--subject" -> subject = value;
                case "--name" -> name = value;
                case "--days" -> days = positive(value);
                case "--data-dir" -> dataDir = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        if (roles.isEmpty()) {
            roles.add("operator");
        }
        if (accounts.isEmpty()) {
            accounts.add(LocalAgent.ACCOUNT);
        }
        TokenMinter.Claims claims = TokenMinter.Claims.of(subject, roles, accounts, Duration.ofDays(days))
                .withName(name == null ? subject : name);
        return TokenMinter.mint(claims, SigningKeys.load(dataDir).privateKey());
    }

    private static long positive(String value) {
        try {
            long days = Long.parseLong(value);
            if (days >= 1) {
                return days;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("--days must be a positive whole number, not " + value);
    }
}
