package io.activityplatform.service.security;

import io.activityplatform.local.SigningKeys;
import io.activityplatform.local.TokenMinter;
import io.activityplatform.local.TokenMinter.Claims;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Tokens for tests, signed with the test JVM's key pair whose public key PlatformTestResource gives the service
 * under test. Every test request carries {@link #admin()} unless it says otherwise (see
 * {@link DefaultTokenCallback}); the authorization tests pick a caller explicitly, e.g.
 * {@code given().auth().oauth2(TestTokens.viewer())} or {@code given().auth().none()}.
 */
public final class TestTokens {

    /** The account the default tokens may use. */
    public static final String ACCOUNT = "test";
    /** Another tenant, for "a user of another account" cases. */
    public static final String OTHER_ACCOUNT = "other";
    private static final Duration HOUR = Duration.ofHours(1);
    private static final SigningKeys FOREIGN_KEYS = SigningKeys.generate();

    private TestTokens() {
    }

    public static String viewer() {
        return mint(claims("test-viewer", Roles.VIEWER, ACCOUNT));
    }

    public static String operator() {
        return mint(claims("test-operator", Roles.OPERATOR, ACCOUNT));
    }

    public static String admin() {
        return mint(claims("test-admin", Roles.ADMIN, ACCOUNT));
    }

    /** An admin of another account: sees none of {@link #ACCOUNT}'s objects. */
    public static String otherAccountAdmin() {
        return mint(claims("other-admin", Roles.ADMIN, OTHER_ACCOUNT));
    }

    /** An admin of the given account only (an admin manages only the accounts its token names). */
    public static String adminOf(String account) {
        return mint(claims("test-admin", Roles.ADMIN, account));
    }

    /** A user of another account with the given role: sees none of {@link #ACCOUNT}'s objects. */
    public static String otherAccount(String role) {
        return mint(claims("other-" + role, role, OTHER_ACCOUNT));
    }

    /** A user with the given role in several accounts (a token naming more than one tenant). */
    public static String ofAccounts(String subject, String role, String... accounts) {
        return mint(Claims.of(subject, Set.of(role), Set.of(accounts), HOUR));
    }

    /** A valid token with no role at all. */
    public static String noRole() {
        return mint(new Claims("test-nobody", "Nobody", Set.of(), Set.of(ACCOUNT), SigningKeys.ISSUER,
                SigningKeys.AUDIENCE, Instant.now(), HOUR));
    }

    /** Expired an hour ago (beyond any clock skew allowance). */
    public static String expired() {
        return mint(claims("test-admin", Roles.ADMIN, ACCOUNT).validFrom(Instant.now().minus(Duration.ofHours(2))));
    }

    public static String wrongAudience() {
        return mint(claims("test-admin", Roles.ADMIN, ACCOUNT).withAudience("some-other-service"));
    }

    public static String wrongIssuer() {
        return mint(claims("test-admin", Roles.ADMIN, ACCOUNT).withIssuer("https://attacker.example"));
    }

    /** Well-formed and unexpired, but signed with a key the service does not trust. */
    public static String wrongSignature() {
        return TokenMinter.mint(claims("test-admin", Roles.ADMIN, ACCOUNT), FOREIGN_KEYS.privateKey());
    }

    /** A user with the given subject, display name, role and account. */
    public static String user(String subject, String name, String role, String account) {
        return mint(claims(subject, role, account).withName(name));
    }

    public static Claims claims(String subject, String role, String account) {
        return Claims.of(subject, Set.of(role), Set.of(account), HOUR);
    }

    public static String mint(Claims claims) {
        return TokenMinter.mint(claims, SigningKeys.forThisJvm().privateKey());
    }
}
