package io.activityplatform.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.activityplatform.service.rest.ProblemException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountChoiceTest {

    private static void refusedNaming(Runnable choice, String field) {
        assertThatThrownBy(choice::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo(field));
        });
    }

    @Test
    void theTokensOnlyAccountIsTheDefault() {
        assertThat(AccountChoice.choose(null, Set.of("acme"), "accountId")).isEqualTo("acme");
    }

    @Test
    void aNamedAccountMustBeOneOfTheTokens() {
        assertThat(AccountChoice.choose("globex", Set.of("acme", "globex"), "accountId")).isEqualTo("globex");
        refusedNaming(() -> AccountChoice.choose("initech", Set.of("acme", "globex"), "accountId"), "accountId");
        refusedNaming(() -> AccountChoice.choose("initech", Set.of("acme"), "accountId"), "accountId");
    }

    @Test
    void severalAccountsOrNoneNeedAChoice() {
        refusedNaming(() -> AccountChoice.choose(null, Set.of("acme", "globex"), "accountId"), "accountId");
        refusedNaming(() -> AccountChoice.choose(null, Set.of(), "template.accountId"), "template.accountId");
    }

    @Test
    void theScopeOfALookupIsTheNamedAccountOrAllOfTheTokens() {
        assertThat(AccountChoice.scope(null, Set.of("acme", "globex"), "accountId")).containsExactlyInAnyOrder("acme",
                "globex");
        assertThat(AccountChoice.scope("acme", Set.of("acme", "globex"), "accountId")).containsExactly("acme");
        refusedNaming(() -> AccountChoice.scope("initech", Set.of("acme"), "accountId"), "accountId");
    }

    @Test
    void anObjectWithoutAnAccountIsVisibleToNobody() {
        assertThat(AccountChoice.visible(Set.of("acme"), "acme")).isTrue();
        assertThat(AccountChoice.visible(Set.of("acme"), "globex")).isFalse();
        assertThat(AccountChoice.visible(Set.of("acme"), null)).isFalse();
        assertThat(AccountChoice.visible(new java.util.TreeSet<>(Set.of("acme")), null)).isFalse();
    }
}
